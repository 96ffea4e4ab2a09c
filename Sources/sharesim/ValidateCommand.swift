import Foundation
import ShareSim

/// `sharesim validate FILE…`: checks scenario and experiment files without running them.
enum ValidateCommand {
    static let help = """
        USAGE: sharesim validate FILE...

        Checks each scenario (Scenarios/*.json) or experiment (Simulations/*.json) file and prints
        every error of each file: the file, line and column, the JSON path, what was found and
        what was expected, with the closest valid name for a misspelled key or value.
        A file whose top level has an "experiment" key is read as an experiment.

        Exit status: 0 all files valid, 2 any file invalid.

        Options:
          -h, --help   show this help
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, options: [], switches: ["help"])
        if args.flag("help") || arguments.contains("-h") {
            print(help)
            return 0
        }
        guard !args.positionals.isEmpty else { throw UsageError(description: "validate needs at least one FILE") }
        var failed = false
        for path in args.positionals {
            do {
                let kind = try ScenarioFiles.validate(path: path)
                print("\(path): valid \(kind)")
            } catch {
                failed = true
                FileHandle.standardError.write(Data("\(error)\n".utf8))
            }
        }
        return failed ? 2 : 0
    }
}
