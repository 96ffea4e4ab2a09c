/// The declared purpose of a use of shared data (R-USE-1, R-PLT-4): what a grant covers (R-SHR-3).
///
/// Services declare their own id as the purpose (`service:school-place`); scripted requests name one.
public struct Purpose: StringIdentifier {
    /// The purpose as written.
    public let rawValue: String
    /// The purpose spelled by `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The purpose of the applications of a service.
    public static func service(_ id: ServiceID) -> Purpose { Purpose(rawValue: "service:\(id.rawValue)") }
}

/// A service that citizens or companies apply for (R-USE-2), e.g. `school-place`.
public struct ServiceID: StringIdentifier {
    /// The id as written in the scenario.
    public let rawValue: String
    /// The id spelled by `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }
}
