import Foundation
import ShareSim

/// `sharesim bench SUITE`: release-build benchmarks that print their figures and a baseline ratio.
enum BenchCommand {
    static let help = """
        USAGE: sharesim bench SUITE [--json] [--events N] [--actors N] [--seed N] [--loss P] [--changes N]

        Suites:
          kernel   many actors exchange messages with random delays; compared with a plain heap
                   loop doing the same schedule/pop work without actors, and two kernels on two
                   threads against one
          sync     the national world (1 + 31 + 333 platforms, about 18,000 departments with 40
                   resources each) builds and fully syncs its catalogs; wall time, events, peak RSS

        Options:
          --json        print one JSON object instead of text
          --events N    events to deliver (default 4000000)
          --actors N    number of actors (default 1000)
          --seed N      random seed (default 1)
          --loss P      sync: message loss probability on every link (default 0)
          --changes N   sync: scripted changes of departments' functions (default 0)
          -h, --help    show this help

        Build in release for meaningful figures: swift run -c release sharesim bench kernel
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(
            arguments, options: ["events", "actors", "seed", "loss", "changes"], switches: ["json", "help"])
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
            configuration.inFlight = max(configuration.actors * 20, 1)
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
        default:
            throw UsageError(description: "unknown bench suite \"\(suite)\"; expected kernel or sync")
        }
    }
}
