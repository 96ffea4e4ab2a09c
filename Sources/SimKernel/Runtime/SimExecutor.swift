import Foundation

/// The serial executor of one simulation run.
///
/// Every simulation actor of a run, and the run's ``Kernel``, returns this executor as its
/// `unownedExecutor`. Because they share it, the kernel, running on this executor, calls each
/// target's `receive` directly (docs/decisions/0002): no job is enqueued, no task switches and no
/// thread is woken per event. Jobs only arrive here when a run is entered from outside (the first
/// hop onto the kernel) and when it hands its result back.
///
/// The executor owns no thread: ``runBlocking(_:)`` runs its jobs on the calling thread (and
/// ``run(_:)`` on one new thread), so a run occupies exactly one thread and `--jobs N` means N
/// threads (DESIGN.md, "The runtime").
public final class SimExecutor: SerialExecutor, @unchecked Sendable {
    // Guarded by `condition`. Touched only when entering or leaving a run, never per event.
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var finished = false
    private var enqueued = 0

    public init() {}

    public func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        condition.lock()
        jobs.append(unowned)
        enqueued += 1
        condition.signal()
        condition.unlock()
    }

    /// Jobs enqueued so far. Delivery is inline, so this grows by a handful per run, not per event.
    public var enqueuedJobCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return enqueued
    }

    public func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// Runs `operation` to completion, executing every job of this executor on the calling thread.
    ///
    /// Blocks the caller; call it from a plain thread (the tool's main thread or a worker of the
    /// replication pool), never from a task of the global pool, which the run needs to start.
    /// Async callers use ``run(_:)``.
    public func runBlocking<T: Sendable>(_ operation: @escaping @Sendable () async -> T) -> T {
        let result = ResultBox<T>()
        condition.lock()
        finished = false
        condition.unlock()
        // A plain task: it starts on the global pool and hops onto this executor at its first
        // `await` of a simulation actor. (A task-executor preference would keep it off the pool, but
        // the runtime then takes a status-record lock on every actor switch: about 4% of a run.)
        Task {
            let value = await operation()
            result.value = value
            self.markFinished()
        }
        drain()
        guard let value = result.value else { preconditionFailure("simulation task finished without a result") }
        return value
    }

    /// Runs `operation` like ``runBlocking(_:)`` on a new thread of its own and awaits the result, for
    /// callers that are already asynchronous (tests, the replication pool).
    public func run<T: Sendable>(_ operation: @escaping @Sendable () async -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: self.runBlocking(operation)) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    private func markFinished() {
        condition.lock()
        finished = true
        condition.signal()
        condition.unlock()
    }

    private func drain() {
        var batch: [UnownedJob] = []
        while true {
            condition.lock()
            while jobs.isEmpty && !finished { condition.wait() }
            if jobs.isEmpty && finished {
                condition.unlock()
                return
            }
            swap(&batch, &jobs)
            condition.unlock()
            for job in batch { job.runSynchronously(on: asUnownedSerialExecutor()) }
            batch.removeAll(keepingCapacity: true)
        }
    }
}

/// A slot the finishing task writes once before it signals; read only after the signal.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
