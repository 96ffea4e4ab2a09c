import Foundation

/// A strict RFC 8259 JSON parser over UTF-8 bytes that keeps the position of every value and key.
///
/// Strict means: no comments, no trailing commas, no `NaN`/`Infinity`, no leading zeros, no raw control
/// characters in strings, valid UTF-8 only, lone surrogate escapes rejected, duplicate keys rejected, nothing
/// after the top-level value. A leading UTF-8 byte-order mark is skipped. The parser does not recurse, so deep
/// input cannot overflow the stack; nesting beyond `maxDepth` is an error. It stops at the first error.
/// Limiting the file size is the caller's job (see `JSONParser.readFile(atPath:maxBytes:)`).
public struct JSONParser: Sendable {
    /// The default nesting limit.
    public static let defaultMaxDepth = 512

    /// The most containers (arrays and objects) that may be open at once; a top-level `[]` is depth 1.
    public var maxDepth: Int

    /// A parser that allows `maxDepth` levels of nesting.
    public init(maxDepth: Int = JSONParser.defaultMaxDepth) {
        self.maxDepth = maxDepth
    }

    /// Parses a whole document.
    public func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        let result = bytes.withUnsafeBufferPointer { buffer in
            var engine = JSONParseEngine(bytes: buffer, maxDepth: maxDepth)
            return Result(catching: { () throws(JSONSyntaxError) -> JSONValue in try engine.parseDocument() })
        }
        return try result.get()
    }

    /// Parses a whole document.
    public func parse(_ data: Data) throws(JSONSyntaxError) -> JSONValue {
        let result = data.withUnsafeBytes { raw in
            var engine = JSONParseEngine(bytes: raw.assumingMemoryBound(to: UInt8.self), maxDepth: maxDepth)
            return Result(catching: { () throws(JSONSyntaxError) -> JSONValue in try engine.parseDocument() })
        }
        return try result.get()
    }

    /// Parses a whole document given as text (tests, embedded snippets).
    public func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}
