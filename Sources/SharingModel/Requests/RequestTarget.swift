import SimKernel

/// A resource a user may ask for, resolved against the world when it is built: who provides it, where
/// that provider and its platform are, and the share type its catalog gives.
public struct RequestTarget: Hashable, Sendable {
    /// The provider.
    public var provider: DepartmentID
    /// The provider's address.
    public var providerAddress: ActorAddress
    /// The provider's platform.
    public var providerPlatform: ActorAddress
    /// The resource.
    public var resource: ResourceCode
    /// Its share type in the provider's first catalog.
    public var shareType: ShareTypeKind
    /// The legal basis the catalog cites when it is not shared (R-SHR-4).
    public var legalBasis: LegalBasis?
    /// Whether it is a base resource (R-SHR-4).
    public var isBase: Bool
    /// The bodies a dispute over it goes to, in order (R-ESC-1..3).
    public var escalation: [DisputeStop]
    /// Where the resource sits in the provider's catalog (sorted by code) when the world starts, or -1: the
    /// provider's platform looks there first (``DepartmentCatalog/servedEntry(_:hint:)``).
    public var catalogIndex: Int

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
        self.catalogIndex = catalogIndex
    }
}
