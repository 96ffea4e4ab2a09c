import Foundation
import SharingModel

extension VerticalMetrics {
    /// The per-line metric names, with `{line}` standing for a line id (docs/metrics.md).
    public static let lineMetricTemplates = [
        "line.{line}.records_collected", "line.{line}.reporting_completeness", "line.{line}.records_lost",
        "line.{line}.reports_late_share", "line.{line}.records_returned", "line.{line}.return_completeness",
        "line.{line}.return_latency_wd_mean", "line.{line}.return_requests_blocked",
    ]

    /// The levels that collect (a national department has no level above it to report to).
    static let collectingLevels: [Level] = [.municipal, .provincial]

    /// The metrics as named rows: overall, per collecting level, per line (docs/metrics.md).
    public func metricTable() -> MetricTable {
        var t = MetricTable()
        let a = total
        t.append("reporting.records_occurred", a.occurred)
        t.append("reporting.records_collected", a.collected)
        t.append("reporting.collection_completeness", ratio(a.collected, a.occurred))
        t.append("reporting.records_received", a.received)
        t.append("reporting.records_lost", a.lost)
        t.append("reporting.records_resent", a.resent)
        t.append("reporting.records_pending", a.pending)
        t.append("reporting.completeness", ratio(a.received, a.occurred))
        t.append("reporting.upload_failures", a.uploadFailures)
        t.append("reporting.reports", a.reports)
        t.append("reporting.reports_late", a.reportsLate)
        t.append("reporting.late_share", ratio(a.reportsLate, a.reports))
        t.append("return.requests", a.requests)
        t.append("return.requests_blocked", a.refused)
        t.append("return.requests_answered", a.answered)
        t.append("return.requests_open", a.requests - a.refused - a.answered)
        t.append("return.records_returned", a.returned)
        t.append("return.completeness", ratio(a.returned, a.collected))
        t.append("return.latency_wd_mean", a.returned > 0 ? a.latencyWorkingDays / Double(a.returned) : 0)
        t.append("return.latency_wd_max", a.latencyMaxWorkingDays)
        for level in Self.collectingLevels {
            let l = byLevel[level] ?? Tally()
            t.append("reporting.completeness_\(level)", ratio(l.received, l.occurred))
            t.append("reporting.late_share_\(level)", ratio(l.reportsLate, l.reports))
            t.append("return.completeness_\(level)", ratio(l.returned, l.collected))
            t.append("return.latency_wd_mean_\(level)", l.returned > 0 ? l.latencyWorkingDays / Double(l.returned) : 0)
            t.append("return.requests_blocked_\(level)", l.refused)
        }
        for id in lines {
            let l = byLine[id] ?? Tally()
            let values: [Double] = [
                Double(l.collected), ratio(l.received, l.occurred), Double(l.lost), ratio(l.reportsLate, l.reports),
                Double(l.returned), ratio(l.returned, l.collected),
                l.returned > 0 ? l.latencyWorkingDays / Double(l.returned) : 0, Double(l.refused),
            ]
            for (template, value) in zip(Self.lineMetricTemplates, values) {
                t.append(Self.lineMetric(template, id), value)
            }
        }
        return t
    }

    /// `template` with `{line}` replaced by `id`.
    public static func lineMetric(_ template: String, _ id: LineID) -> String {
        template.replacingOccurrences(of: "{line}", with: id.rawValue)
    }

    private func ratio(_ a: Int, _ b: Int) -> Double { b > 0 ? Double(a) / Double(b) : 0 }
}
