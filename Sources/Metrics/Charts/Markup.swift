import Foundation

/// Escaping of text for HTML and SVG (which is XML), shared by the charts and the report.
public enum Markup {
    /// `text` safe inside an element or a quoted attribute: `& < > " '` become `&amp; &lt; &gt; &quot; &#39;`,
    /// and control characters that XML 1.0 forbids (all below U+0020 but tab, newline and carriage return)
    /// become U+FFFD, so the output always parses as XML.
    public static func escape(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output.append(contentsOf: "&amp;".unicodeScalars)
            case "<": output.append(contentsOf: "&lt;".unicodeScalars)
            case ">": output.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": output.append(contentsOf: "&quot;".unicodeScalars)
            case "'": output.append(contentsOf: "&#39;".unicodeScalars)
            case "\t", "\n", "\r": output.append(scalar)
            case let control where control.value < 0x20 || control.value == 0xFFFE || control.value == 0xFFFF:
                output.append("\u{FFFD}")
            default: output.append(scalar)
            }
        }
        return String(output)
    }
}
