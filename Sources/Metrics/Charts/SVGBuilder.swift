import Foundation

/// Accumulates SVG markup line by line, with attributes in the order given and escaped text, so that a chart
/// renders to the same bytes every time.
struct SVGBuilder {
    private(set) var lines: [String] = []
    private var depth = 0

    /// Coordinates and sizes: two fixed decimals, enough for screens and deterministic.
    static func number(_ value: Double) -> String {
        NumberFormat.fixed(value, decimals: 2)
    }

    private static func attributes(_ attributes: KeyValuePairs<String, String>) -> String {
        attributes.map { " \($0.key)=\"\(Markup.escape($0.value))\"" }.joined()
    }

    private mutating func add(_ line: String) {
        lines.append(String(repeating: "  ", count: depth) + line)
    }

    /// `<name attributes>` and one level deeper.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        add("<\(name)\(Self.attributes(attributes))>")
        depth += 1
    }

    /// `</name>` one level up.
    mutating func close(_ name: String) {
        depth -= 1
        add("</\(name)>")
    }

    /// A self-closing element, or one with escaped text content.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil) {
        if let text {
            add("<\(name)\(Self.attributes(attributes))>\(Markup.escape(text))</\(name)>")
        } else {
            add("<\(name)\(Self.attributes(attributes))/>")
        }
    }

    /// The markup, one element per line, with a final newline.
    func render() -> String {
        lines.joined(separator: "\n") + "\n"
    }
}
