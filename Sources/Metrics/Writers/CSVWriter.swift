import Foundation

/// One field of a CSV row.
public enum CSVValue: Sendable, Equatable {
    /// Text, quoted when needed.
    case string(String)
    /// A number in `NumberFormat.canonical` form: NaN is the empty field, ±infinity `Inf`/`-Inf`.
    case number(Double)
    /// An integer, in decimal.
    case int(Int)
    /// The empty field (NA in R, NaN in pandas).
    case missing

    /// The field's text before quoting.
    public var text: String {
        switch self {
        case .string(let value): value
        case .number(let value): NumberFormat.canonical(value)
        case .int(let value): String(value)
        case .missing: ""
        }
    }
}

extension CSVValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    /// A `.string` field.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An `.int` field.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A `.number` field.
    public init(floatLiteral value: Double) { self = .number(value) }
}

/// A CSV table: a header and rows, rendered per RFC 4180 but with `\n` line endings (what R's `read.csv`,
/// pandas and Unix tools expect and what diffs cleanly), UTF-8, no byte-order mark, a newline after every row.
///
/// A field is quoted only when it has to be: when it contains a comma, a double quote, `\n` or `\r`; quotes
/// inside are doubled. Rows keep the order they were appended in.
public struct CSVWriter: Sendable, Equatable {
    /// The column names.
    public let header: [String]
    /// The rows so far, each with `header.count` fields.
    public private(set) var rows: [[CSVValue]] = []

    /// An empty table with these columns.
    public init(header: [String]) {
        precondition(!header.isEmpty, "CSVWriter needs at least one column")
        self.header = header
    }

    /// Appends a row; it must have one field per column.
    public mutating func append(_ row: [CSVValue]) {
        precondition(row.count == header.count, "CSV row has \(row.count) fields, header has \(header.count)")
        rows.append(row)
    }

    /// The whole table as text.
    public func render() -> String {
        var output = Self.line(header.map(CSVValue.string))
        for row in rows {
            output += Self.line(row)
        }
        return output
    }

    /// One rendered row, with its trailing `\n`.
    public static func line(_ fields: [CSVValue]) -> String {
        fields.map { quote($0.text) }.joined(separator: ",") + "\n"
    }

    /// `field` quoted per RFC 4180 if it contains a comma, a double quote or a line break; unchanged otherwise.
    public static func quote(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return field }
        // Work on scalars, not Characters: a quote followed by a combining mark is one Character.
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in field.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }
}
