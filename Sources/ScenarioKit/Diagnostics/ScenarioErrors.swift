/// Every error found in a file (or a set of files read together), in file order. The CLI prints `description`
/// and exits with status 2.
public struct ScenarioErrors: Error, Hashable, Sendable, CustomStringConvertible {
    /// The errors, sorted by file, line, column and path.
    public let errors: [ScenarioError]
    /// How many more errors were found but dropped because the collector's limit was reached.
    public let omittedCount: Int

    /// Errors, sorted here so that every producer reports in the same order.
    public init(_ errors: [ScenarioError], omittedCount: Int = 0) {
        self.errors = errors.sorted(by: ScenarioError.areInIncreasingOrder)
        self.omittedCount = omittedCount
    }

    /// Whether there are none.
    public var isEmpty: Bool { errors.isEmpty && omittedCount == 0 }

    /// One line per error, then a count: `2 errors in Scenarios/x.json`.
    public var description: String {
        var lines = errors.map(\.description)
        if omittedCount > 0 { lines.append("… and \(omittedCount) more not shown") }
        let total = errors.count + omittedCount
        let files = Set(errors.map(\.file))
        var summary = total == 1 ? "1 error" : "\(total) errors"
        if files.count == 1, let file = files.first { summary += " in \(file)" }
        lines.append(summary)
        return lines.joined(separator: "\n")
    }
}
