import Foundation
import Metrics
import SharingModel

/// Options of `sharesim run`.
public struct RunOptions: Sendable {
    /// Overrides the scenario's seed.
    public var seed: UInt64?
    /// Independent replications; replication r runs with seed + r.
    public var replications: Int = 1
    /// Threads for replications; output does not depend on it.
    public var jobs: Int = ReplicationPool.defaultJobs
    /// Record every observation of replication 0 as JSON Lines.
    public var trace = false
    /// Called from worker threads as replications advance (for a progress bar); never affects results.
    public var progress: (@Sendable (RunProgress) -> Void)?

    public init() {}
}

/// Where a run stands, for progress display.
public struct RunProgress: Sendable {
    /// The replication reporting.
    public var replication: Int
    /// The simulated day it has finished (0-based), of `days`.
    public var day: Int
    public var days: Int
    /// The date of the day after it (the simulated "now"), `YYYY-MM-DD`.
    public var simulatedDate: String
    /// Whether this replication has finished.
    public var finished: Bool
}

/// One metric over all replications.
public struct MetricSummary: Sendable {
    public var name: String
    public var values: [Double]
    public var summary: SampleSummary
}

/// The outcome of one `expect` check.
public struct ExpectationOutcome: Sendable, Hashable {
    public var description: String
    public var metric: String
    /// The replication mean, or `nil` when no such metric exists.
    public var observed: Double?
    public var passed: Bool
}

/// Everything a run produced, before it is written.
public struct RunResult: Sendable {
    public var input: RunInput
    public var options: RunOptions
    public var baseSeed: UInt64
    public var replications: [ReplicationResult]
    public var summaries: [MetricSummary]
    public var expectations: [ExpectationOutcome]

    /// Whether every expectation held.
    public var expectationsPassed: Bool { expectations.allSatisfy(\.passed) }
}

/// Runs a scenario's replications on the replication pool and summarizes them.
public enum SimulationRun {
    /// Runs `input` with `options`; results are merged by replication index.
    public static func run(_ input: RunInput, options: RunOptions) throws(WorldError) -> RunResult {
        do {
            return try run(input, options: options, checkpoint: nil, stop: nil)
        } catch let error as WorldError {
            throw error
        } catch {
            // Without a checkpoint or a stop request nothing else can be thrown.
            preconditionFailure("unexpected \(error)")
        }
    }

    /// Runs `input` with `options`, keeping each finished replication in `checkpoint` and reusing those it
    /// already holds (`sharesim run --out DIR [--resume]`), and stopping when `stop` is requested.
    /// - Throws: ``WorldError`` for a world that cannot be built, ``RunInterrupted`` when stopped before every
    ///   replication finished, ``CheckpointError`` when a finished replication cannot be saved.
    public static func run(
        _ input: RunInput, options: RunOptions, checkpoint: RunCheckpoint?, stop: StopRequest?
    ) throws -> RunResult {
        // No separate validation: building each replication's world validates it (SharingWorld.init).
        let base = options.seed ?? input.world.seed
        let outcomes = ReplicationPool.map(
            count: options.replications, jobs: options.jobs, shouldStop: { stop?.isRequested ?? false }
        ) { index -> Result<ReplicationResult?, any Error> in
            let key = "replication-\(index)"
            if let saved = checkpoint?.load(key), saved.index == index {
                options.progress?(
                    RunProgress(
                        replication: index, day: input.durationDays - 1, days: input.durationDays,
                        simulatedDate: input.world.startDate.adding(days: input.durationDays).description,
                        finished: true))
                return .success(saved)
            }
            return Result { () throws -> ReplicationResult? in
                let result = try SyncReplication.run(
                    input, index: index, seed: base &+ UInt64(index), trace: options.trace && index == 0,
                    progress: options.progress, stop: stop)
                if let result { try checkpoint?.save(result, as: key) }
                return result
            }
        }
        var replications: [ReplicationResult] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let r?)?: replications.append(r)
            case .failure(let error)?: throw error
            case .success(nil)?, nil: continue
            }
        }
        if replications.count < options.replications {
            throw RunInterrupted(
                finished: replications.count, total: options.replications, checkpointed: checkpoint != nil)
        }
        let summaries = summarize(replications)
        let expectations = input.expectations.map { expectation in
            let observed = summaries.first { $0.name == expectation.metric }?.summary.mean
            return ExpectationOutcome(
                description: expectation.description, metric: expectation.metric, observed: observed,
                passed: observed.map(expectation.check) ?? false)
        }
        return RunResult(
            input: input, options: options, baseSeed: base, replications: replications, summaries: summaries,
            expectations: expectations)
    }

    /// ``run(_:options:)`` for async callers: the blocking work moves to a plain thread, because a
    /// run must never block a thread of the global pool it needs to start (docs/architecture.md).
    public static func runAsync(_ input: RunInput, options: RunOptions) async throws(WorldError) -> RunResult {
        let outcome: Result<RunResult, WorldError> = await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(
                    returning: Result { () throws(WorldError) -> RunResult in try run(input, options: options) })
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        return try outcome.get()
    }

    static func summarize(_ replications: [ReplicationResult]) -> [MetricSummary] {
        guard let first = replications.first else { return [] }
        return first.metrics.rows.map { row in
            let values = replications.map { $0.metrics.value(row.name) ?? .nan }
            return MetricSummary(name: row.name, values: values, summary: SampleSummary(values))
        }
    }
}
