import SimKernel

/// A sharing request on its way from a user department to the provider of a resource, and the answer's
/// way back (R-SHR-2, R-SHR-3, R-PLT-4: it states the purpose of use).
///
/// Immutable and shared by reference: it travels on every hop of the request and comes back inside the
/// answer, so a message carries one pointer instead of a dozen fields.
public final class ShareRequest: Sendable {
    /// The request's id.
    public let id: RequestID
    /// Through the platforms, or department to department.
    public let mode: SharingMode
    /// The user department.
    public let user: DepartmentID
    /// The user's platform (answers are routed to it, then down to the user).
    public let userPlatform: ActorAddress
    /// The network zone of the user's systems (R-SEC-1).
    public let userZone: NetworkZone
    /// The provider department.
    public let provider: DepartmentID
    /// The provider's address.
    public let providerAddress: ActorAddress
    /// The provider's platform: the platform that holds its data and serves it (R-SHR-2).
    public let providerPlatform: ActorAddress
    /// The resource wanted.
    public let resource: ResourceCode
    /// The share type the user found in the catalog when it asked.
    public let shareType: ShareTypeKind
    /// The declared purpose (R-USE-1), as given or as its service's (docs/decisions/0022).
    private let declared: DeclaredPurpose
    /// Where the user expects the resource in the provider's catalog (``RequestTarget/catalogIndex``).
    public let catalogIndex: Int32
    /// The user's place among its platform's children, or -1: the answer's last hop goes down to that child
    /// without reading the platform's routing table, a cold line per answer in a large world
    /// (docs/decisions/0022).
    public let userChild: Int32

    /// A request declaring `purpose`.
    public convenience init(
        id: RequestID, mode: SharingMode, user: DepartmentID, userPlatform: ActorAddress, userZone: NetworkZone,
        provider: DepartmentID, providerAddress: ActorAddress, providerPlatform: ActorAddress,
        resource: ResourceCode, shareType: ShareTypeKind, purpose: Purpose, catalogIndex: Int32 = -1,
        userChild: Int32 = -1
    ) {
        self.init(
            id: id, mode: mode, user: user, userPlatform: userPlatform, userZone: userZone, provider: provider,
            providerAddress: providerAddress, providerPlatform: providerPlatform, resource: resource,
            shareType: shareType, declaring: .text(purpose), catalogIndex: catalogIndex, userChild: userChild)
    }

    /// A request declaring `declared`: a purpose given as text, or its service's.
    public init(
        id: RequestID, mode: SharingMode, user: DepartmentID, userPlatform: ActorAddress, userZone: NetworkZone,
        provider: DepartmentID, providerAddress: ActorAddress, providerPlatform: ActorAddress,
        resource: ResourceCode, shareType: ShareTypeKind, declaring declared: DeclaredPurpose, catalogIndex: Int32,
        userChild: Int32 = -1
    ) {
        self.id = id
        self.mode = mode
        self.user = user
        self.userPlatform = userPlatform
        self.userZone = userZone
        self.provider = provider
        self.providerAddress = providerAddress
        self.providerPlatform = providerPlatform
        self.resource = resource
        self.shareType = shareType
        self.declared = declared
        self.catalogIndex = catalogIndex
        self.userChild = userChild
    }

    /// The declared purpose (R-USE-1): what a grant will cover.
    public var purpose: Purpose {
        switch declared {
        case .text(let purpose): purpose
        case .service(let service): service.purpose
        }
    }

    /// The user department's address.
    public var userAddress: ActorAddress { id.user }

    /// The standing grant this request would use or create (R-SHR-3: a grant covers one purpose).
    public var grantKey: GrantKey { GrantKey(user: id.user, provider: provider, resource: resource, purpose: purpose) }
}

/// What a grant covers: one user, one resource of one provider, one purpose (R-SHR-3).
public struct GrantKey: Hashable, Sendable {
    /// The user department's address.
    public var user: ActorAddress
    /// The provider.
    public var provider: DepartmentID
    /// The resource.
    public var resource: ResourceCode
    /// The purpose it was granted for.
    public var purpose: Purpose

    /// A key.
    public init(user: ActorAddress, provider: DepartmentID, resource: ResourceCode, purpose: Purpose) {
        self.user = user
        self.provider = provider
        self.resource = resource
        self.purpose = purpose
    }
}

/// Where a request's purpose (R-USE-1) is: given as text, or its service's purpose in the world's
/// ``ServiceNames``, which a service's requests refer to without retaining the string (docs/decisions/0022).
public enum DeclaredPurpose: Sendable {
    /// A purpose given as it is (scripted requests, tests).
    case text(Purpose)
    /// The purpose of a service's applications.
    case service(ServiceName)
}
