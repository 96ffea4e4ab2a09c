import SharingModel
import SimKernel

/// The catalog-sync metrics of one run, fed by the observation sink (DESIGN.md "The idea": metrics
/// are computed from observations only).
///
/// Confined to its run's executor like the sink (hence `@unchecked Sendable`); read it after the run.
public final class CatalogSyncMetrics: @unchecked Sendable {
    /// Counters of the sync protocol.
    public struct Counters: Hashable, Sendable {
        /// Transfers put on a link for the first time (deltas and snapshots, every hop).
        public var deltasSent = 0
        /// Transfers lost (first sends and retries).
        public var deltasLost = 0
        /// Retries.
        public var deltasRetried = 0
        /// Transfers given up after the last attempt.
        public var deltasAbandoned = 0
        /// Transfers that changed a platform's replica, per level (national, provincial, municipal).
        public var deltasApplied = 0
        /// Applied at the national platform.
        public var appliedAtNational = 0
        /// Repeats (retries of something already held).
        public var duplicates = 0
        /// Out-of-date transfers.
        public var stale = 0
        /// Gaps found (a delta missing before this one).
        public var gaps = 0
        /// Snapshot requests sent.
        public var snapshotsRequested = 0
        /// Acknowledgements and snapshot requests lost.
        public var controlLost = 0
        /// Catalogs published.
        public var catalogsPublished = 0
        /// Catalogs or updates refused as invalid.
        public var catalogsRefused = 0
        /// Changes of functions (R-CAT-4).
        public var functionChanges = 0
        /// Updates made within 15 working days.
        public var updatesOnTime = 0
        /// Updates made later.
        public var updatesLate = 0
    }

    /// The counters so far.
    public private(set) var counters = Counters()
    /// Staleness samples: working days from a change of functions to its update being visible at the
    /// national platform, in the order they became visible.
    public private(set) var stalenessSamples: [Double] = []

    private let epoch: SimEpoch
    private let calendar: WorkingDayCalendar
    /// Updates not yet visible nationally, per department, in version order.
    private var awaitingNational: [DepartmentID: [(version: UInt64, changedAt: SimInstant)]] = [:]

    /// A collector for a run starting at `epoch`.
    public init(epoch: SimEpoch, calendar: WorkingDayCalendar = .china) {
        self.epoch = epoch
        self.calendar = calendar
    }

    /// Updates whose change is not yet visible at the national platform.
    public var updatesNotYetVisible: Int { awaitingNational.values.reduce(0) { $0 + $1.count } }

    /// Takes one observation.
    public func record(_ record: ObservationRecord<Observation>) {
        switch record.observation {
        case .catalogPublished: counters.catalogsPublished += 1
        case .catalogRefused: counters.catalogsRefused += 1
        case .functionsChanged: counters.functionChanges += 1
        case .catalogUpdated(let update):
            if update.late { counters.updatesLate += 1 } else { counters.updatesOnTime += 1 }
            awaitingNational[update.department, default: []].append((update.version, update.changedAt))
        case .deltaSent: counters.deltasSent += 1
        case .deltaRetried: counters.deltasRetried += 1
        case .deltaLost: counters.deltasLost += 1
        case .deltaAbandoned: counters.deltasAbandoned += 1
        case .deltaReceived(let receipt):
            received(receipt, at: record.time)
        case .snapshotRequested: counters.snapshotsRequested += 1
        case .controlLost: counters.controlLost += 1
        case .requestMade, .requestLost, .requestReviewed, .requestClosed, .answerAfterClose, .useBlocked,
            .applicationCompleted, .errorReported, .errorReportLost, .errorCorrected, .disputeOpened,
            .disputeStageStarted, .disputeEscalated, .disputeResolved, .disputeMessageLost, .vertical, .itemProvision,
            .departmentEvaluated, .governmentEvaluated, .profileShifted:
            // RequestMetrics', DisputeMetrics', VerticalMetrics' and EvaluationMetrics' business.
            break
        }
    }

    private func received(_ receipt: TransferReceipt, at time: SimInstant) {
        switch receipt.result {
        case .applied:
            counters.deltasApplied += 1
            guard receipt.platform.platformLevel == .national else { return }
            counters.appliedAtNational += 1
            // R-CAT-4 staleness: the change is visible once the national replica holds its version.
            guard var waiting = awaitingNational[receipt.department] else { return }
            while let first = waiting.first, first.version <= receipt.version {
                stalenessSamples.append(calendar.workingDaysElapsed(from: first.changedAt, to: time, epoch: epoch))
                waiting.removeFirst()
            }
            awaitingNational[receipt.department] = waiting.isEmpty ? nil : waiting
        case .duplicate: counters.duplicates += 1
        case .stale: counters.stale += 1
        case .gap: counters.gaps += 1
        }
    }

    /// The summary of staleness samples.
    public var staleness: StalenessSummary { StalenessSummary(stalenessSamples) }

    /// The share of updates made within 15 working days (R-CAT-4); 1 when there was none.
    public var shareOnTime: Double {
        let total = counters.updatesOnTime + counters.updatesLate
        return total == 0 ? 1 : Double(counters.updatesOnTime) / Double(total)
    }
}
