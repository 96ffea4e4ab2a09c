/// A department of a government: a provider of resources with its catalog (R-CAT-3), attached to
/// its government's platform through its front-end link.
public struct DepartmentSpec: Hashable, Sendable, Codable {
    /// Its id, unique in the world.
    public var id: DepartmentID
    /// Its name, e.g. `杭州市教育局`.
    public var name: String
    /// The government it belongs to; its level is that government's.
    public var government: GovernmentID
    /// The network zone its systems sit in (R-SEC-1).
    public var zone: NetworkZone
    /// How its systems reach the platform.
    public var integration: IntegrationMode
    /// How it behaves.
    public var profile: BehaviourProfile
    /// The resources of its first catalog (R-CAT-3), published when the world starts.
    public var resources: [ResourceMetadata]

    /// A department.
    public init(
        id: DepartmentID, name: String, government: GovernmentID, zone: NetworkZone = .outer,
        integration: IntegrationMode = .api, profile: BehaviourProfile = .cooperative,
        resources: [ResourceMetadata]
    ) {
        self.id = id
        self.name = name
        self.government = government
        self.zone = zone
        self.integration = integration
        self.profile = profile
        self.resources = resources
    }

    /// R-CAT-5: the probability that a record it provides is wrong: its behaviour's rate plus its
    /// integration mode's (hand-imported spreadsheets err more).
    public var dataErrorRate: Double {
        min(1, profile.sharing.dataErrorRate + integration.extraErrorRate)
    }
}
