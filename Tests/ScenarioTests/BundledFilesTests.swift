import Foundation
import ShareSim
import Testing

/// Every bundled scenario and experiment runs (shortened where it must) and meets its `expect` checks.
@Suite struct BundledFilesTests {
    static func files(in folder: String) -> [String] {
        let dir = SharesimBinary.repoRoot.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
    }

    @Test func thereAreBundledFiles() {
        #expect(!Self.files(in: "Scenarios").isEmpty)
        #expect(!Self.files(in: "Simulations").isEmpty)
    }

    @Test(arguments: files(in: "Scenarios"))
    func bundledScenarioMeetsItsExpectations(file: String) async throws {
        let path = SharesimBinary.repoRoot.appendingPathComponent(file).path
        let input = try ScenarioFiles.runInput(path: path)
        var options = RunOptions()
        options.replications = 2
        let result = try await SimulationRun.runAsync(input, options: options)
        for e in result.expectations { #expect(e.passed, "\(file): \(e.description), observed \(e.observed ?? .nan)") }
    }

    @Test(arguments: files(in: "Simulations"))
    func bundledExperimentRunsInFastMode(file: String) async throws {
        let path = SharesimBinary.repoRoot.appendingPathComponent(file).path
        let plan = try ScenarioFiles.experimentPlan(path: path)
        #expect(!plan.points.isEmpty)
        let rows: ExperimentRows = try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(
                    with: Result {
                        try ExperimentRun.run(experiment: plan.name, points: plan.points, replications: 2, jobs: 2)
                    })
            }
            thread.start()
        }
        #expect(Set(rows.rows.map(\.point)) == Set(plan.points.map(\.index)))
        for metric in plan.metrics { #expect(rows.rows.contains { $0.metric == metric }, "\(file): \(metric)") }
    }
}
