import ScenarioKit
import SimKernel

extension RunInput {
    /// What a decoded scenario file runs: its world with the scenario's seed, its duration, its
    /// calendar overrides and its `expect` checks.
    public init(scenario: Scenario, file: String) {
        var world = scenario.world
        world.seed = scenario.seed
        world.startDate = scenario.startDate
        self.init(
            name: scenario.name, file: file, scenarioHash: scenario.contentHash, world: world,
            durationDays: scenario.durationDays,
            expectations: scenario.expectations.map { expectation in
                RunExpectation(metric: expectation.metric, description: expectation.description) {
                    expectation.check(observed: $0)
                }
            })
        calendarOverrides = scenario.calendarOverrides
    }
}
