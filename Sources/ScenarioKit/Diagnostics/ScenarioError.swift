/// One problem in a scenario or simulation file, located as precisely as the reader could.
///
/// `description` is one line in the form compilers use, so editors and terminals can jump to it:
/// `Scenarios/x.json:12:7: topology.cities[0].departments[2].shareType: unknown value "notshared"; expected one
/// of unconditional, conditional, notShared (did you mean "notShared"?)`. The path is left out at the root, and
/// the line and column when unknown. All errors of a file travel together in `ScenarioErrors`.
public struct ScenarioError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is; the CLI exits with status 2 for all of them.
    public var code: Code
    /// The file as the user named it, e.g. `Scenarios/x.json`.
    public var file: String
    /// Where in the document.
    public var path: JSONPath
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column in Unicode scalars, when known.
    public var column: Int?
    /// What is wrong, readable on its own, e.g. `unknown value "notshared"`.
    public var message: String
    /// What would have been right, e.g. `one of unconditional, conditional, notShared` or `an integer >= 0`.
    public var expected: String?
    /// What was there, e.g. `a string "12"`; kept for tools, already part of `message` where it matters.
    public var found: String?
    /// The closest valid name, for a misspelling.
    public var suggestion: String?

    /// An error.
    public init(
        code: Code, file: String, path: JSONPath = JSONPath(), line: Int? = nil, column: Int? = nil,
        message: String, expected: String? = nil, found: String? = nil, suggestion: String? = nil
    ) {
        self.code = code
        self.file = file
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.expected = expected
        self.found = found
        self.suggestion = suggestion
    }

    /// An error at a position (taken for its line and column).
    public init(
        code: Code, file: String, path: JSONPath, position: JSONPosition?, message: String,
        expected: String? = nil, found: String? = nil, suggestion: String? = nil
    ) {
        self.init(
            code: code, file: file, path: path, line: position?.line, column: position?.column, message: message,
            expected: expected, found: found, suggestion: suggestion)
    }

    /// `file:line:column: path: message; expected … (did you mean "…"?)`.
    public var description: String {
        var out = file
        if let line {
            out += ":\(line)"
            if let column { out += ":\(column)" }
        }
        out += ": "
        if !path.isRoot { out += "\(path): " }
        out += message
        if let expected { out += "; expected \(expected)" }
        if let suggestion { out += " (did you mean \(JSONValue.quoted(suggestion))?)" }
        return out
    }
}

extension ScenarioError {
    /// The order errors are shown in: by file, line, column, path, then code and message so that the order is
    /// total. Errors without a line (I/O, limits) come first.
    static func areInIncreasingOrder(_ a: ScenarioError, _ b: ScenarioError) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if (a.line ?? 0, a.column ?? 0) != (b.line ?? 0, b.column ?? 0) {
            return (a.line ?? 0, a.column ?? 0) < (b.line ?? 0, b.column ?? 0)
        }
        if a.path != b.path { return a.path < b.path }
        if a.code != b.code { return a.code.description < b.code.description }
        return a.message < b.message
    }
}
