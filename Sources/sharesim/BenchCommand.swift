import Foundation
import ShareSim

/// `sharesim bench SUITE`: release-build benchmarks that print their figures and a baseline ratio.
enum BenchCommand {
    static let help = """
        USAGE: sharesim bench SUITE [--json] [--events N] [--actors N] [--in-flight N] [--seed N] [--loss P] [--changes N]
                                    [--scenario FILE] [--scale F] [--days N] [--replications N]

        Suites:
          kernel   many actors exchange messages with random delays; compared with a plain heap
                   loop doing the same schedule/pop work without actors, and two kernels on two
                   threads against one
          sync     the national world (1 + 31 + 333 platforms, about 18,000 departments with 40
                   resources each) builds and fully syncs its catalogs; wall time, events, peak RSS
          national Scenarios/national-2016.json for its simulated year (over 10 million service
                   applications): wall time, events, events/s, peak RSS, against the plain heap loop
          scaling  the same world at 1/8, 1/4, 1/2 and full size: time and memory per size, and
                   the fitted growth exponents (baseline: the smallest size)
          replications
                   8 replications of the national world (default 1/8 size, 60 days) with --jobs 1
                   and --jobs 2: the speedup, and whether the outputs are identical
          simpy    the workload of scripts/simpy_reference.py (1,000 departments, one platform
                   replying after an exponential delay) on the kernel, against the plain heap loop

        Options:
          --json        print one JSON object instead of text
          --events N    events to deliver (default 4000000)
          --actors N    number of actors (default 1000)
          --in-flight N kernel: messages in flight, so events pending in the queue (default 20 per actor)
          --seed N      random seed (default 1)
          --loss P      sync: message loss probability on every link (default 0)
          --changes N   sync: scripted changes of departments' functions (default 0)
          --scenario F  national, scaling, replications: the scenario (default Scenarios/national-2016.json)
          --scale F     national, replications: share of the world's provinces and cities
                        (default 1 and 0.125)
          --days N      national, scaling, replications: simulated days instead of the scenario's
                        (replications: default 60)
          --replications N
                        replications: how many (default 8)
          --repeat N    scaling: run every size N times, sizes taking turns, and fit the fastest
                        run of each (default 1; other guests on the machine slow single runs)
          --no-baseline national: skip the heap-loop baseline (scaling runs each size this way, in a
                        process of its own)
          -h, --help    show this help

        Build in release for meaningful figures: swift run -c release sharesim bench kernel
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(
            arguments,
            options: [
                "events", "actors", "seed", "loss", "changes", "scenario", "scale", "days", "replications", "in-flight",
                "repeat",
            ],
            switches: ["json", "help", "no-baseline"])
        if args.flag("help") || arguments.contains("-h") {
            print(help)
            return 0
        }
        guard let suite = args.positionals.first else { throw UsageError(description: "bench needs a SUITE") }
        switch suite {
        case "kernel":
            var configuration = KernelBenchmark.Configuration()
            configuration.events = UInt64(try args.integer("events", in: 1_000...1_000_000_000, default: 4_000_000))
            configuration.actors = try args.integer("actors", in: 2...10_000_000, default: 1000)
            configuration.seed = UInt64(try args.integer("seed", in: 0...Int.max, default: 1))
            configuration.inFlight = try args.integer(
                "in-flight", in: 1...100_000_000, default: max(configuration.actors * 20, 1))
            let result = KernelBenchmark.run(configuration)
            print(args.flag("json") ? result.json.render(style: .compact) : result.text)
            return 0
        case "sync":
            var configuration = SyncBenchmark.Configuration()
            configuration.template.seed = UInt64(try args.integer("seed", in: 0...Int.max, default: 1))
            configuration.template.changes = try args.integer("changes", in: 0...10_000_000, default: 0)
            if let loss = args.value("loss") {
                guard let p = Double(loss), (0...1).contains(p) else {
                    throw UsageError(description: "--loss expects a probability in 0...1, found \"\(loss)\"")
                }
                configuration.template.links = configuration.template.links.withLoss(p)
            }
            let result = SyncBenchmark.run(configuration)
            print(args.flag("json") ? result.json.render(style: .compact) : result.summary)
            return result.converged ? 0 : 1
        case "national":
            let configuration = try national(args, defaultScale: 1, defaultDays: nil)
            let result =
                args.flag("no-baseline")
                ? try NationalBenchmark.measure(configuration) : try NationalBenchmark.run(configuration)
            print(args.flag("json") ? result.json.render(style: .compact) : result.text)
            return result.expectationsPassed ? 0 : 1
        case "scaling":
            let repeats = try args.integer("repeat", in: 1...100, default: 1)
            let result = try ScalingBenchmark.run(
                try national(args, defaultScale: 1, defaultDays: nil), repeats: repeats,
                measure: measureInChildProcess)
            print(args.flag("json") ? result.json.render(style: .compact) : result.text)
            return 0
        case "replications":
            let replications = try args.integer("replications", in: 1...10_000, default: 8)
            let result = try ReplicationsBenchmark.run(
                try national(args, defaultScale: 0.125, defaultDays: 60), replications: replications)
            print(args.flag("json") ? result.json.render(style: .compact) : result.text)
            return result.identical ? 0 : 1
        case "simpy":
            var configuration = SimpyBenchmark.Configuration()
            configuration.events = UInt64(try args.integer("events", in: 1_000...1_000_000_000, default: 2_000_000))
            configuration.departments = try args.integer("actors", in: 1...10_000_000, default: 1000)
            configuration.seed = UInt64(try args.integer("seed", in: 0...Int.max, default: 1))
            let result = SimpyBenchmark.run(configuration)
            print(args.flag("json") ? result.json.render(style: .compact) : result.text)
            return 0
        default:
            throw UsageError(
                description:
                    "unknown bench suite \"\(suite)\"; expected kernel, sync, national, scaling, replications or simpy")
        }
    }

    /// Runs `sharesim bench national --json` for one size in a process of its own (its heap and peak memory
    /// start from nothing) and reads its figures. The baseline loop is skipped there: scaling compares sizes.
    private static func measureInChildProcess(_ c: NationalBenchmark.Configuration) throws -> NationalBenchmark.Result {
        var arguments = [
            "bench", "national", "--json", "--no-baseline", "--scale", "\(c.scale)", "--scenario", c.scenario,
        ]
        if let days = c.days { arguments += ["--days", "\(days)"] }
        if let seed = c.seed { arguments += ["--seed", "\(seed)"] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let result = NationalBenchmark.Result(json: object)
        else {
            throw UsageError(
                description: "bench scaling: the run at scale \(c.scale) failed (status \(process.terminationStatus))")
        }
        return result
    }

    /// The national suites' options.
    private static func national(
        _ args: Arguments, defaultScale: Double, defaultDays: Int?
    ) throws
        -> NationalBenchmark.Configuration
    {
        var c = NationalBenchmark.Configuration()
        if let scenario = args.value("scenario") { c.scenario = scenario }
        c.scale = defaultScale
        if let text = args.value("scale") {
            guard let f = Double(text), f > 0, f <= 1 else {
                throw UsageError(description: "--scale expects a share in (0, 1], found \"\(text)\"")
            }
            c.scale = f
        }
        if args.value("days") != nil {
            c.days = try args.integer("days", in: 1...36_500, default: 365)
        } else {
            c.days = defaultDays
        }
        if args.value("seed") != nil { c.seed = UInt64(try args.integer("seed", in: 0...Int.max, default: 1)) }
        return c
    }
}
