import Foundation
import ShareSim
import Testing

/// Runs blocking simulation work on a plain thread: a run blocks its caller, and blocking the
/// cooperative pool (where tests run) could starve the task that enters the run.
func onPlainThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        let thread = Thread { continuation.resume(returning: work()) }
        thread.stackSize = 8 << 20
        thread.start()
    }
}

@Suite struct KernelBenchmarkTests {
    /// The benchmark's workload is a simulation like any other: same seed, same trace.
    @Test func benchmarkWorkloadIsDeterministicAndDeliversTheRequestedEvents() async {
        var configuration = KernelBenchmark.Configuration()
        configuration.actors = 50
        configuration.events = 20_000
        configuration.inFlight = 500
        let fixed = configuration
        let first = await onPlainThread { KernelBenchmark.run(fixed) }
        let second = await onPlainThread { KernelBenchmark.run(fixed) }
        #expect(first.events == 20_000)
        #expect(first.checksum == second.checksum)
        #expect(first.eventsPerSecond > 0 && first.baselineEventsPerSecond > 0)
        configuration.seed = 2
        let other = configuration
        #expect(await onPlainThread { KernelBenchmark.run(other) }.checksum != first.checksum)
    }

    @Test func jsonReportHasTheTrackedKeysInOrder() async throws {
        var configuration = KernelBenchmark.Configuration()
        configuration.actors = 10
        configuration.events = 2_000
        configuration.inFlight = 50
        let fixed = configuration
        let json = await onPlainThread { KernelBenchmark.run(fixed) }.json.render(style: .compact)
        let keys = ["events", "eventsPerSecond", "baselineEventsPerSecond", "ratio", "parallelSpeedup", "peakRSSBytes"]
        var last = json.startIndex
        for key in keys {
            let range = try #require(json.range(of: "\"\(key)\":", range: last..<json.endIndex))
            last = range.upperBound
        }
    }
}
