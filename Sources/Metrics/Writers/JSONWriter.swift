import Foundation

/// A tiny deterministic JSON emitter for `JSONNode`.
///
/// Output: keys in the order given; strings escaped per RFC 8259 (`\"`, `\\`, `\b \f \n \r \t`, other control
/// characters as `\u00XX` in lowercase hex; everything else, Chinese included, as UTF-8 as is; `/` is not
/// escaped); numbers via `NumberFormat.json` (NaN and ±infinity become `null`); empty containers as `{}` and
/// `[]`. Pretty style indents by two spaces and puts `": "` after keys; compact style has no whitespace.
public enum JSONWriter {
    /// Layout of rendered JSON.
    public enum Style: Sendable {
        /// Two-space indentation, one member or element per line.
        case pretty
        /// One line, no whitespace (for JSON Lines).
        case compact
    }

    /// The JSON text of `node`, without a trailing newline.
    public static func render(_ node: JSONNode, style: Style = .pretty) -> String {
        var output = ""
        write(node, style: style, depth: 0, to: &output)
        return output
    }

    /// The contents of a JSON file: the pretty rendering followed by one newline.
    public static func document(_ node: JSONNode) -> String {
        render(node, style: .pretty) + "\n"
    }

    /// `string` as a JSON string literal, quotes included.
    public static func quoted(_ string: String) -> String {
        var output = ""
        appendQuoted(string, to: &output)
        return output
    }

    private static func write(_ node: JSONNode, style: Style, depth: Int, to output: inout String) {
        switch node {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .number(let value): output += NumberFormat.json(value)
        case .string(let value): appendQuoted(value, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output += "[]"
                return
            }
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                newline(style: style, depth: depth + 1, to: &output)
                write(element, style: style, depth: depth + 1, to: &output)
            }
            newline(style: style, depth: depth, to: &output)
            output += "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                newline(style: style, depth: depth + 1, to: &output)
                appendQuoted(key, to: &output)
                output += style == .pretty ? ": " : ":"
                write(value, style: style, depth: depth + 1, to: &output)
            }
            newline(style: style, depth: depth, to: &output)
            output += "}"
        }
    }

    private static func newline(style: Style, depth: Int, to output: inout String) {
        guard style == .pretty else { return }
        output += "\n"
        output += String(repeating: "  ", count: depth)
    }

    private static func appendQuoted(_ string: String, to output: inout String) {
        var scalars = String.UnicodeScalarView()
        scalars.append("\"")
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": scalars.append(contentsOf: "\\\"".unicodeScalars)
            case "\\": scalars.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": scalars.append(contentsOf: "\\n".unicodeScalars)
            case "\r": scalars.append(contentsOf: "\\r".unicodeScalars)
            case "\t": scalars.append(contentsOf: "\\t".unicodeScalars)
            case "\u{08}": scalars.append(contentsOf: "\\b".unicodeScalars)
            case "\u{0C}": scalars.append(contentsOf: "\\f".unicodeScalars)
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                scalars.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            default: scalars.append(scalar)
            }
        }
        scalars.append("\"")
        output += String(scalars)
    }
}
