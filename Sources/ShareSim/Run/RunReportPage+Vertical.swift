import Metrics
import SharingModel

extension RunReportPage {
    /// R-RET-1, R-RET-2: records returned per line over time, and each line's reporting and return figures;
    /// only for worlds with vertical lines.
    static func verticalSection(_ page: inout HTMLReport, _ result: RunResult) {
        let lines = result.input.world.lines
        guard !lines.isEmpty else { return }
        page.section("Vertical flows: reporting up, data coming back (R-RET-1, R-RET-2)") { section in
            section.paragraph(
                "End-of-day cumulative records returned to the collecting governments' platforms, per line (mean "
                    + "over replications, 95% band). A blocked line stays at zero; a scripted policy change shows "
                    + "from its date on.")
            section.chart(
                LineChart(
                    title: "records returned", xLabel: "simulated day", yLabel: "records",
                    series: lines.map { series(result, metric: "line.\($0.id.rawValue).records_returned") }))
            let suffixes = [
                "records_collected", "reporting_completeness", "records_lost", "reports_late_share",
                "return_completeness", "return_latency_wd_mean", "return_requests_blocked",
            ]
            section.table(
                header: ["line", "policy"] + suffixes,
                rows: lines.map { line in
                    [line.id.rawValue, "\(line.returnPolicy)\(line.verticallyManaged ? " (vertical)" : "")"]
                        + suffixes.map { suffix in
                            let name = "line.\(line.id.rawValue).\(suffix)"
                            return result.summaries.first { $0.name == name }.map { RunOutputs.format($0.summary.mean) }
                                ?? ""
                        }
                }, caption: "Per line, mean over replications (docs/metrics.md)")
        }
    }
}
