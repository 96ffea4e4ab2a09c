import Foundation
import ShareSim

/// `sharesim experiment FILE [--jobs N] [--shard i/n] [--out DIR]`.
enum ExperimentCommand {
    static let help = """
        USAGE: sharesim experiment FILE [--jobs N] [--shard i/n] [--replications N] [--out DIR] [--resume]

        Runs an experiment (Simulations/*.json): every point of its `vary` grid and `variants`, each
        with the experiment's replications, and prints mean and 95% CI per point and metric. With
        --out writes experiment.csv (tidy), summary.txt and report.html (comparison charts).
        --shard i/n runs only points whose index modulo n is i-1; `sharesim merge` joins the shards'
        output directories into exactly the files of an unsharded run. Ctrl-C stops it: with --out,
        finished runs are kept in DIR/.sharesim-work and --resume finishes the others, giving the same
        files as an uninterrupted run.

        Options:
          --jobs N           threads (default: the number of cores); never changes the output
          --shard i/n        run one slice of the points (for array jobs on a cluster)
          --replications N   override the experiment's replications (e.g. a quick look)
          --out DIR          write the output files to DIR
          --resume           reuse the runs an interrupted experiment with the same --out finished
          -h, --help         show this help

        Exit status: 0 success, 2 bad input or usage, 130 interrupted.
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(
            arguments, options: ["jobs", "shard", "out", "replications"], switches: ["help", "resume"])
        if args.flag("help") || arguments.contains("-h") {
            print(help)
            return 0
        }
        guard args.positionals.count == 1, let path = args.positionals.first else {
            throw UsageError(description: "experiment needs exactly one FILE")
        }
        var shard: ExperimentRun.Shard?
        if let text = args.value("shard") {
            guard let parsed = ExperimentRun.Shard(text) else {
                throw UsageError(description: "--shard expects i/n with 1 <= i <= n, found \"\(text)\"")
            }
            shard = parsed
        }
        let plan = try ScenarioFiles.experimentPlan(path: path)
        let replications = try args.integer("replications", in: 1...100_000, default: plan.replications)
        var jobs = try args.integer("jobs", in: 1...1024, default: ReplicationPool.defaultJobs)
        // Issue 12: runs side by side must fit in memory together; fewer threads, same output.
        if let largest = plan.points.map(\.input.sizeEstimate).max(by: { $0.bytes < $1.bytes }) {
            let fitting = RunInput.jobs(jobs, bytesEach: largest.bytes)
            if fitting < jobs {
                FileHandle.standardError.write(
                    Data("sharesim: running \(fitting) run(s) at a time: the largest needs \(largest)\n".utf8))
                jobs = fitting
            }
        }
        let out = args.value("out")
        if args.flag("resume") && out == nil { throw UsageError(description: "--resume needs --out DIR") }
        let checkpoint = try out.map { directory in
            try RunCheckpoint(
                outputDirectory: directory,
                fingerprint: RunCheckpoint.fingerprint(experiment: plan.name, points: plan.points, shard: shard),
                resume: args.flag("resume"))
        }
        let interrupts = Interrupts()
        let rows: ExperimentRows
        do {
            rows = try ExperimentRun.run(
                experiment: plan.name, points: plan.points, replications: replications, jobs: jobs, shard: shard,
                checkpoint: checkpoint, stop: interrupts.stop)
        } catch let interrupted as RunInterrupted {
            FileHandle.standardError.write(Data("sharesim: \(interrupted)\n".utf8))
            return Interrupts.exitStatus
        }
        if let out { try ExperimentOutputs.write(rows, metrics: plan.metrics, toDirectory: out) }
        checkpoint?.remove()
        print(ExperimentOutputs.summaryText(rows, metrics: plan.metrics), terminator: "")
        return 0
    }
}
