import Metrics
import SharingModel
import SimKernel

/// The metrics of disputes (R-ESC-1..3), fed by the observation sink only. Its ledger shows that no
/// dispute is lost: each is settled at a named stage or still open.
///
/// Confined to its run's executor like the sink (hence `@unchecked Sendable`); read it after the run.
public final class DisputeMetrics: @unchecked Sendable {
    /// The stages, as reported: negotiation, authority by level, council.
    public enum StageName: String, CaseIterable, Sendable {
        case negotiation
        case municipalAuthority = "authority_municipal"
        case provincialAuthority = "authority_provincial"
        case nationalAuthority = "authority_national"
        case council

        init(_ stage: EscalationStage) {
            switch stage {
            case .negotiation: self = .negotiation
            case .authority(_, .municipal): self = .municipalAuthority
            case .authority(_, .provincial): self = .provincialAuthority
            case .authority(_, .national): self = .nationalAuthority
            case .council: self = .council
            }
        }
    }

    /// Counts.
    public struct Counters: Hashable, Sendable {
        public var opened = 0
        public var resolved: [StageName: Int] = [:]
        public var granted = 0
        public var upheld = 0
        public var escalatedNoAgreement = 0
        public var timedOut = 0
        public var messagesLost = 0
        /// Base resources whose refusal was upheld (R-SHR-4: must stay 0).
        public var baseUpheld = 0
        /// Disputes the council took up, by year since the start (0 = the first 365 days).
        public var councilCasesByYear: [Int] = []
    }

    /// The counts so far.
    public private(set) var counters = Counters()
    /// Working days from opening to settlement.
    public private(set) var resolutionWorkingDays: [Double] = []
    private var ledger: [DisputeID: Bool] = [:]
    /// Settlements of disputes already settled or never opened.
    public private(set) var breaches: [String] = []

    /// A collector.
    public init() {}

    /// Takes one observation made at `time`.
    public func record(_ observation: Observation, at time: SimInstant) {
        switch observation {
        case .disputeOpened(let d):
            counters.opened += 1
            if ledger.updateValue(false, forKey: d.id) != nil { breaches.append("\(d.id) opened twice") }
        case .disputeStageStarted(let s):
            if case .council = s.stage {
                let year = max(0, Int(time.milliseconds / SimDuration.days(365).milliseconds))
                while counters.councilCasesByYear.count <= year { counters.councilCasesByYear.append(0) }
                counters.councilCasesByYear[year] += 1
            }
        case .disputeEscalated(_, _, let reason):
            if reason == .noAgreement { counters.escalatedNoAgreement += 1 } else { counters.timedOut += 1 }
        case .disputeResolved(let r):
            switch ledger[r.id] {
            case false?: ledger[r.id] = true
            case true?: breaches.append("\(r.id) settled twice")
            case nil: breaches.append("\(r.id) settled but never opened")
            }
            counters.resolved[StageName(r.stage), default: 0] += 1
            if r.outcome.isGranted { counters.granted += 1 } else { counters.upheld += 1 }
            if r.isBase && !r.outcome.isGranted { counters.baseUpheld += 1 }
            resolutionWorkingDays.append(r.workingDays)
        case .disputeMessageLost:
            counters.messagesLost += 1
        default:
            break
        }
    }

    /// Disputes opened and not settled.
    public var openCount: Int { counters.opened - counters.resolved.values.reduce(0, +) }

    /// Whether every dispute is settled once or still open.
    public var holds: Bool { breaches.isEmpty && openCount >= 0 }

    /// The dispute metrics as named rows (docs/metrics.md); every name always present.
    public func metricTable(durationDays: Int?) -> MetricTable {
        var t = MetricTable()
        let c = counters
        t.append("dispute.opened", c.opened)
        for stage in StageName.allCases { t.append("dispute.resolved_\(stage.rawValue)", c.resolved[stage] ?? 0) }
        t.append("dispute.granted", c.granted)
        t.append("dispute.upheld", c.upheld)
        t.append("dispute.base_upheld", c.baseUpheld)
        t.append("dispute.escalated_no_agreement", c.escalatedNoAgreement)
        t.append("dispute.stages_timed_out", c.timedOut)
        t.append("dispute.messages_lost", c.messagesLost)
        t.append("dispute.open_at_end", openCount)
        let time = StalenessSummary(resolutionWorkingDays)
        t.append("dispute.resolution_wd_mean", time.mean)
        t.append("dispute.resolution_wd_p50", time.p50)
        t.append("dispute.resolution_wd_p95", time.p95)
        let councilCases = c.councilCasesByYear.reduce(0, +)
        let years = max(1, Double(durationDays ?? 365) / 365)
        t.append("dispute.council_cases_per_year", Double(councilCases) / years)
        return t
    }
}
