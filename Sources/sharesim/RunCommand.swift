import Foundation
import ShareSim

/// `sharesim run SCENARIO [--seed N] [--replications N] [--jobs N] [--out DIR] [--trace FILE]`.
enum RunCommand {
    static let help = """
        USAGE: sharesim run SCENARIO [--seed N] [--replications N] [--jobs N] [--out DIR] [--trace FILE]
                            [--resume]

        Validates SCENARIO, runs it, prints the summary and, with --out, writes summary.txt,
        metrics.json, metrics.csv, timeseries.csv, report.html and manifest.json to DIR (atomically:
        all files or none). The same scenario and seed give the same bytes for any --jobs.
        Ctrl-C stops the run: with --out, finished replications are kept in DIR/.sharesim-work and
        --resume finishes the others, giving the same files as an uninterrupted run.

        Options:
          --seed N           override the scenario's seed (replication r runs with seed + r)
          --replications N   independent replications (default 1); reports mean, sd and 95% CI
          --jobs N           threads for replications (default: the number of cores)
          --out DIR          write the output files to DIR
          --trace FILE       write every observation of replication 0 to FILE as JSON Lines
          --resume           reuse the replications an interrupted run with the same --out finished
          -h, --help         show this help

        Exit status: 0 success, 1 an `expect` check failed, 2 bad input or usage, 130 interrupted.
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(
            arguments, options: ["seed", "replications", "jobs", "out", "trace"], switches: ["help", "resume"])
        if args.flag("help") || arguments.contains("-h") {
            print(help)
            return 0
        }
        guard args.positionals.count == 1, let path = args.positionals.first else {
            throw UsageError(description: "run needs exactly one SCENARIO file")
        }
        var options = RunOptions()
        if let seed = args.value("seed") {
            guard let value = UInt64(seed) else {
                throw UsageError(description: "--seed expects a non-negative integer, found \"\(seed)\"")
            }
            options.seed = value
        }
        options.replications = try args.integer("replications", in: 1...100_000, default: 1)
        options.jobs = try args.integer("jobs", in: 1...1024, default: ReplicationPool.defaultJobs)
        options.trace = args.value("trace") != nil

        let input = try ScenarioFiles.runInput(path: path)
        // Issue 12: replications run side by side must fit in memory together; fewer threads, same output.
        let each = input.sizeEstimate.bytes
        let fitting = RunInput.jobs(min(options.jobs, options.replications), bytesEach: each)
        if fitting < min(options.jobs, options.replications) {
            FileHandle.standardError.write(
                Data("sharesim: running \(fitting) replication(s) at a time: each needs \(input.sizeEstimate)\n".utf8))
            options.jobs = fitting
        }
        let progress = ProgressBar(total: options.replications)
        if progress.enabled {
            options.progress = { @Sendable update in progress.update(update) }
        }
        let out = args.value("out")
        if args.flag("resume") && out == nil { throw UsageError(description: "--resume needs --out DIR") }
        let checkpoint = try out.map { directory in
            try RunCheckpoint(
                outputDirectory: directory,
                fingerprint: RunCheckpoint.fingerprint(
                    run: input, seed: options.seed ?? input.world.seed, trace: options.trace),
                resume: args.flag("resume"))
        }
        let interrupts = Interrupts()
        let result: RunResult
        do {
            result = try SimulationRun.run(input, options: options, checkpoint: checkpoint, stop: interrupts.stop)
        } catch let interrupted as RunInterrupted {
            progress.finish()
            FileHandle.standardError.write(Data("sharesim: \(interrupted)\n".utf8))
            return Interrupts.exitStatus
        }
        progress.finish()

        if let out { try RunOutputs.write(result, toDirectory: out) }
        if let tracePath = args.value("trace") { try RunOutputs.writeTrace(result, toFile: tracePath) }
        checkpoint?.remove()
        print(RunOutputs.summaryText(result), terminator: "")
        let failed = result.expectations.filter { !$0.passed }
        for failure in failed {
            let observed = failure.observed.map { String($0) } ?? "no such metric"
            FileHandle.standardError.write(
                Data("expectation failed: \(failure.description) (observed \(observed))\n".utf8))
        }
        return failed.isEmpty ? 0 : 1
    }
}
