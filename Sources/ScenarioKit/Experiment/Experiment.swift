/// An experiment file (`Simulations/*.json`, DESIGN.md "Files"): a scenario, how many replications, a grid of
/// varied fields, named variants to compare, and the metrics to report.
public struct Experiment: Hashable, Sendable {
    /// The experiment file as the user named it.
    public var file: String
    /// A short name, for reports.
    public var name: String
    /// What the experiment asks.
    public var description: String
    /// The scenario as written in the file (relative to the experiment file's folder).
    public var scenarioReference: String
    /// The scenario's path, resolved against the experiment file's folder.
    public var scenarioPath: String
    /// The scenario's parsed tree, so that points are decoded without reading the file again.
    public var scenarioValue: JSONValue
    /// Runs per point; replication `r` of every point uses seed `scenario.seed + r` (common random numbers).
    public var replications: Int
    /// The grid axes, in file order.
    public var vary: [VaryAxis]
    /// The variants, in file order.
    public var variants: [ExperimentVariant]
    /// The metrics to report, in file order.
    public var metrics: [String]

    /// Every point of the experiment, deterministically ordered: the grid in row-major order (the first
    /// `vary` axis changes slowest, the last fastest), and at each grid point every variant in file order
    /// (variants change fastest, so the variants of one grid point sit side by side). No `vary` is a grid of
    /// one point; no `variants` is one unnamed variant. A point's overrides are its grid values in axis
    /// order, then its variant's overrides in file order; a later override of the same path wins.
    public func points() -> [ExperimentPoint] {
        var grid: [[(axis: VaryAxis, value: JSONValue)]] = [[]]
        for axis in vary {
            grid = grid.flatMap { prefix in axis.values.map { prefix + [(axis, $0)] } }
        }
        let variantList: [ExperimentVariant?] = variants.isEmpty ? [nil] : variants
        var result: [ExperimentPoint] = []
        for cell in grid {
            for variant in variantList {
                var overrides = cell.map { ScenarioOverride(path: $0.axis.path, value: $0.value) }
                overrides += variant?.overrides ?? []
                var parts = cell.map { "\($0.axis.path)=\($0.value.compactText)" }
                if let variant { parts.append(variant.name) }
                result.append(
                    ExperimentPoint(
                        index: result.count, name: parts.isEmpty ? "baseline" : parts.joined(separator: ", "),
                        variant: variant?.name, coordinates: cell.map(\.value), overrides: overrides))
            }
        }
        return result
    }

    /// The scenario of `point`, decoded with its overrides; errors an override causes name this file.
    public func scenario(
        at point: ExperimentPoint, limits: ScenarioLimits = .default, knownMetrics: [String]? = nil
    ) throws(ScenarioErrors) -> Scenario {
        try ScenarioLoader.decode(
            value: scenarioValue, overrides: point.overrides, file: scenarioPath, overrideFile: file, limits: limits,
            knownMetrics: knownMetrics)
    }
}
