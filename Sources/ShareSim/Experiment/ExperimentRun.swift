import Foundation
import Metrics
import SharingModel

/// One point of an experiment (a grid cell or a named variant) ready to run.
public struct ExperimentPointInput: Sendable {
    /// Its index in the experiment's fixed point order.
    public var index: Int
    /// A readable name, e.g. `policies.retries=false` or `variant:noRetries`.
    public var name: String
    public var input: RunInput

    public init(index: Int, name: String, input: RunInput) {
        self.index = index
        self.name = name
        self.input = input
    }
}

/// The rows an experiment produces: everything else (summary, report) is derived from them, so
/// shards merged from their CSV files give exactly the outputs of an unsharded run.
public struct ExperimentRows: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var point: Int
        public var pointName: String
        public var replication: Int
        public var seed: UInt64
        public var metric: String
        public var value: Double
    }

    public var experiment: String
    public var rows: [Row]

    public init(experiment: String, rows: [Row]) {
        self.experiment = experiment
        self.rows = rows
    }
}

/// Runs experiment points × replications on the replication pool.
public enum ExperimentRun {
    /// A `--shard i/n` slice: points whose index modulo `count` is `index - 1`.
    public struct Shard: Sendable, Equatable, CustomStringConvertible {
        public var index: Int
        public var count: Int

        /// Parses `i/n` with 1 <= i <= n.
        public init?(_ text: String) {
            let parts = text.split(separator: "/")
            guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(i) else {
                return nil
            }
            index = i
            count = n
        }

        public func includes(_ point: Int) -> Bool { point % count == index - 1 }
        public var description: String { "\(index)/\(count)" }
    }

    /// Runs every point of `points` in `shard` (all when `nil`) with `replications` each.
    public static func run(
        experiment: String, points: [ExperimentPointInput], replications: Int, jobs: Int, shard: Shard? = nil
    ) throws(WorldError) -> ExperimentRows {
        do {
            return try run(
                experiment: experiment, points: points, replications: replications, jobs: jobs, shard: shard,
                checkpoint: nil, stop: nil)
        } catch let error as WorldError {
            throw error
        } catch {
            // Without a checkpoint or a stop request nothing else can be thrown.
            preconditionFailure("unexpected \(error)")
        }
    }

    /// Like ``run(experiment:points:replications:jobs:shard:)``, keeping each finished (point, replication) in
    /// `checkpoint` and reusing those it already holds (`--resume`), and stopping when `stop` is requested.
    /// - Throws: ``WorldError``, ``RunInterrupted`` or ``CheckpointError``.
    public static func run(
        experiment: String, points: [ExperimentPointInput], replications: Int, jobs: Int, shard: Shard?,
        checkpoint: RunCheckpoint?, stop: StopRequest?
    ) throws -> ExperimentRows {
        let selected = points.filter { shard?.includes($0.index) ?? true }
        // Flatten (point, replication) so the pool balances work across points.
        let tasks = selected.flatMap { point in (0..<replications).map { (point, $0) } }
        let results = ReplicationPool.map(count: tasks.count, jobs: jobs, shouldStop: { stop?.isRequested ?? false }) {
            t -> Result<ReplicationResult?, any Error> in
            let (point, replication) = tasks[t]
            let key = "point-\(point.index)-replication-\(replication)"
            if let saved = checkpoint?.load(key), saved.index == replication { return .success(saved) }
            let seed = point.input.world.seed &+ UInt64(replication)
            // Building the world validates it (SharingWorld.init), so a bad point fails there.
            return Result { () throws -> ReplicationResult? in
                let result = try SyncReplication.run(
                    point.input, index: replication, seed: seed, trace: false, stop: stop)
                if let result { try checkpoint?.save(result, as: key) }
                return result
            }
        }
        var rows: [ExperimentRows.Row] = []
        var finished = 0
        for (t, outcome) in results.enumerated() {
            let point = tasks[t].0
            switch outcome {
            case .failure(let error)?: throw error
            case .success(nil)?, nil: continue
            case .success(let r?)?:
                finished += 1
                for row in r.metrics.rows {
                    rows.append(
                        .init(
                            point: point.index, pointName: point.name, replication: r.index, seed: r.seed,
                            metric: row.name, value: row.value))
                }
            }
        }
        if finished < tasks.count {
            throw RunInterrupted(finished: finished, total: tasks.count, checkpointed: checkpoint != nil)
        }
        return ExperimentRows(experiment: experiment, rows: rows)
    }
}
