import Foundation
import Metrics
import SimKernel

/// The files of `sharesim run --out DIR` (DESIGN.md "Outputs"), rendered in memory and written
/// together atomically, so a failed or interrupted run leaves no half file. Nothing here depends on
/// the wall clock or on `--jobs`: the same scenario and seed give the same bytes.
public enum RunOutputs {
    /// Every output file of a run.
    public static func files(_ result: RunResult) -> [AtomicFile.Entry] {
        var entries = [
            AtomicFile.Entry(name: "summary.txt", contents: summaryText(result)),
            AtomicFile.Entry(name: "metrics.json", contents: JSONWriter.document(metricsJSON(result))),
            AtomicFile.Entry(name: "metrics.csv", contents: metricsCSV(result)),
            AtomicFile.Entry(name: "timeseries.csv", contents: timeseriesCSV(result)),
            AtomicFile.Entry(name: "report.html", contents: RunReportPage.render(result)),
            AtomicFile.Entry(name: "manifest.json", contents: JSONWriter.document(manifest(result))),
        ]
        if hasEvaluation(result) {
            entries.append(AtomicFile.Entry(name: "evaluation.csv", contents: evaluationCSV(result)))
        }
        entries.sort { $0.name < $1.name }
        return entries
    }

    /// The text the terminal shows and `summary.txt` holds.
    public static func summaryText(_ result: RunResult) -> String {
        let n = result.replications.count
        var lines = [
            "ShareSim \(ShareSimVersion.current) — \(result.input.name)",
            "scenario \(result.input.file), seed \(result.baseSeed), \(n) replication\(n == 1 ? "" : "s"), "
                + "\(result.input.durationDays) simulated days from \(result.input.world.startDate)",
            "",
        ]
        let width = max(30, result.summaries.map(\.name.count).max() ?? 0)
        let header = n > 1 ? "mean        sd          95% CI" : "value"
        lines.append(pad("metric", width) + "  " + header)
        for metric in result.summaries {
            let s = metric.summary
            var line = pad(metric.name, width) + "  " + pad(format(s.mean), 10)
            if n > 1 { line += "  " + pad(format(s.sd), 10) + "  [\(format(s.ciLow)), \(format(s.ciHigh))]" }
            lines.append(line.trimmingTrailingSpaces())
        }
        lines.append(contentsOf: evaluationSummaryLines(result))
        if !result.expectations.isEmpty {
            lines.append("")
            lines.append("expectations:")
            for e in result.expectations {
                let observed = e.observed.map(format) ?? "no such metric"
                lines.append("  \(e.passed ? "pass" : "FAIL")  \(e.description)  (observed \(observed))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Tidy long format: one row per (replication, metric).
    public static func metricsCSV(_ result: RunResult) -> String {
        var csv = CSVWriter(header: ["scenario", "replication", "seed", "metric", "value"])
        for r in result.replications {
            for row in r.metrics.rows {
                csv.append([
                    .string(result.input.name), .int(r.index), .string(String(r.seed)), .string(row.name),
                    .number(row.value),
                ])
            }
        }
        return csv.render()
    }

    /// Per simulated day: the end-of-day values of the main metrics, per replication.
    public static func timeseriesCSV(_ result: RunResult) -> String {
        var csv = CSVWriter(header: ["replication", "day", "date", "metric", "value"])
        let start = result.input.world.startDate
        for r in result.replications {
            for point in r.series {
                csv.append([
                    .int(r.index), .int(point.day), .string(start.adding(days: point.day).description),
                    .string(point.metric), .number(point.value),
                ])
            }
        }
        return csv.render()
    }

    /// Summaries with mean, sd and the Student-t 95% interval, and the raw replication values.
    public static func metricsJSON(_ result: RunResult) -> JSONNode {
        .object([
            ("scenario", .string(result.input.name)),
            ("seed", .string(String(result.baseSeed))),
            ("replications", .int(result.replications.count)),
            (
                "metrics",
                .array(
                    result.summaries.map { m in
                        .object([
                            ("name", .string(m.name)), ("mean", .number(m.summary.mean)), ("sd", .number(m.summary.sd)),
                            ("ciLow", .number(m.summary.ciLow)), ("ciHigh", .number(m.summary.ciHigh)),
                            ("min", .number(m.summary.min)), ("max", .number(m.summary.max)),
                            ("values", .array(m.values.map { .number($0) })),
                        ])
                    })
            ),
            (
                "expectations",
                .array(
                    result.expectations.map { e in
                        .object([
                            ("check", .string(e.description)), ("metric", .string(e.metric)),
                            ("observed", e.observed.map { .number($0) } ?? .null), ("passed", .bool(e.passed)),
                        ])
                    })
            ),
        ])
    }

    /// What produced the outputs: version, scenario hash, seed, options that change results.
    /// `--jobs` is deliberately absent: it never changes a byte of output.
    public static func manifest(_ result: RunResult) -> JSONNode {
        .object([
            ("tool", "sharesim"),
            ("version", .string(ShareSimVersion.current)),
            ("scenario", .string(result.input.file)),
            ("scenarioHash", .string(hex(result.input.scenarioHash))),
            ("seed", .string(String(result.baseSeed))),
            ("replications", .int(result.replications.count)),
            ("replicationSeeds", .string("seed + replication index")),
            ("durationDays", .int(result.input.durationDays)),
            ("startDate", .string(result.input.world.startDate.description)),
            (
                "files",
                .array(
                    (["summary.txt", "metrics.json", "metrics.csv", "timeseries.csv", "report.html"]
                        + (hasEvaluation(result) ? ["evaluation.csv"] : [])).map { .string($0) })
            ),
        ])
    }

    /// Writes every output file into `directory`, all or none.
    public static func write(_ result: RunResult, toDirectory directory: String) throws(AtomicFileError) {
        try AtomicFile.writeAll(files(result), in: URL(fileURLWithPath: directory))
    }

    /// Writes the trace of replication 0 (when the run traced) to `file`, atomically.
    public static func writeTrace(_ result: RunResult, toFile file: String) throws(AtomicFileError) {
        guard let text = trace(result) else { return }
        try AtomicFile.write(text, to: URL(fileURLWithPath: file))
    }

    /// Observations of replication 0 as JSON Lines (`--trace FILE`).
    public static func trace(_ result: RunResult) -> String? {
        guard let lines = result.replications.first?.traceLines else { return nil }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "-" : NumberFormat.canonical(value) }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return NumberFormat.fixed(value, decimals: 3)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
