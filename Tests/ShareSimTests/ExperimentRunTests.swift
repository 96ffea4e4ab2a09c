import Foundation
import Metrics
import ShareSim
import SharingModel
import Testing

@Suite struct ExperimentRunTests {
    /// Three points of the small fixture that differ in link loss.
    func points() -> [ExperimentPointInput] {
        [0.0, 0.1, 0.3].enumerated().map { index, loss in
            var world = WorldSpec.smallFixture
            world.links = world.links.withLoss(loss)
            return ExperimentPointInput(
                index: index, name: "loss=\(loss)",
                input: RunInput(name: "fixture", file: "fixture", scenarioHash: 1, world: world, durationDays: 40))
        }
    }

    func run(jobs: Int, shard: ExperimentRun.Shard? = nil) async throws -> ExperimentRows {
        let points = points()
        return try await onPlainThread {
            try ExperimentRun.run(experiment: "loss", points: points, replications: 2, jobs: jobs, shard: shard)
        }
    }

    @Test func shardsMergedFromTheirFilesEqualTheUnshardedRun() async throws {
        let whole = try await run(jobs: 2)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sharesim-shards-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        var directories: [String] = []
        for i in 1...2 {
            let part = try await run(jobs: 1, shard: ExperimentRun.Shard("\(i)/2"))
            let dir = root.appendingPathComponent("shard\(i)")
            try AtomicFile.writeAll(ExperimentOutputs.files(part, metrics: []), in: dir)
            directories.append(dir.path)
        }
        let merged = try ExperimentOutputs.merge(directories: directories.reversed())
        #expect(ExperimentOutputs.csv(merged) == ExperimentOutputs.csv(whole))
        #expect(ExperimentOutputs.files(merged, metrics: []) == ExperimentOutputs.files(whole, metrics: []))
    }

    @Test func outputDoesNotDependOnJobs() async throws {
        let one = try await run(jobs: 1)
        let two = try await run(jobs: 2)
        #expect(one == two)
        #expect(Set(one.rows.map(\.point)) == [0, 1, 2])
    }

    @Test func lossierPointsLoseMoreDeltas() async throws {
        let rows = try await run(jobs: 2)
        let lost = ExperimentOutputs.summaries(rows).filter { $0.metric == "catalog.deltas_lost" }.map(\.summary.mean)
        #expect(lost.count == 3)
        #expect(lost[0] == 0)
        #expect(lost[2] > lost[0])
    }

    @Test(arguments: ["0/2", "3/2", "1", "a/b", "1/0"])
    func malformedShardsAreRejected(text: String) {
        #expect(ExperimentRun.Shard(text) == nil)
    }

    @Test func mergeRejectsAFileThatIsNotExperimentOutput() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sharesim-bad-merge-\(getpid())")
        defer { try? FileManager.default.removeItem(at: dir) }
        try AtomicFile.write("a,b\n1,2\n", to: dir.appendingPathComponent("experiment.csv"))
        #expect(throws: ExperimentOutputs.MergeError.self) { try ExperimentOutputs.merge(directories: [dir.path]) }
    }
}

/// `onPlainThread` for throwing work.
func onPlainThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    let result: Result<T, any Error> = await onPlainThread { Result { try work() } }
    return try result.get()
}
