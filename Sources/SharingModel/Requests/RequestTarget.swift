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

    /// A target.
    public init(
        provider: DepartmentID, providerAddress: ActorAddress, providerPlatform: ActorAddress, resource: ResourceCode,
        shareType: ShareTypeKind
    ) {
        self.provider = provider
        self.providerAddress = providerAddress
        self.providerPlatform = providerPlatform
        self.resource = resource
        self.shareType = shareType
    }
}
