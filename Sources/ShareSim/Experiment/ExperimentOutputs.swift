import Foundation
import Metrics

/// The files of `sharesim experiment … --out DIR` and `sharesim merge`, all derived from the rows.
public enum ExperimentOutputs {
    static let header = ["experiment", "point", "point_name", "replication", "seed", "metric", "value"]

    /// Tidy long format, one row per (point, replication, metric).
    public static func csv(_ rows: ExperimentRows) -> String {
        var csv = CSVWriter(header: header)
        for r in rows.rows {
            csv.append([
                .string(rows.experiment), .int(r.point), .string(r.pointName), .int(r.replication),
                .string(String(r.seed)), .string(r.metric), .number(r.value),
            ])
        }
        return csv.render()
    }

    /// Per point and metric: mean, sd and 95% CI over replications, in point order.
    public static func summaries(_ rows: ExperimentRows) -> [(point: Int, name: String, metric: String, summary: SampleSummary)] {
        var order: [(Int, String, String)] = []
        var values: [String: [Double]] = [:]
        for r in rows.rows {
            let key = "\(r.point)\u{1}\(r.metric)"
            if values[key] == nil { order.append((r.point, r.pointName, r.metric)) }
            values[key, default: []].append(r.value)
        }
        return order.map { point, name, metric in
            (point, name, metric, SampleSummary(values["\(point)\u{1}\(metric)"] ?? []))
        }
    }

    /// The summary table: one line per point and metric in `metrics` (all when empty).
    public static func summaryText(_ rows: ExperimentRows, metrics: [String]) -> String {
        var lines = ["experiment \(rows.experiment)", "", "point  name                                  metric                                  mean        95% CI"]
        for s in summaries(rows) where metrics.isEmpty || metrics.contains(s.metric) {
            lines.append(
                "\(RunOutputs.pad(String(s.point), 5))  \(RunOutputs.pad(s.name, 36))  \(RunOutputs.pad(s.metric, 38))  "
                    + "\(RunOutputs.pad(RunOutputs.format(s.summary.mean), 10))  "
                    + "[\(RunOutputs.format(s.summary.ciLow)), \(RunOutputs.format(s.summary.ciHigh))]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A comparison chart per reported metric: one bar per point with its 95% interval.
    public static func report(_ rows: ExperimentRows, metrics: [String]) -> String {
        var page = HTMLReport(title: "ShareSim experiment: \(rows.experiment)")
        let all = summaries(rows)
        let names = metrics.isEmpty ? Array(Set(all.map(\.metric))).sorted() : metrics
        for metric in names {
            let bars = all.filter { $0.metric == metric }.map { BarChart.Bar(label: $0.name, summary: $0.summary) }
            page.section(metric) { section in
                section.chart(BarChart(title: metric, xLabel: "point", yLabel: metric, bars: bars))
            }
        }
        return page.render()
    }

    /// Every output file. `manifest.json` records the reported metrics so `merge` reproduces the summary.
    public static func files(_ rows: ExperimentRows, metrics: [String]) -> [AtomicFile.Entry] {
        let manifest = JSONNode.object([
            ("tool", "sharesim"), ("version", .string(ShareSimVersion.current)),
            ("experiment", .string(rows.experiment)), ("metrics", .array(metrics.map { .string($0) })),
        ])
        return [
            AtomicFile.Entry(name: "experiment.csv", contents: csv(rows)),
            AtomicFile.Entry(name: "manifest.json", contents: JSONWriter.document(manifest)),
            AtomicFile.Entry(name: "report.html", contents: report(rows, metrics: metrics)),
            AtomicFile.Entry(name: "summary.txt", contents: summaryText(rows, metrics: metrics)),
        ]
    }

    /// Writes every experiment file into `directory`, all or none.
    public static func write(_ rows: ExperimentRows, metrics: [String], toDirectory directory: String)
        throws(AtomicFileError)
    {
        try AtomicFile.writeAll(files(rows, metrics: metrics), in: URL(fileURLWithPath: directory))
    }

    /// The reported metrics recorded in a shard's `manifest.json` (empty when absent).
    public static func recordedMetrics(directory: String) throws -> [String] {
        let path = URL(fileURLWithPath: directory).appendingPathComponent("manifest.json").path
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let metrics = object["metrics"] as? [String]
        else { throw MergeError(message: "\(path): expected an object with a \"metrics\" list of names") }
        return metrics
    }

    /// Joins shard outputs: reads each directory's `experiment.csv` and orders rows by point, keeping
    /// each shard's own order within a point, so the result equals an unsharded run.
    public static func merge(directories: [String]) throws -> ExperimentRows {
        var name = ""
        var rows: [ExperimentRows.Row] = []
        for directory in directories {
            let path = URL(fileURLWithPath: directory).appendingPathComponent("experiment.csv").path
            guard let data = FileManager.default.contents(atPath: path) else {
                throw MergeError(message: "\(path): cannot read the file (expected the output of `sharesim experiment --out`)")
            }
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
            guard lines.first.map(String.init) == header.joined(separator: ",") else {
                throw MergeError(message: "\(path): line 1: expected the header \(header.joined(separator: ","))")
            }
            for (number, line) in lines.dropFirst().enumerated() {
                let fields = CSVLine.split(String(line))
                guard fields.count == 7, let point = Int(fields[1]), let replication = Int(fields[3]),
                    let seed = UInt64(fields[4]), let value = Double(fields[6].isEmpty ? "nan" : fields[6])
                else { throw MergeError(message: "\(path): line \(number + 2): malformed row") }
                if name.isEmpty { name = fields[0] }
                guard fields[0] == name else {
                    throw MergeError(message: "\(path): rows of experiment \"\(fields[0])\" cannot merge with \"\(name)\"")
                }
                rows.append(.init(point: point, pointName: fields[2], replication: replication, seed: seed, metric: fields[5], value: value))
            }
        }
        let indexed = rows.enumerated().sorted { a, b in
            a.element.point != b.element.point ? a.element.point < b.element.point : a.offset < b.offset
        }
        return ExperimentRows(experiment: name, rows: indexed.map(\.element))
    }

    /// A merge that cannot proceed.
    public struct MergeError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}

/// Splits one RFC 4180 CSV line (quoted fields with doubled quotes).
enum CSVLine {
    static func split(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(line).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(c)
            }
        }
        fields.append(field)
        return fields
    }
}
