import SharingModel
import SimKernel

/// R-USE-2: when the open applications' wait limits run out, and the one timer that stands for them.
///
/// A timer per application was one event in eight of a national year, and most of them found their
/// application long complete. A service's wait limit is fixed, so its deadlines come in arrival order: one
/// FIFO queue per service holds them, and a single sweep timer is kept at the earliest deadline of an
/// application still open. Each open application therefore still closes at exactly its own limit.
struct ApplicationDeadlines: Sendable {
    private struct Entry: Sendable {
        var number: UInt32
        var deadline: SimInstant
    }

    /// One queue per service index; `heads[s]` is the first live entry of `queues[s]`.
    private var queues: [[Entry]] = []
    private var heads: [Int] = []
    /// When the sweep timer on the calendar fires, if one is.
    private var scheduled: SimInstant?

    /// Adds application `number` of `service`, open until `deadline`. Returns the instant of a sweep timer
    /// to set when none on the calendar comes by then.
    mutating func add(_ number: UInt32, service: Int, deadline: SimInstant) -> SimInstant? {
        while queues.count <= service {
            queues.append([])
            heads.append(0)
        }
        queues[service].append(Entry(number: number, deadline: deadline))
        if let scheduled, scheduled <= deadline { return nil }
        scheduled = deadline
        return deadline
    }

    /// The sweep timer fired at `now`: removes and returns the applications whose limit is up, ordered by
    /// deadline, then arrival (the order their own timers had). Some may be complete already; the caller
    /// skips those. A timer that an earlier one replaced finds nothing due and returns `[]`.
    mutating func takeDue(at now: SimInstant) -> [UInt32] {
        if scheduled == now { scheduled = nil }
        var due: [Entry] = []
        for s in queues.indices {
            while heads[s] < queues[s].count, queues[s][heads[s]].deadline <= now {
                due.append(queues[s][heads[s]])
                heads[s] += 1
            }
            compact(s)
        }
        if due.count > 1 { due.sort { ($0.deadline, $0.number) < ($1.deadline, $1.number) } }
        return due.map(\.number)
    }

    /// After a sweep: drops the complete applications at the front of each queue and returns the instant
    /// of the next sweep timer to set, if an open application waits and no timer is on the calendar.
    mutating func nextSweep(open: SerialWindow<OpenApplication>) -> SimInstant? {
        guard scheduled == nil else { return nil }
        var next: SimInstant?
        for s in queues.indices {
            while heads[s] < queues[s].count, open[UInt64(queues[s][heads[s]].number)] == nil { heads[s] += 1 }
            compact(s)
            if heads[s] < queues[s].count {
                let deadline = queues[s][heads[s]].deadline
                next = next.map { min($0, deadline) } ?? deadline
            }
        }
        scheduled = next
        return next
    }

    /// Storage stays proportional to the applications within one wait limit.
    private mutating func compact(_ s: Int) {
        if heads[s] == queues[s].count {
            queues[s].removeAll(keepingCapacity: true)
            heads[s] = 0
        } else if heads[s] >= 64, heads[s] * 2 >= queues[s].count {
            queues[s].removeFirst(heads[s])
            heads[s] = 0
        }
    }
}
