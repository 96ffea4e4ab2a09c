import Metrics
import SharingModel
import SimKernel

/// The metrics of the vertical flows (R-RET-1, R-RET-2), fed by the observation sink only: upward
/// reporting (completeness, lateness, records lost to upper-system faults) and data return
/// (completeness, latency, blocked requests), overall, per collecting level and per line.
///
/// Its ledger proves nothing is lost unseen: every collected record is received, lost for good, or
/// pending at the end; every return request is answered, refused, or open.
///
/// Confined to its run's executor like the sink (hence `@unchecked Sendable`); read it after the run.
public final class VerticalMetrics: @unchecked Sendable {
    /// Counts for one slice (all lines, one level, or one line).
    public struct Tally: Hashable, Sendable {
        /// Records that occurred at collectors.
        public var occurred = 0
        /// Records collectors entered.
        public var collected = 0
        /// Records that reached the upper system.
        public var received = 0
        /// Records lost in upload for good (retries off).
        public var lost = 0
        /// Records lost in upload or in a disconnected attempt and resent (retries on).
        public var resent = 0
        /// Upload attempts that failed outright.
        public var uploadFailures = 0
        /// Reports (one per collector and period) that reached the upper system at least in part.
        public var reports = 0
        /// Of those, reports whose first arrival was after their due time.
        public var reportsLate = 0
        /// Return requests sent by local governments.
        public var requests = 0
        /// Requests refused (a blocked line).
        public var refused = 0
        /// Requests whose answer arrived.
        public var answered = 0
        /// Records returned and available locally.
        public var returned = 0
        /// Sum over returned records of working days from collection to local availability.
        public var latencyWorkingDays = 0.0
        /// The longest such latency.
        public var latencyMaxWorkingDays = 0.0

        /// Records collected and not received or lost yet.
        public var pending: Int { collected - received - lost }
    }

    private struct BatchKey: Hashable {
        var line: LineID
        var collector: DepartmentID
        var batch: UInt32
    }

    private struct BatchLedger {
        var level: Level
        var collectedAt: SimInstant
        var collected: Int
        var received = 0
        var lost = 0
        var arrived = false
    }

    /// The lines, in world order (the order of per-line metrics).
    public let lines: [LineID]
    private let epoch: SimEpoch
    private let calendar: WorkingDayCalendar
    /// All lines.
    public private(set) var total = Tally()
    /// By the collecting (or asking) government's level.
    public private(set) var byLevel: [Level: Tally] = [:]
    /// By line.
    public private(set) var byLine: [LineID: Tally] = [:]
    private var batches: [BatchKey: BatchLedger] = [:]
    /// Observations that break conservation (a record received twice, a batch never collected).
    public private(set) var breaches: [String] = []

    /// A collector for `lines`.
    public init(lines: [LineID], epoch: SimEpoch, calendar: WorkingDayCalendar) {
        self.lines = lines
        self.epoch = epoch
        self.calendar = calendar
    }

    private func add(line: LineID, level: Level, _ change: (inout Tally) -> Void) {
        change(&total)
        change(&byLevel[level, default: Tally()])
        change(&byLine[line, default: Tally()])
    }

    /// Takes one observation made at `time`.
    public func record(_ observation: Observation, at time: SimInstant) {
        guard case .vertical(let v) = observation else { return }
        switch v {
        case .collected(let c):
            add(line: c.line, level: c.level) {
                $0.occurred += c.occurred
                $0.collected += c.collected
            }
            let key = BatchKey(line: c.line, collector: c.collector, batch: c.batch)
            if batches.updateValue(BatchLedger(level: c.level, collectedAt: time, collected: c.collected), forKey: key)
                != nil
            {
                breaches.append("\(c.line) \(c.collector) batch \(c.batch) collected twice")
            }
        case .uploadFailed(let f), .recordsLost(let f):
            let isFailure = if case .uploadFailed = v { true } else { false }
            add(line: f.line, level: f.level) {
                if isFailure { $0.uploadFailures += 1 }
                if f.willResend { $0.resent += f.records } else { $0.lost += f.records }
            }
            if !f.willResend { settle(f.line, f.collector, f.batch, lost: f.records) }
        case .reportReceived(let r):
            let key = BatchKey(line: r.line, collector: r.collector, batch: r.batch)
            let first = batches[key].map { !$0.arrived } ?? false
            add(line: r.line, level: r.level) {
                $0.received += r.records
                if first {
                    $0.reports += 1
                    if r.late { $0.reportsLate += 1 }
                }
            }
            batches[key]?.arrived = true
            settle(r.line, r.collector, r.batch, received: r.records)
        case .returnRequested(let e):
            add(line: e.line, level: e.level) { $0.requests += 1 }
        case .returnRefused(let e):
            add(line: e.line, level: e.level) { $0.refused += 1 }
        case .returnAnswered:
            // Counted when the answer arrives (dataReturned), so an answer in flight stays open.
            break
        case .dataReturned(let a):
            var sum = 0.0
            var longest = 0.0
            for s in a.segments {
                // R-RET-2: latency from the end of the collection period to local availability.
                let wd = calendar.workingDaysElapsed(from: s.collectedAt, to: time, epoch: epoch)
                sum += wd * Double(s.records)
                longest = max(longest, wd)
            }
            add(line: a.line, level: a.level) {
                $0.returned += a.records
                $0.latencyWorkingDays += sum
                $0.latencyMaxWorkingDays = max($0.latencyMaxWorkingDays, longest)
                if !a.pushed { $0.answered += 1 }
            }
        case .returnPolicyChanged:
            break
        }
    }

    private func settle(_ line: LineID, _ collector: DepartmentID, _ batch: UInt32, received: Int = 0, lost: Int = 0) {
        let key = BatchKey(line: line, collector: collector, batch: batch)
        guard var ledger = batches[key] else {
            breaches.append("\(line) \(collector) batch \(batch) settled but never collected")
            return
        }
        ledger.received += received
        ledger.lost += lost
        if ledger.received + ledger.lost > ledger.collected {
            breaches.append(
                "\(line) \(collector) batch \(batch): \(ledger.received) received + \(ledger.lost) lost > \(ledger.collected) collected"
            )
        }
        batches[key] = ledger
    }

    /// Reports collected before `instant` whose records are not all accounted for (received or lost
    /// for good): what resends or latency still owe. In time order of no consequence: it is a count.
    public func unsettledBatches(collectedBefore instant: SimInstant) -> Int {
        batches.values.reduce(0) { $0 + ($1.collectedAt < instant && $1.received + $1.lost < $1.collected ? 1 : 0) }
    }

    /// Records still pending (collected, neither received nor lost) summed over batches: equals
    /// `total.pending` unless the ledger was breached.
    public var pendingInLedger: Int { batches.values.reduce(0) { $0 + $1.collected - $1.received - $1.lost } }
}
