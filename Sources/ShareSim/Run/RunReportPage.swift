import Metrics

/// The self-contained `report.html` of a run: time series of the main metrics, the distribution
/// of catalog staleness, and the key metrics with their 95% intervals.
enum RunReportPage {
    static func render(_ result: RunResult) -> String {
        let n = result.replications.count
        var page = HTMLReport(
            title: "ShareSim report: \(result.input.name)",
            subtitle:
                "seed \(result.baseSeed), \(n) replication\(n == 1 ? "" : "s"), \(result.input.durationDays) days "
                + "from \(result.input.world.startDate)")
        page.section("Catalog sync over time") { section in
            section.paragraph(
                "End-of-day cumulative counts; the line is the mean over replications, the band its 95% interval.")
            for group in [
                ["catalog.deltas_sent", "catalog.deltas_applied", "catalog.deltas_lost"],
                ["catalog.updates_on_time", "catalog.updates_late", "catalog.updates_not_yet_visible"],
            ] {
                section.chart(
                    LineChart(
                        title: group.joined(separator: ", "), xLabel: "simulated day", yLabel: "count",
                        series: group.map { series(result, metric: $0) }))
            }
        }
        page.section("Catalog staleness (R-CAT-4)") { section in
            let samples = result.replications.flatMap(\.stalenessSamples)
            section.paragraph(
                "Working days from a change of a department's functions to its update being visible at the "
                    + "national platform; \(samples.count) updates over all replications.")
            section.chart(histogram("Catalog staleness", samples))
        }
        page.section("Sharing and once-only over time (R-SHR-2, R-SHR-3, R-USE-2)") { section in
            section.paragraph(
                "End-of-day cumulative counts of requests made, service applications completed, and their needs "
                    + "met by sharing (re-collections avoided) or by originals (re-collections made).")
            section.chart(
                LineChart(
                    title: "requests and applications", xLabel: "simulated day", yLabel: "count",
                    series: [
                        "request.made", "demand.applications", "demand.recollections_avoided",
                        "demand.recollections_made",
                    ].map { series(result, metric: $0) }))
            let samples = result.replications.flatMap(\.responseSamples)
            section.paragraph(
                "Working days from a conditional application reaching its provider to the answer (R-SHR-3: "
                    + "due within 10); \(samples.count) answers over all replications.")
            section.chart(histogram("Conditional response time", samples))
        }
        page.section("Key metrics") { section in
            let keys = [
                "catalog.staleness_mean_wd", "catalog.staleness_p95_wd", "catalog.updates_on_time_share",
                "request.conditional.response_wd_mean", "request.conditional.on_time_share",
                "demand.without_originals_share", "demand.sharing_realization",
            ]
            let bars = keys.compactMap { key in
                result.summaries.first { $0.name == key }.map { BarChart.Bar(label: key, summary: $0.summary) }
            }
            section.chart(BarChart(title: "Key metrics (mean, 95% CI)", yLabel: "value", bars: bars))
            section.table(
                header: ["metric", "mean", "sd", "95% CI low", "95% CI high"],
                rows: result.summaries.map { m in
                    [
                        m.name, RunOutputs.format(m.summary.mean), RunOutputs.format(m.summary.sd),
                        RunOutputs.format(m.summary.ciLow), RunOutputs.format(m.summary.ciHigh),
                    ]
                })
        }
        verticalSection(&page, result)
        evaluationSection(&page, result)
        if !result.expectations.isEmpty {
            page.section("Expectations") { section in
                section.table(
                    header: ["check", "observed", "result"],
                    rows: result.expectations.map { e in
                        [
                            e.description, e.observed.map(RunOutputs.format) ?? "no such metric",
                            e.passed ? "pass" : "FAIL",
                        ]
                    })
            }
        }
        return page.render()
    }

    /// A histogram of working-day samples, about 20 bins of whole days.
    static func histogram(_ title: String, _ samples: [Double]) -> HistogramChart {
        let upper = max(1, (samples.max() ?? 1).rounded(.up))
        let width = max(1, (upper / 20).rounded(.up))
        return HistogramChart(
            title: title, xLabel: "working days",
            histogram: Histogram(
                edges: stride(from: 0, through: upper, by: width).map { $0 } + [upper + 1], values: samples))
    }

    /// A metric's per-day mean over replications with its 95% band.
    static func series(_ result: RunResult, metric: String) -> LineChart.Series {
        var byDay: [[Double]] = []
        for r in result.replications {
            for point in r.series where point.metric == metric {
                while byDay.count <= point.day { byDay.append([]) }
                byDay[point.day].append(point.value)
            }
        }
        return LineChart.Series(name: metric, summaries: byDay.map { SampleSummary($0) })
    }
}
