import Metrics
import SharingModel
import SimKernel

/// The yearly evaluation as published (R-EVAL-1..4), fed by the observation sink only. Besides the published
/// evaluations it recounts every department's figures from the observations themselves, with the same
/// attribution the departments use, so that ``mismatches`` shows whether what departments reported (and
/// evaluators scored) is what the trace shows.
///
/// Confined to its run's executor like the sink (hence `@unchecked Sendable`); read it after the run.
public final class EvaluationMetrics: @unchecked Sendable {
    /// Departments' published evaluations, in publication order.
    public private(set) var departments: [DepartmentEvaluation] = []
    /// Governments' published evaluations, in publication order.
    public private(set) var governments: [GovernmentEvaluation] = []
    /// Provision outcomes over the run.
    public private(set) var outcomes: [ProvisionOutcome: Int] = [:]
    /// Profile shifts under pressure.
    public private(set) var shifts = 0
    /// Figures recounted from the observations, by department and year.
    public private(set) var recount: [DepartmentID: [Int: DepartmentYearFigures]] = [:]

    /// A collector.
    public init() {}

    /// Takes one observation made at `time`.
    public func record(_ observation: Observation, at time: SimInstant) {
        if let (department, year) = DepartmentYearFigures.attribution(of: observation, at: time) {
            recount[department, default: [:]][year, default: DepartmentYearFigures()].record(observation)
        }
        switch observation {
        case .itemProvision(let r): outcomes[r.outcome, default: 0] += 1
        case .departmentEvaluated(let e): departments.append(e)
        case .governmentEvaluated(let g): governments.append(g)
        case .profileShifted: shifts += 1
        default: break
        }
    }

    /// Published evaluations whose figures or scores differ from those recounted from the observations.
    public var mismatches: [DepartmentEvaluation] {
        departments.filter { e in
            let figures = recount[e.department]?[e.year] ?? DepartmentYearFigures()
            return figures != e.figures || IndicatorScores(figures) != e.scores
        }
    }

    /// Years evaluated.
    public var years: [Int] { Array(Set(departments.map(\.year))).sorted() }

    /// The provision rate of all departments in `year` (R-EVAL-1; Shenzhen 2015: 79.2%).
    public func provisionRate(year: Int) -> Double {
        let f = departments.filter { $0.year == year }.reduce(DepartmentYearFigures()) { $0 + $1.figures }
        return f.provisionRate
    }

    /// The mean deciding score of the departments in `year`.
    public func meanScore(year: Int) -> Double {
        let e = departments.filter { $0.year == year }
        return e.isEmpty ? 0 : e.reduce(0) { $0 + $1.notice.score } / Double(e.count)
    }

    /// The evaluation metrics as named rows (docs/metrics.md); every name always present.
    public func metricTable() -> MetricTable {
        var t = MetricTable()
        let years = self.years
        t.append("evaluation.years", years.count)
        let all = departments.reduce(DepartmentYearFigures()) { $0 + $1.figures }
        t.append("evaluation.items_owed", all.itemsOwed)
        t.append("evaluation.items_provided", all.itemsProvided)
        t.append("evaluation.provision_rate", years.isEmpty ? 0 : all.provisionRate)
        let first = years.first.map(provisionRate(year:)) ?? 0
        let last = years.last.map(provisionRate(year:)) ?? 0
        t.append("evaluation.provision_rate_first_year", first)
        t.append("evaluation.provision_rate_last_year", last)
        t.append("evaluation.provision_rate_change", last - first)
        t.append("evaluation.withheld_unwilling", outcomes[.withheldUnwilling] ?? 0)
        t.append("evaluation.withheld_security", outcomes[.withheldSecurity] ?? 0)
        t.append("evaluation.format_rejected", outcomes[.formatRejected] ?? 0)
        t.append("evaluation.not_integrated", outcomes[.notIntegrated] ?? 0)
        t.append("evaluation.score_mean_first_year", years.first.map(meanScore(year:)) ?? 0)
        t.append("evaluation.score_mean_last_year", years.last.map(meanScore(year:)) ?? 0)
        t.append("evaluation.rectification_notices", departments.filter { $0.notice.notice == .rectification }.count)
        t.append(
            "evaluation.reported_to_state_council",
            departments.filter { $0.notice.notice == .reportedToStateCouncil }.count)
        t.append("evaluation.projects_defunded", departments.filter(\.notice.projectsDefunded).count)
        t.append("evaluation.profile_shifts", shifts)
        t.append("evaluation.recount_mismatches", mismatches.count)
        return t
    }
}
