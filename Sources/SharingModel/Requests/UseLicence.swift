/// What a user may do with data it received (R-USE-1): use it for the declared purpose in its own
/// duties, nothing else ("谁经手，谁使用，谁管理，谁负责").
public struct UseLicence: Hashable, Sendable {
    /// The department that received the data.
    public var holder: DepartmentID
    /// The resource.
    public var resource: ResourceCode
    /// The purpose the data was given for.
    public var purpose: Purpose

    /// A licence.
    public init(holder: DepartmentID, resource: ResourceCode, purpose: Purpose) {
        self.holder = holder
        self.resource = resource
        self.purpose = purpose
    }

    /// Something a holder may try to do with the data.
    public enum Use: Hashable, Sendable {
        /// Use it in its own duties for `purpose`.
        case ownDuty(Purpose)
        /// Pass it, as is or changed, to another department.
        case passTo(DepartmentID)
    }

    /// The kinds of violation, for metrics.
    public enum Violation: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
        /// Used for another purpose than the one granted.
        case otherPurpose
        /// Passed to a third party.
        case thirdParty

        /// The raw value.
        public var description: String { rawValue }
    }

    /// R-USE-1: `nil` when `use` is allowed, else the violation it would be.
    public func violation(of use: Use) -> Violation? {
        switch use {
        case .ownDuty(let p): p == purpose ? nil : .otherPurpose
        case .passTo(let other): other == holder ? nil : .thirdParty
        }
    }
}
