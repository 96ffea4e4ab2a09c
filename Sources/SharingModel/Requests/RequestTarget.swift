import SimKernel

/// A resource a user may ask for, resolved against the world when it is built: who provides it, where
/// that provider and its platform are, and the share type its catalog gives.
///
/// An immutable class: a plan holds its targets by reference, and copying a struct of strings and an array
/// retained each of them (docs/decisions/0006). Applications read a department's copy of the hot fields, in its
/// arrival tables (docs/decisions/0019). Equal when every field is.
public final class RequestTarget: Hashable, Sendable {
    /// The provider.
    public let provider: DepartmentID
    /// The provider's address.
    public let providerAddress: ActorAddress
    /// The provider's platform.
    public let providerPlatform: ActorAddress
    /// The resource.
    public let resource: ResourceCode
    /// Its share type in the provider's first catalog.
    public let shareType: ShareTypeKind
    /// Where the resource sits in the provider's catalog (sorted by code) when the world starts, or -1: the
    /// provider's platform looks there first (``DepartmentCatalog/servedEntry(_:hint:)``). Declared before
    /// the fields only a refusal or a dispute reads: every request reads it, and declaration order is memory
    /// order, so it shares the object's first cache line with the fields above (docs/decisions/0014).
    public var catalogIndex: Int { Int(storedCatalogIndex) }
    /// ``catalogIndex`` in 4 bytes, which fit in the first line where an `Int` would start the second.
    private let storedCatalogIndex: Int32
    /// The legal basis the catalog cites when it is not shared (R-SHR-4).
    public let legalBasis: LegalBasis?
    /// Whether it is a base resource (R-SHR-4).
    public let isBase: Bool
    /// The bodies a dispute over it goes to, in order (R-ESC-1..3).
    public let escalation: [DisputeStop]

    /// A target.
    public init(
        provider: DepartmentID, providerAddress: ActorAddress, providerPlatform: ActorAddress, resource: ResourceCode,
        shareType: ShareTypeKind, legalBasis: LegalBasis? = nil, isBase: Bool = false, escalation: [DisputeStop] = [],
        catalogIndex: Int = -1
    ) {
        self.provider = provider
        self.providerAddress = providerAddress
        self.providerPlatform = providerPlatform
        self.resource = resource
        self.shareType = shareType
        self.legalBasis = legalBasis
        self.isBase = isBase
        self.escalation = escalation
        storedCatalogIndex = Int32(clamping: catalogIndex)
    }

    /// Whether two targets name the same resource the same way (every field equal).
    public static func == (a: RequestTarget, b: RequestTarget) -> Bool {
        a === b
            || (a.provider == b.provider && a.providerAddress == b.providerAddress
                && a.providerPlatform == b.providerPlatform && a.resource == b.resource && a.shareType == b.shareType
                && a.legalBasis == b.legalBasis && a.isBase == b.isBase && a.escalation == b.escalation
                && a.catalogIndex == b.catalogIndex)
    }

    /// Hashes the fields that tell targets apart (== compares the rest).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(provider)
        hasher.combine(providerAddress)
        hasher.combine(resource)
        hasher.combine(shareType)
    }
}
