import SharingModel
import SimKernel

/// R-USE-2: when the open applications' wait limits run out, and the one timer that stands for them.
///
/// A timer per application was one event in eight of a national year, and most of them found their
/// application long complete, so a single sweep timer is kept at the earliest deadline of an application
/// still open. Each open application therefore still closes at exactly its own limit.
///
/// The deadlines are not stored: an open application's is its arrival plus its service's wait limit, and
/// the open applications are already in the department's window in arrival order. A copy of them, one queue
/// per service, cost two array uniqueness checks and a queue line at every application, each a cache miss in
/// a large world (docs/decisions/0011). What the sweeps read instead is the front of the window: an
/// application that arrived after `now` minus the shortest wait limit cannot be due, so a sweep stops there.
struct ApplicationDeadlines: Sendable {
    /// Each service's wait limit, by service index.
    private let limits: [SimDuration]
    /// The shortest of them: nothing that arrived later than this before a sweep is due at it.
    private let shortest: SimDuration
    /// When the sweep timer on the calendar fires, if one is.
    private var scheduled: SimInstant?

    /// Deadlines for services with these wait limits (by service index).
    init(limits: [SimDuration]) {
        self.limits = limits
        shortest = limits.min() ?? .zero
    }

    /// An application open until `deadline` was added to the window. Returns the instant of a sweep timer
    /// to set when none on the calendar comes by then.
    mutating func add(deadline: SimInstant) -> SimInstant? {
        if let scheduled, scheduled <= deadline { return nil }
        scheduled = deadline
        return deadline
    }

    /// The sweep timer fired at `now`: the open applications whose limit is up, ordered by deadline, then
    /// arrival (the order their own timers had). A timer that an earlier one replaced finds nothing due and
    /// returns `[]`.
    mutating func takeDue(at now: SimInstant, open: SerialWindow<OpenApplication>) -> [UInt32] {
        if scheduled == now { scheduled = nil }
        var due: [(deadline: SimInstant, number: UInt32)] = []
        open.forEachHeld { serial, application in
            guard application.arrivedAt + shortest <= now else { return false }
            let deadline = application.arrivedAt + limits[application.service]
            if deadline <= now { due.append((deadline, UInt32(truncatingIfNeeded: serial))) }
            return true
        }
        if due.count > 1 { due.sort { ($0.deadline, $0.number) < ($1.deadline, $1.number) } }
        return due.map(\.number)
    }

    /// After a sweep: the instant of the next sweep timer to set, if an open application waits and no timer
    /// is on the calendar: the earliest deadline in `open`.
    mutating func nextSweep(open: SerialWindow<OpenApplication>) -> SimInstant? {
        guard scheduled == nil else { return nil }
        var next: SimInstant?
        open.forEachHeld { _, application in
            // Later arrivals are due no earlier than this one's arrival plus the shortest limit.
            if let found = next, found <= application.arrivedAt + shortest { return false }
            let deadline = application.arrivedAt + limits[application.service]
            next = next.map { min($0, deadline) } ?? deadline
            return true
        }
        scheduled = next
        return next
    }
}
