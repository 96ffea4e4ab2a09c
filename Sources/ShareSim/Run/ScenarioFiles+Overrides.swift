import ScenarioKit

extension ScenarioFiles {
    /// Loads the scenario at `path` with fields replaced, as an experiment's point would be: each override is
    /// a field path (`topology.generate.cities`) and a JSON value (`"42"`). The benchmarks use it to shrink a
    /// world, and ScenarioTests to shorten a large bundled scenario.
    /// - Throws: the scenario's errors, or an error at the override when a path or value is malformed.
    public static func runInput(
        path: String, overrides: [(path: String, json: String)]
    ) throws(ScenarioErrors)
        -> RunInput
    {
        let tree = try JSONParser().parseFile(atPath: path)
        var parsed: [ScenarioOverride] = []
        for o in overrides {
            guard let p = JSONPath(parsing: o.path), let value = try? JSONParser().parse(o.json) else {
                throw ScenarioErrors([
                    ScenarioError(
                        code: .invalidValue, file: path, message: "malformed override \(o.path)=\(o.json)",
                        expected: "a field path and a JSON value")
                ])
            }
            parsed.append(ScenarioOverride(path: p, value: value))
        }
        let scenario = try ScenarioLoader.decode(
            value: tree, overrides: parsed, file: path, knownMetrics: MetricNames.all)
        return RunInput(scenario: scenario, file: path)
    }
}
