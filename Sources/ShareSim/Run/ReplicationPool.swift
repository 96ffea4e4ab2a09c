import Foundation

/// Runs independent jobs (replications, sweep points) on a bounded set of plain threads and
/// returns their results in index order, so output never depends on `--jobs` (DESIGN.md "The
/// runtime"). Each job builds and runs its own kernel on the thread that picks it up.
public enum ReplicationPool {
    /// The default number of jobs: the machine's active cores.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Calls `work(i)` for every `i` in `0..<count` with at most `jobs` at a time; blocks until all finish.
    /// `shouldStop` is polled before each job starts (interrupts); skipped jobs give `nil`.
    public static func map<T: Sendable>(
        count: Int, jobs: Int, shouldStop: @escaping @Sendable () -> Bool = { false },
        _ work: @escaping @Sendable (Int) -> T
    ) -> [T?] {
        let state = PoolState<T>(count: count)
        let workers = max(1, min(jobs, count))
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread {
                while let index = state.next(), !shouldStop() {
                    state.store(work(index), at: index)
                }
                group.leave()
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        group.wait()
        return state.results
    }
}

private final class PoolState<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private let count: Int
    private var slots: [T?]

    init(count: Int) {
        self.count = count
        slots = Array(repeating: nil, count: count)
    }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    func store(_ value: T, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var results: [T?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
