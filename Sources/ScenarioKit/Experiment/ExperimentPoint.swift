/// One point of an experiment: a scenario with some fields replaced, run `replications` times.
public struct ExperimentPoint: Hashable, Sendable {
    /// Its place in `Experiment.points()`, from 0; results are merged in this order.
    public var index: Int
    /// `path=value, path=value, variant`, or `baseline` when nothing varies.
    public var name: String
    /// The variant's name, if the experiment has variants.
    public var variant: String?
    /// The grid values, one per `vary` axis.
    public var coordinates: [JSONValue]
    /// The overrides to apply to the scenario.
    public var overrides: [ScenarioOverride]

    /// A point.
    public init(
        index: Int, name: String, variant: String?, coordinates: [JSONValue], overrides: [ScenarioOverride]
    ) {
        self.index = index
        self.name = name
        self.variant = variant
        self.coordinates = coordinates
        self.overrides = overrides
    }

    /// The overrides as pairs, for `ScenarioLoader.decode(value:overrides:file:)`.
    public var overridePairs: [(JSONPath, JSONValue)] { overrides.map { ($0.path, $0.value) } }
}
