import ScenarioKit

/// The facade over scenario and experiment files, so the tool needs nothing but `ShareSim`.
public enum ScenarioFiles {
    /// Loads and validates the scenario at `path` (all errors at once) and makes its run input.
    public static func runInput(path: String) throws(ScenarioErrors) -> RunInput {
        RunInput(scenario: try ScenarioLoader.load(path: path, knownMetrics: MetricNames.all), file: path)
    }

    /// Validates a scenario or an experiment file; returns which it was.
    public static func validate(path: String) throws(ScenarioErrors) -> String {
        let kind = try FileKind.detect(path: path)
        switch kind {
        case .scenario: _ = try ScenarioLoader.load(path: path, knownMetrics: MetricNames.all)
        case .experiment: _ = try ExperimentLoader.load(path: path, knownMetrics: MetricNames.all)
        }
        return kind.description
    }
}

/// An experiment file ready to run: its points as run inputs.
public struct ExperimentPlan: Sendable {
    public var name: String
    public var replications: Int
    /// Metrics the experiment reports (all when empty).
    public var metrics: [String]
    public var points: [ExperimentPointInput]
}

extension ScenarioFiles {
    /// Loads an experiment, expands its grid and variants, and decodes each point's scenario.
    public static func experimentPlan(path: String) throws(ScenarioErrors) -> ExperimentPlan {
        let experiment = try ExperimentLoader.load(path: path, knownMetrics: MetricNames.all)
        var points: [ExperimentPointInput] = []
        for point in experiment.points() {
            let scenario = try experiment.scenario(at: point, knownMetrics: MetricNames.all)
            points.append(
                ExperimentPointInput(
                    index: point.index, name: point.name,
                    input: RunInput(scenario: scenario, file: experiment.scenarioPath)))
        }
        return ExperimentPlan(
            name: experiment.name, replications: experiment.replications, metrics: experiment.metrics, points: points)
    }
}
