import Foundation
import ShareSim
import SharingModel
import Testing

/// Runs blocking work on a plain thread: a blocking run must never hold a thread of the global pool its
/// own kernels need to start on (docs/architecture.md).
func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}

/// Issue 12: a finished replication reads back from the checkpoint bit for bit.
@Suite struct RunCheckpointTests {
    func input() -> RunInput {
        RunInput(name: "small", file: "small.json", scenarioHash: 7, world: .smallFixture, durationDays: 20)
    }

    @Test func aCheckpointedReplicationReadsBackExactly() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("checkpoint-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        var options = RunOptions()
        options.replications = 1
        options.trace = true
        let original = try await SimulationRun.runAsync(input(), options: options).replications[0]
        let fingerprint = RunCheckpoint.fingerprint(run: input(), seed: 2017, trace: true)
        let checkpoint = try RunCheckpoint(outputDirectory: directory.path, fingerprint: fingerprint, resume: false)
        #expect(checkpoint.load("replication-0") == nil)
        try checkpoint.save(original, as: "replication-0")
        let loaded = try #require(checkpoint.load("replication-0"))
        #expect(loaded.index == original.index && loaded.seed == original.seed)
        #expect(loaded.metrics.names == original.metrics.names)
        #expect(loaded.metrics.rows.map(\.value.bitPattern) == original.metrics.rows.map(\.value.bitPattern))
        #expect(loaded.series.map(\.value.bitPattern) == original.series.map(\.value.bitPattern))
        #expect(loaded.series.map(\.metric) == original.series.map(\.metric))
        #expect(loaded.stalenessSamples == original.stalenessSamples)
        #expect(loaded.traceLines == original.traceLines)
        // Every bit of every value, NaN and negative zero included.
        var odd = original
        odd.metrics = MetricTable([
            .init("nan", .nan), .init("negative_zero", -0.0), .init("tiny", .leastNonzeroMagnitude),
        ])
        try checkpoint.save(odd, as: "odd")
        let oddBack = try #require(checkpoint.load("odd"))
        #expect(oddBack.metrics.rows.map(\.value.bitPattern) == odd.metrics.rows.map(\.value.bitPattern))

        // Resuming keeps it; resuming another run's checkpoint is refused; starting over discards it.
        let resumed = try RunCheckpoint(outputDirectory: directory.path, fingerprint: fingerprint, resume: true)
        #expect(resumed.load("replication-0") != nil)
        #expect(throws: CheckpointError.self) {
            try RunCheckpoint(outputDirectory: directory.path, fingerprint: "other\n", resume: true)
        }
        let fresh = try RunCheckpoint(outputDirectory: directory.path, fingerprint: fingerprint, resume: false)
        #expect(fresh.load("replication-0") == nil)
        fresh.remove()
        #expect(!FileManager.default.fileExists(atPath: fresh.directory.path))
    }

    @Test func aTruncatedCheckpointFileIsRunAgain() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("checkpoint-cut-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = try await SimulationRun.runAsync(input(), options: RunOptions()).replications[0]
        let checkpoint = try RunCheckpoint(outputDirectory: directory.path, fingerprint: "f\n", resume: false)
        try checkpoint.save(original, as: "r")
        let file = checkpoint.directory.appendingPathComponent("r.run")
        let data = try Data(contentsOf: file)
        try data.prefix(data.count / 2).write(to: file)
        #expect(checkpoint.load("r") == nil)
    }

    @Test func aStoppedRunThrowsInterrupted() async throws {
        let stop = StopRequest()
        stop.request()
        var options = RunOptions()
        options.replications = 3
        let input = input()
        let fixed = options
        await #expect(throws: RunInterrupted.self) {
            try await onThread { try SimulationRun.run(input, options: fixed, checkpoint: nil, stop: stop) }
        }
    }
}

/// Issue 12: replications that would not fit in memory together run fewer at a time.
@Suite struct ConcurrentMemoryTests {
    @Test func jobsAreLoweredToWhatFitsTheBudget() {
        #expect(RunInput.jobs(4, bytesEach: 1 << 30, budget: 8 << 30) == 4)
        #expect(RunInput.jobs(4, bytesEach: 3 << 30, budget: 8 << 30) == 2)
        #expect(RunInput.jobs(4, bytesEach: 9 << 30, budget: 8 << 30) == 1)
        #expect(RunInput.jobs(4, bytesEach: 0, budget: 8 << 30) == 4)
    }

    @Test func theEstimateOfARunCountsItsWorldAndDemand() {
        var world = WorldSpec.smallFixture
        let quiet = RunInput(name: "s", file: "s.json", scenarioHash: 0, world: world, durationDays: 365)
        #expect(quiet.sizeEstimate.departments == 6)
        #expect(quiet.sizeEstimate.governments == 4)
        #expect(quiet.sizeEstimate.resources == 18)
        world.services = [
            ServiceSpec(
                id: "s", name: "服务", department: "ZJ-HZ-EDU", applicationsPerYear: 1000,
                needs: [ServiceSpec.Need(provider: "CN-MPS", resource: "CN-MPS-01")])
        ]
        let busy = RunInput(name: "s", file: "s.json", scenarioHash: 0, world: world, durationDays: 730)
        #expect(busy.sizeEstimate.needsOverRun == 2000)
        #expect(busy.sizeEstimate.bytes > quiet.sizeEstimate.bytes)
    }
}
