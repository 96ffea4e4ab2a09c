/// Where a decoded value came from, kept by decoded models so that checks run after decoding (references,
/// domain rules) can still point at the right line.
public struct JSONLocation: Hashable, Sendable, CustomStringConvertible {
    /// The JSON path of the value.
    public var path: JSONPath
    /// Its position, `nil` for values that were not in the file (defaults, generated values).
    public var position: JSONPosition?

    /// A location.
    public init(path: JSONPath, position: JSONPosition?) {
        self.path = path
        self.position = position
    }

    /// `line:column: path` or just the path.
    public var description: String {
        position.map { "\($0): \(path)" } ?? path.description
    }
}
