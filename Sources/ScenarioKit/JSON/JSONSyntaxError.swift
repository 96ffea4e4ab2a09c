/// Why `JSONParser` rejected its input. The parser stops at the first such error: after a syntax error nothing
/// later in the file can be trusted.
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public enum Kind: Hashable, Sendable {
        /// Not RFC 8259 JSON (includes bad UTF-8, bad escapes, bad numbers).
        case syntax
        /// An object repeats a key.
        case duplicateKey
        /// Containers nest deeper than the parser's `maxDepth`.
        case nestingTooDeep
    }

    /// The kind of failure.
    public var kind: Kind
    /// What is wrong, without the position, e.g. `expected ',' or '}' after object member, found 'x'`.
    public var message: String
    /// Where it went wrong: line, column (Unicode scalars) and byte offset.
    public var position: JSONPosition
    /// The value being read when it went wrong (the containers open at that point).
    public var path: JSONPath
    /// What the parser expected, e.g. `',' or '}'`; `nil` when the message says it all.
    public var expected: String?
    /// What it found instead, e.g. `'x'` or `end of input`.
    public var found: String?
    /// A hint, e.g. `true` for `True`.
    public var suggestion: String?

    /// An error.
    public init(
        kind: Kind, message: String, position: JSONPosition, path: JSONPath = JSONPath(),
        expected: String? = nil, found: String? = nil, suggestion: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.position = position
        self.path = path
        self.expected = expected
        self.found = found
        self.suggestion = suggestion
    }

    /// `invalid JSON at line L, column C: <message>`.
    public var description: String {
        "invalid JSON at line \(position.line), column \(position.column): \(message)"
    }
}
