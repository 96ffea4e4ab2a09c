/// Collects the errors of one file while it is read, so that all of them are reported at once.
///
/// One collector per file per decoding pass; readers hold it by reference. It is not `Sendable`: decoding of a
/// file happens on one thread. Identical errors are kept once. After `maxErrors` further errors are only
/// counted, so a huge broken file cannot produce millions of lines.
public final class DiagnosticsCollector {
    /// The file the errors are about, as the user named it.
    public let file: String
    /// The most errors kept.
    public let maxErrors: Int
    /// The errors so far, in the order reported (`errors` in `result` are sorted).
    public private(set) var errors: [ScenarioError] = []
    /// Errors found beyond `maxErrors`.
    public private(set) var omittedCount = 0
    private var seen: Set<ScenarioError> = []

    /// A collector for `file`.
    public init(file: String, maxErrors: Int = 1000) {
        self.file = file
        self.maxErrors = maxErrors
    }

    /// Whether no error has been reported.
    public var isEmpty: Bool { errors.isEmpty && omittedCount == 0 }

    /// How many errors have been reported.
    public var count: Int { errors.count + omittedCount }

    /// Records an error.
    public func report(_ error: ScenarioError) {
        guard seen.insert(error).inserted else { return }
        if errors.count < maxErrors {
            errors.append(error)
        } else {
            omittedCount += 1
        }
    }

    /// Records an error in this collector's file.
    public func report(
        _ code: ScenarioError.Code, at path: JSONPath, position: JSONPosition?, message: String,
        expected: String? = nil, found: String? = nil, suggestion: String? = nil
    ) {
        report(
            ScenarioError(
                code: code, file: file, path: path, position: position, message: message, expected: expected,
                found: found, suggestion: suggestion))
    }

    /// Records an error at a location kept from decoding (for checks that run after it).
    public func report(
        _ code: ScenarioError.Code, at location: JSONLocation, message: String, expected: String? = nil,
        found: String? = nil, suggestion: String? = nil
    ) {
        report(
            code, at: location.path, position: location.position, message: message, expected: expected,
            found: found, suggestion: suggestion)
    }

    /// Records a parser error.
    public func report(_ error: JSONSyntaxError) {
        report(ScenarioError(error, file: file))
    }

    /// All errors, sorted.
    public var result: ScenarioErrors { ScenarioErrors(errors, omittedCount: omittedCount) }

    /// Throws all errors, sorted, when there are any.
    public func check() throws(ScenarioErrors) {
        if !isEmpty { throw result }
    }
}

extension ScenarioError {
    /// The error for a file that is not valid JSON: `invalidJSON`, or `limitExceeded` for too deep nesting.
    public init(_ error: JSONSyntaxError, file: String) {
        self.init(
            code: error.kind == .nestingTooDeep ? .limitExceeded : .invalidJSON, file: file, path: error.path,
            position: error.position, message: "invalid JSON: " + error.message, expected: nil, found: error.found,
            suggestion: error.suggestion)
    }
}
