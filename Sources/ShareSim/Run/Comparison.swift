import Metrics
import SharingModel

/// Two scenarios run on the same seeds; per metric the paired difference B − A with its 95% interval
/// (common random numbers make the paired interval much tighter than two independent ones).
public struct Comparison: Sendable {
    public struct Row: Sendable {
        public var metric: String
        public var meanA: Double
        public var meanB: Double
        public var difference: SampleSummary
    }

    public var a: RunResult
    public var b: RunResult
    public var rows: [Row]

    /// Runs both with `options` (its seed applies to both).
    public static func run(_ a: RunInput, _ b: RunInput, options: RunOptions) throws(WorldError) -> Comparison {
        let ra = try SimulationRun.run(a, options: options)
        let rb = try SimulationRun.run(b, options: options)
        let rows = ra.summaries.compactMap { ma -> Row? in
            guard let mb = rb.summaries.first(where: { $0.name == ma.name }) else { return nil }
            let diffs = zip(ma.values, mb.values).map { $1 - $0 }
            return Row(
                metric: ma.name, meanA: ma.summary.mean, meanB: mb.summary.mean, difference: SampleSummary(diffs))
        }
        return Comparison(a: ra, b: rb, rows: rows)
    }

    /// The comparison table.
    public var text: String {
        var lines = [
            "A: \(a.input.file)", "B: \(b.input.file)",
            "seed \(a.baseSeed), \(a.replications.count) paired replications", "",
            RunOutputs.pad("metric", 46) + "  " + RunOutputs.pad("A", 10) + "  " + RunOutputs.pad("B", 10)
                + "  B - A (95% CI)",
        ]
        for row in rows {
            lines.append(
                RunOutputs.pad(row.metric, 46) + "  " + RunOutputs.pad(RunOutputs.format(row.meanA), 10) + "  "
                    + RunOutputs.pad(RunOutputs.format(row.meanB), 10) + "  " + RunOutputs.format(row.difference.mean)
                    + " [\(RunOutputs.format(row.difference.ciLow)), \(RunOutputs.format(row.difference.ciHigh))]")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
