import Foundation
import ShareSim

/// `sharesim trace FILE [--filter KINDS] [--from MS] [--to MS]`.
enum TraceCommand {
    static let help = """
        USAGE: sharesim trace FILE [--filter KIND[,KIND…]] [--from MS] [--to MS]

        Prints the observations of a trace written by `sharesim run --trace FILE` (JSON Lines),
        keeping only the given observation kinds (e.g. deltaLost,deltaRetried) and time window
        (milliseconds of virtual time since the start date).

        Options:
          --filter KINDS  comma-separated observation kinds to keep
          --from MS       keep observations at or after this time
          --to MS         keep observations at or before this time
          -h, --help      show this help
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, options: ["filter", "from", "to"], switches: ["help"])
        if args.flag("help") || arguments.contains("-h") {
            print(help)
            return 0
        }
        guard args.positionals.count == 1, let path = args.positionals.first else {
            throw UsageError(description: "trace needs exactly one FILE")
        }
        var filter = TraceFilter()
        filter.kinds = args.value("filter").map { $0.split(separator: ",").map(String.init) } ?? []
        filter.from = try args.value("from").map { text in
            guard let v = Int64(text) else { throw UsageError(description: "--from expects milliseconds, found \"\(text)\"") }
            return v
        }
        filter.to = try args.value("to").map { text in
            guard let v = Int64(text) else { throw UsageError(description: "--to expects milliseconds, found \"\(text)\"") }
            return v
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError(description: "\(path): cannot read the file")
        }
        for line in try filter.apply(to: String(decoding: data, as: UTF8.self), file: path) { print(line) }
        return 0
    }
}
