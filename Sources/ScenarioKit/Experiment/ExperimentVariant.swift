/// A named set of overrides to compare with the other variants, e.g. `retries-off`.
public struct ExperimentVariant: Hashable, Sendable {
    /// The name, unique in the experiment.
    public var name: String
    /// What it changes, in file order.
    public var overrides: [ScenarioOverride]

    /// A variant.
    public init(name: String, overrides: [ScenarioOverride]) {
        self.name = name
        self.overrides = overrides
    }
}
