/// A usage error: the tool prints it with the command's help and exits with status 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String
}

/// Hand-written argument parsing (no package dependencies): positionals, `--name value` options
/// and `--flag` switches, checked against what the command declares.
struct Arguments {
    private(set) var positionals: [String] = []
    private var values: [(name: String, value: String)] = []
    private var flags: [String] = []

    /// Parses `arguments` for a command that accepts `options` (take a value) and `switches`.
    init(_ arguments: [String], options: [String], switches: [String]) throws {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--") && argument.count > 2 {
                var name = String(argument.dropFirst(2))
                var inlineValue: String?
                if let eq = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
                if options.contains(name) {
                    if let inlineValue {
                        values.append((name, inlineValue))
                    } else {
                        guard index + 1 < arguments.count else { throw UsageError(description: "--\(name) needs a value") }
                        index += 1
                        values.append((name, arguments[index]))
                    }
                } else if switches.contains(name) && inlineValue == nil {
                    flags.append(name)
                } else {
                    let known = (options + switches).map { "--\($0)" }.sorted().joined(separator: ", ")
                    throw UsageError(
                        description: "unknown option --\(name)" + (known.isEmpty ? "" : "; expected one of \(known)"))
                }
            } else {
                positionals.append(argument)
            }
            index += 1
        }
    }

    /// The last value given for `--name`.
    func value(_ name: String) -> String? { values.last { $0.name == name }?.value }

    /// Every value given for a repeatable `--name`, in order.
    func values(_ name: String) -> [String] { values.filter { $0.name == name }.map(\.value) }

    /// Whether `--name` was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// An integer option within `range`, or `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws -> Int {
        guard let text = value(name) else { return fallback }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError(description: "--\(name) expects an integer in \(range.lowerBound)...\(range.upperBound), found \"\(text)\"")
        }
        return number
    }
}
