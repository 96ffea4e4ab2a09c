import SharingModel

/// What a platform must know of an attached department to serve its data from the platform (R-SHR-2,
/// R-PLT-3): how its systems feed the platform (the age of the copy) and how often its records are wrong.
public struct ProviderTraits: Hashable, Sendable {
    /// How its systems feed the platform.
    public var integration: IntegrationMode
    /// R-CAT-5: the probability that a record served is wrong (its own rate plus its integration's).
    public var dataErrorRate: Double

    /// Traits.
    public init(integration: IntegrationMode, dataErrorRate: Double) {
        self.integration = integration
        self.dataErrorRate = dataErrorRate
    }

    /// The traits of `department`.
    public init(_ department: DepartmentSpec) {
        self.init(integration: department.integration, dataErrorRate: department.dataErrorRate)
    }
}

/// What a platform is connected to: who it is, the platform above, and what hangs below (R-PLT-1).
public struct PlatformConfiguration: Sendable {
    /// A neighbour on a link: its address, its name in observations, and the link's profile.
    public struct Neighbour: Hashable, Sendable {
        /// The neighbour's address.
        public var address: ActorAddress
        /// Its name in observations.
        public var node: SyncNode
        /// The link to it.
        public var link: LinkProfile

        /// A neighbour.
        public init(address: ActorAddress, node: SyncNode, link: LinkProfile) {
            self.address = address
            self.node = node
            self.link = link
        }
    }

    // Declaration order is memory order: what routing reads comes first (docs/decisions/0014).
    /// The platform's own address.
    public var address: ActorAddress
    /// Its level.
    public var level: Level
    /// Departments attached through front-end links, and platforms one level down, in a fixed order.
    public var children: [Neighbour]
    /// The platform one level up; `nil` for the national platform.
    public var parent: Neighbour?
    /// The government whose platform this is.
    public var government: GovernmentID
    /// Acknowledgements and retries.
    public var policy: SyncPolicy
    /// The run's seed; the platform's stream is derived from it and `streamName`.
    public var seed: UInt64
    /// For every platform below this one at any depth (by address index), the child that leads to it;
    /// a request for any other platform goes up (routing through the hierarchy).
    public var routes: [Int32: Int]
    /// What the platform needs to serve the data of the departments attached to it (R-SHR-2), by
    /// address index.
    public var providers: [Int32: ProviderTraits]
    /// R-RET-2: the vertical lines this government's departments collect on, in line order; returned
    /// records become available locally here.
    public var returnLines: [LocalReturnPlan]

    /// A configuration.
    public init(
        government: GovernmentID, level: Level, address: ActorAddress, parent: Neighbour?, children: [Neighbour],
        policy: SyncPolicy, seed: UInt64, routes: [Int32: Int] = [:], providers: [Int32: ProviderTraits] = [:],
        returnLines: [LocalReturnPlan] = []
    ) {
        self.government = government
        self.level = level
        self.address = address
        self.parent = parent
        self.children = children
        self.policy = policy
        self.seed = seed
        self.routes = routes
        self.providers = providers
        self.returnLines = returnLines
    }

    /// The name of the platform's random stream: `platform:<government>`.
    public var streamName: String { "platform:\(government.rawValue)" }

    /// The platform's name in observations.
    public var node: SyncNode { .platform(government, level) }
}
