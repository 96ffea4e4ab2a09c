import SharingModel
import SimKernel

/// The names of every metric a run reports, in output order: what `expect` checks and experiment
/// `metrics` lists are validated against.
public enum MetricNames {
    /// All metric names (docs/metrics.md).
    public static let all: [String] = {
        let report = CatalogSyncReport(
            staleness: StalenessSummary([]), shareOnTime: 0, updatesNotYetVisible: 0,
            counters: CatalogSyncMetrics.Counters(),
            levels: Level.allCases.map { CatalogSyncReport.LevelCounts(level: $0, counts: CatalogCounts()) })
        let convergence = ConvergenceReport(divergences: [], nationalDivergentDepartments: 0, unpushedDepartments: 0)
        var table = report.metricTable(convergence: convergence)
        table.append(contentsOf: RequestMetrics().metricTable(state: nil, policy: .measures))
        table.append(contentsOf: DisputeMetrics().metricTable(durationDays: nil))
        table.append(
            contentsOf: VerticalMetrics(
                lines: [], epoch: SimEpoch(startDate: CivilDate(dayNumber: 0)), calendar: .china
            ).metricTable())
        // Per-line metrics: `{line}` stands for any line id of the scenario (ScenarioKit expands it).
        table.append(contentsOf: EvaluationMetrics().metricTable())
        table.append(contentsOf: CostMetrics(prices: .standard, departments: 0).metricTable())
        return table.names + VerticalMetrics.lineMetricTemplates
    }()
}
