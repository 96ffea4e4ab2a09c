import Foundation
import ShareSim

/// `sharesim compare A B [--replications N]`: two scenarios on the same seeds.
enum CompareCommand {
    static let help = """
        USAGE: sharesim compare A B [--replications N] [--jobs N] [--seed N]

        Runs scenarios A and B with the same seeds (common random numbers: replication r of each runs
        with seed + r) and prints, per metric, both means and the mean of the paired differences B - A
        with its 95% confidence interval.

        Options:
          --replications N   replications of each (default 10)
          --jobs N           threads (default: the number of cores)
          --seed N           base seed for both (default: A's seed)
          -h, --help         show this help
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, options: ["replications", "jobs", "seed"], switches: ["help"])
        if args.flag("help") || arguments.contains("-h") {
            print(help)
            return 0
        }
        guard args.positionals.count == 2 else { throw UsageError(description: "compare needs two SCENARIO files") }
        let a = try ScenarioFiles.runInput(path: args.positionals[0])
        let b = try ScenarioFiles.runInput(path: args.positionals[1])
        var options = RunOptions()
        options.replications = try args.integer("replications", in: 2...100_000, default: 10)
        options.jobs = try args.integer("jobs", in: 1...1024, default: ReplicationPool.defaultJobs)
        if let seed = args.value("seed") {
            guard let value = UInt64(seed) else { throw UsageError(description: "--seed expects an integer, found \"\(seed)\"") }
            options.seed = value
        } else {
            options.seed = a.world.seed
        }
        let comparison = try Comparison.run(a, b, options: options)
        print(comparison.text, terminator: "")
        return 0
    }
}
