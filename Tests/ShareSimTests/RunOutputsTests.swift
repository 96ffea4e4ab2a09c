import Foundation
import Metrics
import ShareSim
import SharingModel
import Testing

@Suite struct RunOutputsTests {
    /// The small fixture with lossy links, so seeds matter.
    func input(expectations: [RunExpectation] = []) -> RunInput {
        var world = WorldSpec.smallFixture
        world.links = world.links.withLoss(0.2)
        return RunInput(
            name: "small fixture", file: "fixture", scenarioHash: 0xabc, world: world, durationDays: 60,
            expectations: expectations)
    }

    func options(replications: Int, jobs: Int) -> RunOptions {
        var o = RunOptions()
        o.replications = replications
        o.jobs = jobs
        return o
    }

    @Test func outputsAreByteIdenticalForAnyNumberOfJobs() async throws {
        let one = try await SimulationRun.runAsync(input(), options: options(replications: 3, jobs: 1))
        let two = try await SimulationRun.runAsync(input(), options: options(replications: 3, jobs: 2))
        let a = RunOutputs.files(one)
        let b = RunOutputs.files(two)
        #expect(
            a.map(\.name) == [
                "manifest.json", "metrics.csv", "metrics.json", "report.html", "summary.txt", "timeseries.csv",
            ])
        for (x, y) in zip(a, b) { #expect(x == y, "\(x.name) differs between --jobs 1 and --jobs 2") }
        #expect(one.replications.map(\.seed) == [one.baseSeed, one.baseSeed + 1, one.baseSeed + 2])
    }

    @Test func replicationsRunWithDifferentSeedsAndDiffer() async throws {
        let result = try await SimulationRun.runAsync(input(), options: options(replications: 2, jobs: 2))
        #expect(result.replications.map(\.seed) == [result.baseSeed, result.baseSeed + 1])
        #expect(result.replications.allSatisfy { ($0.metrics.value("catalog.deltas_sent") ?? 0) > 0 })
        #expect(result.replications[0].metrics != result.replications[1].metrics)
    }

    @Test func metricsCSVIsTidyLongFormat() async throws {
        let result = try await SimulationRun.runAsync(input(), options: options(replications: 2, jobs: 1))
        let lines = RunOutputs.metricsCSV(result).split(separator: "\n")
        #expect(lines.first == "scenario,replication,seed,metric,value")
        let perReplication = result.replications[0].metrics.rows.count
        #expect(lines.count == 1 + 2 * perReplication)
        #expect(lines[1].hasPrefix("small fixture,0,\(result.baseSeed),catalog.staleness_mean_wd,"))
    }

    @Test func expectationsAreCheckedOnTheMeanAndReportTheObservedValue() async throws {
        let pass = RunExpectation(metric: "catalog.deltas_sent", description: "catalog.deltas_sent > 0") { $0 > 0 }
        let fail = RunExpectation(metric: "catalog.deltas_sent", description: "catalog.deltas_sent < 0") { $0 < 0 }
        let missing = RunExpectation(metric: "no.such.metric", description: "no.such.metric > 0") { $0 > 0 }
        let result = try await SimulationRun.runAsync(
            input(expectations: [pass, fail, missing]), options: options(replications: 1, jobs: 1))
        #expect(result.expectations.map(\.passed) == [true, false, false])
        #expect(result.expectations[0].observed == result.replications[0].metrics.value("catalog.deltas_sent"))
        #expect(result.expectations[2].observed == nil)
        #expect(!result.expectationsPassed)
        #expect(RunOutputs.summaryText(result).contains("FAIL  catalog.deltas_sent < 0  (observed"))
    }

    @Test func reportIsSelfContainedWithCharts() async throws {
        let result = try await SimulationRun.runAsync(input(), options: options(replications: 2, jobs: 2))
        let html = try #require(RunOutputs.files(result).first { $0.name == "report.html" })
        let text = String(decoding: html.data, as: UTF8.self)
        #expect(text.components(separatedBy: "<svg").count - 1 >= 4)
        #expect(!text.contains("<script"))
        #expect(!text.contains("http://") || text.contains("http://www.w3.org/2000/svg"))
    }

    @Test func traceHasOneJSONLinePerObservation() async throws {
        var o = options(replications: 1, jobs: 1)
        o.trace = true
        let result = try await SimulationRun.runAsync(input(), options: o)
        let trace = try #require(RunOutputs.trace(result))
        let lines = trace.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines.prefix(50) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["observation"] != nil)
        }
    }

    @Test func aRunOfAnInvalidWorldFailsWithTheWorldErrorAndNoResult() async {
        var bad = input()
        bad.world.departments[0].resources[0].shareType = .notShared(legalBasis: LegalBasis(kind: .law, citation: " "))
        await #expect(throws: WorldError.self) {
            _ = try await SimulationRun.runAsync(bad, options: options(replications: 2, jobs: 2))
        }
    }
}
