import Foundation
import ShareSim

/// `sharesim merge DIR… --out DIR`: joins the outputs of `experiment --shard i/n` runs.
enum MergeCommand {
    static let help = """
        USAGE: sharesim merge DIR... --out DIR [--metric NAME]...

        Joins the output directories of `sharesim experiment FILE --shard i/n --out DIR` runs into one
        set of experiment files (experiment.csv, summary.txt, report.html), identical to what an
        unsharded run writes. The order of the DIR arguments does not matter.

        Options:
          --out DIR       where to write the merged files (required)
          --metric NAME   metrics to show in the summary and report (repeatable; default: the shards' own)
          -h, --help      show this help
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, options: ["out", "metric"], switches: ["help"])
        if args.flag("help") || arguments.contains("-h") {
            print(help)
            return 0
        }
        guard !args.positionals.isEmpty else { throw UsageError(description: "merge needs at least one DIR") }
        guard let out = args.value("out") else { throw UsageError(description: "merge needs --out DIR") }
        let rows = try ExperimentOutputs.merge(directories: args.positionals)
        var metrics = args.values("metric")
        if metrics.isEmpty {
            // The shards' own list, which must agree, so the merged summary equals an unsharded run's.
            let lists = try args.positionals.map { try ExperimentOutputs.recordedMetrics(directory: $0) }
            guard lists.allSatisfy({ $0 == lists[0] }) else {
                throw UsageError(description: "the shards report different metrics; are they from one experiment?")
            }
            metrics = lists[0]
        }
        try ExperimentOutputs.write(rows, metrics: metrics, toDirectory: out)
        print(ExperimentOutputs.summaryText(rows, metrics: metrics), terminator: "")
        return 0
    }
}
