import Foundation

/// A JSON value whose object keys keep the order they were given in, so rendered JSON is the same bytes
/// every time (a `Dictionary` would not be: Swift seeds its hashing per process).
///
/// Build it with literals; a dictionary literal keeps its order:
/// `let node: JSONNode = ["metric": "grants", "value": 3.5, "tags": ["a", "b"], "note": nil]`.
/// Duplicate keys are rendered as given; callers keep keys unique.
public enum JSONNode: Sendable, Equatable {
    /// An object, members in the given order.
    case object([(String, JSONNode)])
    /// An array.
    case array([JSONNode])
    /// A string.
    case string(String)
    /// A number in `NumberFormat` canonical form; NaN and ±infinity render as `null`.
    case number(Double)
    /// An integer.
    case int(Int)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// Equality of structure and order (object members compare pairwise, in order); NaN numbers are equal
    /// to each other, since they render alike (`null`).
    public static func == (lhs: JSONNode, rhs: JSONNode) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case (.array(let a), .array(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.number(let a), .number(let b)): a == b || (a.isNaN && b.isNaN)
        case (.int(let a), .int(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        default: false
        }
    }
}

extension JSONNode: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// A `.string`.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An `.int`.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A `.number`.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// A `.bool`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// `.null`.
    public init(nilLiteral: ()) { self = .null }
    /// An `.array`.
    public init(arrayLiteral elements: JSONNode...) { self = .array(elements) }
    /// An `.object`, members in literal order.
    public init(dictionaryLiteral elements: (String, JSONNode)...) { self = .object(elements) }
}

extension JSONNode {
    /// A `.number` that is `.null` when `value` is nil.
    public static func number(_ value: Double?) -> JSONNode {
        value.map { .number($0) } ?? .null
    }

    /// The JSON text: pretty (2-space indentation, `"key": value`) by default, or compact on one line for
    /// JSON Lines. No trailing newline; see `JSONWriter.document(_:)` for a file's contents.
    public func render(style: JSONWriter.Style = .pretty) -> String {
        JSONWriter.render(self, style: style)
    }
}
