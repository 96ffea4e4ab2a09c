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

    /// The government whose platform this is.
    public var government: GovernmentID
    /// Its level.
    public var level: Level
    /// The platform's own address.
    public var address: ActorAddress
    /// The platform one level up; `nil` for the national platform.
    public var parent: Neighbour?
    /// Departments attached through front-end links, and platforms one level down, in a fixed order.
    public var children: [Neighbour]
    /// Acknowledgements and retries.
    public var policy: SyncPolicy
    /// The run's seed; the platform's stream is derived from it and `streamName`.
    public var seed: UInt64

    /// A configuration.
    public init(
        government: GovernmentID, level: Level, address: ActorAddress, parent: Neighbour?, children: [Neighbour],
        policy: SyncPolicy, seed: UInt64
    ) {
        self.government = government
        self.level = level
        self.address = address
        self.parent = parent
        self.children = children
        self.policy = policy
        self.seed = seed
    }

    /// The name of the platform's random stream: `platform:<government>`.
    public var streamName: String { "platform:\(government.rawValue)" }

    /// The platform's name in observations.
    public var node: SyncNode { .platform(government, level) }
}
