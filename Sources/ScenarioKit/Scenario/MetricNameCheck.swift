/// Whether a metric name is one a run reports: a fixed name, or a per-line name (R-RET-*) built from a
/// template such as `line.{line}.records_returned`.
enum MetricNameCheck {
    /// `true` when `metric` is in `known`, or fits a `{line}` template of `known` with a line id of
    /// `lines` (any non-empty id when `lines` is `nil`, e.g. in an experiment before its scenario is read).
    static func isKnown(_ metric: String, in known: [String], lines: [String]?) -> Bool {
        if known.contains(metric) { return true }
        for template in known {
            guard let range = template.range(of: "{line}") else { continue }
            let prefix = template[..<range.lowerBound]
            let suffix = template[range.upperBound...]
            guard metric.hasPrefix(prefix), metric.hasSuffix(suffix), metric.count > prefix.count + suffix.count else {
                continue
            }
            let id = String(metric.dropFirst(prefix.count).dropLast(suffix.count))
            if lines?.contains(id) ?? true { return true }
        }
        return false
    }
}
