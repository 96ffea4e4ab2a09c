/// A rule a catalog breaks, found by `DepartmentCatalog.validate()`.
///
/// The description names the resource and the rule:
/// `resource 3301-EDU-0007: R-SHR-4 not-shared resource must cite a law, administrative regulation
/// or Party Central / State Council policy`.
public struct CatalogError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// What kind of fault; a struct over a private enum so codes can be added without breaking
    /// exhaustive switches elsewhere (STYLE.md, example 3).
    public struct Code: Hashable, Sendable, Codable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable, CaseIterable {
            case notSharedWithoutLegalBasis
            case baseResourceNotShared
            case baseResourceNotUnconditional
            case duplicateResourceCode
            case missingRequiredMetadata
            case providerMismatch
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// R-SHR-4: a not-shared resource whose legal-basis citation is empty.
        public static let notSharedWithoutLegalBasis = Code(.notSharedWithoutLegalBasis)
        /// R-SHR-4: a base resource (R-CAT-1) marked not shared.
        public static let baseResourceNotShared = Code(.baseResourceNotShared)
        /// R-SHR-4: a base resource marked conditional; base resources are shared unconditionally by principle.
        public static let baseResourceNotUnconditional = Code(.baseResourceNotUnconditional)
        /// R-CAT-2: two resources of one catalog share a resource code.
        public static let duplicateResourceCode = Code(.duplicateResourceCode)
        /// R-CAT-2: a required metadata field is empty (`CatalogError.field` names it).
        public static let missingRequiredMetadata = Code(.missingRequiredMetadata)
        /// R-CAT-3: a resource whose provider is not the department that compiles the catalog.
        public static let providerMismatch = Code(.providerMismatch)

        /// Every code, in a fixed order.
        public static let allCases: [Code] = Base.allCases.map(Code.init)

        /// The code's name, e.g. `notSharedWithoutLegalBasis`.
        public var description: String { base.rawValue }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            let s = try c.decode(String.self)
            guard let base = Base(rawValue: s) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "unknown catalog error code \"\(s)\"")
            }
            self.init(base)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            try c.encode(base.rawValue)
        }
    }

    /// What kind of fault.
    public var code: Code
    /// The resource at fault; `nil` when the resource has no code.
    public var resource: ResourceCode?
    /// The rule broken.
    public var rule: RuleID?
    /// For `missingRequiredMetadata`, the field that is empty (`name`, `items[2].name`, …).
    public var field: String?
    /// What is wrong, in words, without the resource and rule prefix.
    public var message: String

    /// A catalog error.
    public init(code: Code, resource: ResourceCode?, rule: RuleID?, field: String? = nil, message: String) {
        self.code = code
        self.resource = resource
        self.rule = rule
        self.field = field
        self.message = message
    }

    /// `resource <code>: <rule> <message>`.
    public var description: String {
        let subject = resource.map { "resource \($0)" } ?? "resource (no code)"
        let rulePart = rule.map { "\($0) " } ?? ""
        return "\(subject): \(rulePart)\(message)"
    }
}
