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

    /// How a bundled scenario too large for a debug test run is shortened: fewer generated governments,
    /// departments and resources, and fewer days, with its `expect` checks still applied (they are written to
    /// hold at any size). The full runs are `sharesim bench national` and `sharesim bench scaling`.
    static let fastMode: [String: [(path: String, json: String)]] = [
        "Scenarios/national-2016.json": [
            ("durationDays", "21"), ("topology.generate.provinces", "2"), ("topology.generate.cities", "3"),
            ("topology.generate.centralDepartments", "20"), ("topology.generate.departmentsPerProvince", "20"),
            ("topology.generate.departmentsPerCity", "20"), ("topology.generate.resourcesPerDepartment", "4"),
        ],
        // A year is needed for the evaluation; the school place's 170,000 applications are not (its realization
        // and the provision rate do not depend on its volume; docs/calibration.md).
        "Scenarios/shenzhen-2015.json": [("services[0].applicationsPerYear", "2000")],
    ]

    @Test func fastModeNamesOnlyBundledScenarios() {
        for file in Self.fastMode.keys.sorted() { #expect(Self.files(in: "Scenarios").contains(file), "\(file)") }
    }

    @Test(arguments: files(in: "Scenarios"))
    func bundledScenarioMeetsItsExpectations(file: String) async throws {
        let path = SharesimBinary.repoRoot.appendingPathComponent(file).path
        let input = try ScenarioFiles.runInput(path: path, overrides: Self.fastMode[file] ?? [])
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
