import SharingModel

/// A behaviour profile with the name a scenario gives it.
public struct NamedProfile: Hashable, Sendable {
    /// The name, e.g. `cooperative` or `slowCity`.
    public var name: String
    /// The profile.
    public var profile: BehaviourProfile

    /// A named profile.
    public init(name: String, profile: BehaviourProfile) {
        self.name = name
        self.profile = profile
    }

    /// The profiles every scenario may name without defining them: `cooperative`, `unwilling`, `afraid`,
    /// `dontKnowHow`, `unable`, `punctual` (SharingModel's presets).
    public static let builtIn: [NamedProfile] = [
        NamedProfile(name: "cooperative", profile: .cooperative),
        NamedProfile(name: "unwilling", profile: .unwilling),
        NamedProfile(name: "afraid", profile: .afraid),
        NamedProfile(name: "dontKnowHow", profile: .dontKnowHow),
        NamedProfile(name: "unable", profile: .unable),
        NamedProfile(name: "punctual", profile: .punctual),
    ]
}
