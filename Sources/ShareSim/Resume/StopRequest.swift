import Foundation

/// A request to stop a long run early (issue 12: Ctrl-C), shared by the threads of a run.
///
/// The tool sets it from a Dispatch signal source; the replication pool checks it before starting a job and
/// each replication checks it once per simulated day, abandoning its run (a replication is kept only whole).
/// A lock, not an atomic, because it is read once per simulated day, not per event.
public final class StopRequest: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false

    /// A flag not yet set.
    public init() {}

    /// Asks every run that checks this flag to stop.
    public func request() {
        lock.lock()
        requested = true
        lock.unlock()
    }

    /// Whether a stop was asked for.
    public var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }
}

/// A run stopped by a ``StopRequest`` before every replication finished; nothing was written but the
/// checkpoint of the finished ones (``RunCheckpoint``).
public struct RunInterrupted: Error, CustomStringConvertible {
    /// Runs (replications, or experiment point × replication) finished and kept, this time and before.
    public var finished: Int
    /// Runs in all.
    public var total: Int
    /// Whether the finished ones are kept in a checkpoint that `--resume` reads.
    public var checkpointed: Bool

    public var description: String {
        "interrupted: \(finished) of \(total) runs finished"
            + (checkpointed ? "; rerun with --resume to finish the others" : "; nothing was written (no --out)")
    }
}
