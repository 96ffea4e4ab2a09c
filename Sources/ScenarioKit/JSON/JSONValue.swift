/// A parsed JSON value that remembers where it was written, so that errors can name the line and column.
///
/// Produced by `JSONParser`; read by `ObjectReader` and `ValueReader`. Objects keep their keys in file order.
public struct JSONValue: Hashable, Sendable {
    /// What the value is.
    public enum Kind: Hashable, Sendable {
        case null
        case bool(Bool)
        /// A number, kept as its literal text.
        case number(JSONNumber)
        case string(String)
        case array([JSONValue])
        /// An object, its members in file order.
        case object(JSONObject)
    }

    /// What the value is.
    public var kind: Kind
    /// Where the value starts (its first character: `{`, `[`, `"`, a digit, `-`, `t`, `f` or `n`).
    public var position: JSONPosition

    /// A value at a position.
    public init(_ kind: Kind, at position: JSONPosition) {
        self.kind = kind
        self.position = position
    }

    /// 1-based line of the value's first character.
    public var line: Int { position.line }
    /// 1-based column (Unicode scalars) of the value's first character.
    public var column: Int { position.column }
    /// 0-based byte offset of the value's first character.
    public var offset: Int { position.offset }
}

extension JSONValue {
    /// The string, when the value is one.
    public var stringValue: String? {
        if case .string(let s) = kind { return s }
        return nil
    }

    /// The number, when the value is one.
    public var numberValue: JSONNumber? {
        if case .number(let n) = kind { return n }
        return nil
    }

    /// The Boolean, when the value is one.
    public var boolValue: Bool? {
        if case .bool(let b) = kind { return b }
        return nil
    }

    /// The elements, when the value is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = kind { return a }
        return nil
    }

    /// The object, when the value is one.
    public var objectValue: JSONObject? {
        if case .object(let o) = kind { return o }
        return nil
    }

    /// Whether the value is `null`.
    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    /// The JSON type with its article, for messages: `a string`, `an object`, `null`.
    public var typeName: String {
        switch kind {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// What was found, for error messages: the type and, for scalars, the value (long strings shortened),
    /// e.g. `a string "12"`, `the number 1.5`, `true`, `null`, `an array`.
    public var foundDescription: String {
        switch kind {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return "the number \(n.literal)"
        case .string(let s): return "a string \(JSONValue.quoted(s))"
        case .array(let a): return a.isEmpty ? "an empty array" : "an array"
        case .object(let o): return o.isEmpty ? "an empty object" : "an object"
        }
    }

    /// `s` in double quotes with JSON escapes, cut to `limit` scalars with `…` so a message stays one line.
    static func quoted(_ s: String, limit: Int = 60) -> String {
        var out = "\""
        var count = 0
        for scalar in s.unicodeScalars {
            if count == limit {
                out += "…"
                break
            }
            count += 1
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
