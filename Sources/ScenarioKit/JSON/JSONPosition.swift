/// Where a JSON node starts in its file.
///
/// `line` and `column` are 1-based. A column counts Unicode scalars from the start of the line (a tab is one
/// column, a Chinese character is one column), which is what most editors show for text in the Basic Multilingual
/// Plane; `offset` is the 0-based byte offset into the UTF-8 input (a skipped byte-order mark counts in `offset`
/// but not in `column`). Line breaks are `\n`, `\r\n` and a lone `\r`.
public struct JSONPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int
    /// 0-based byte offset into the UTF-8 input.
    public var offset: Int

    /// A position; callers outside the parser mostly use this for tests.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// Positions order by their place in the file.
    public static func < (a: JSONPosition, b: JSONPosition) -> Bool { a.offset < b.offset }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}
