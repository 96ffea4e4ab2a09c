import Foundation
import ShareSim

/// The `sharesim` tool: parses arguments and prints; everything it does lives in `ShareSim`
/// (STYLE.md example 5). Exit codes: 0 success, 1 an expectation failed, 2 bad input or usage.
let topLevelHelp = """
    ShareSim \(ShareSimVersion.current): a deterministic simulator of government information-resource sharing.

    USAGE: sharesim COMMAND [options]

    Commands:
      run SCENARIO        run a scenario and write its outputs
      validate FILE...    check scenario and experiment files
      experiment FILE     run an experiment (grid, variants, replications; --shard i/n)
      merge DIR...        join the outputs of sharded experiment runs
      compare A B         two scenarios on the same seeds: paired differences
      trace FILE          filter the observations of a trace file
      rules               list every rule id, its text and where it is implemented
      bench SUITE         run a benchmark (kernel, sync)
      --version           print the version
      -h, --help          show this help

    Run `sharesim COMMAND --help` for a command's options.
    """

func main() -> Int32 {
    var arguments = Array(CommandLine.arguments.dropFirst())
    guard !arguments.isEmpty else {
        FileHandle.standardError.write(Data((topLevelHelp + "\n").utf8))
        return 2
    }
    let command = arguments.removeFirst()
    do {
        switch command {
        case "--version", "version":
            print("sharesim \(ShareSimVersion.current)")
            return 0
        case "-h", "--help", "help":
            print(topLevelHelp)
            return 0
        case "run":
            return try RunCommand.run(arguments)
        case "validate":
            return try ValidateCommand.run(arguments)
        case "bench":
            return try BenchCommand.run(arguments)
        case "experiment":
            return try ExperimentCommand.run(arguments)
        case "compare":
            return try CompareCommand.run(arguments)
        case "merge":
            return try MergeCommand.run(arguments)
        case "trace":
            return try TraceCommand.run(arguments)
        case "rules":
            return try RulesCommand.run(arguments)
        default:
            throw UsageError(description: "unknown command \"\(command)\"; run sharesim --help")
        }
    } catch let error as UsageError {
        FileHandle.standardError.write(Data("sharesim: \(error)\n".utf8))
        return 2
    } catch {
        // Bad input of any kind (scenario errors, unreadable files): say what and where, exit 2.
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        return 2
    }
}

exit(main())
