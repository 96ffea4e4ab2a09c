/// Why a request was refused. A refusal is a case of ``RequestAnswer`` that carries one of these, so a
/// refusal without a reason cannot be built (R-SHR-3: a refusal must give reasons).
public enum RefusalReason: Hashable, Sendable, CustomStringConvertible {
    /// R-SHR-4: the resource is not shared; the catalog's legal basis is cited.
    case notShared(LegalBasis)
    /// R-SHR-3: the provider judged the share conditions not met for the declared purpose; its reason.
    case conditionsNotMet(String)
    /// The provider refused citing security or unclear liability (the "afraid" behaviour of seed 002).
    case security
    /// R-SEC-1: the data lives in another network zone than the user.
    case networkZone(from: NetworkZone, to: NetworkZone)
    /// The serving platform's catalog has no such resource of that provider (yet, or any more).
    case notInCatalog

    /// Whether a user can take it to a dispute (R-ESC-1): a provider's choice or the not-shared type;
    /// not a zone (R-SEC-1 is not negotiable) nor a resource missing from the catalog.
    public var isDisputable: Bool {
        switch self {
        case .notShared, .conditionsNotMet, .security: true
        case .networkZone, .notInCatalog: false
        }
    }

    /// The reason's kind, for metrics.
    public var kind: Kind {
        switch self {
        case .notShared: .notShared
        case .conditionsNotMet: .conditionsNotMet
        case .security: .security
        case .networkZone: .networkZone
        case .notInCatalog: .notInCatalog
        }
    }

    /// The kinds of reason, in report order.
    public enum Kind: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
        /// R-SHR-4.
        case notShared
        /// R-SHR-3.
        case conditionsNotMet
        /// Security or liability.
        case security
        /// R-SEC-1.
        case networkZone
        /// Unknown resource.
        case notInCatalog

        /// The raw value.
        public var description: String { rawValue }
    }

    /// The reason as a sentence.
    public var description: String {
        switch self {
        case .notShared(let basis): "not shared under \(basis.kind.chinese) \(basis.citation)"
        case .conditionsNotMet(let why): "share conditions not met: \(why)"
        case .security: "refused citing security"
        case .networkZone(let from, let to): "data of the \(from) network cannot reach the \(to) network"
        case .notInCatalog: "no such resource in the catalog"
        }
    }
}
