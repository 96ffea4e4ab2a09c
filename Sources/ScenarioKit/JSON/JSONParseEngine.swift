/// The state machine behind `JSONParser`: one pass over the bytes, an explicit stack instead of recursion.
///
/// Values of open containers wait on one shared `values` stack (and keys on `keys`); closing a container moves
/// its slice into a new array or object. Columns are counted incrementally from a cache, so positions cost
/// amortized O(1) even on a 10 MB single-line file.
struct JSONParseEngine {
    private struct Frame {
        var isObject: Bool
        var position: JSONPosition
        /// Where this container's values start on `values`.
        var valueStart: Int
        /// Where this object's keys start on `keys`.
        var keyStart: Int
        /// Key → member index, once an object grows past `JSONObject.indexThreshold`.
        var keyIndex: [String: Int]?
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let maxDepth: Int
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var columnCacheOffset = 0
    private var columnCacheColumn = 1
    private var frames: [Frame] = []
    private var values: [JSONValue] = []
    private var keys: [(key: String, position: JSONPosition)] = []

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    // MARK: Document

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        let n = bytes.count
        if n >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            throw error("the input is UTF-16; save the file as UTF-8", at: 0, inValue: true)
        }
        if n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            i = 3
            lineStart = 3
            columnCacheOffset = 3
        }
        while true {
            var value = try parseValueStart()
            // Attach the finished value to its container; close containers as long as their end follows.
            while true {
                guard frames.count > 0 else {
                    skipWhitespace()
                    if i < n {
                        throw error(
                            "expected end of input after the JSON value, found \(found(at: i))", at: i, inValue: false,
                            expected: "end of input", found: found(at: i))
                    }
                    return value
                }
                values.append(value)
                skipWhitespace()
                let isObject = frames[frames.count - 1].isObject
                if i < n && bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    if isObject { try parseKey(afterComma: true) }
                    break
                }
                if i < n && bytes[i] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    i += 1
                    value = closeContainer()
                    continue
                }
                let what = isObject ? "',' or '}' after object member" : "',' or ']' after array element"
                var hint = ""
                if i >= n {
                    hint = isObject ? " (the object is not closed)" : " (the array is not closed)"
                } else if [UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "[")].contains(bytes[i]) {
                    hint = " (missing ',' before it?)"
                } else {
                    hint = commonHint(at: i)
                }
                throw error(
                    "expected \(what), found \(found(at: i))\(hint)", at: i, inValue: false,
                    expected: isObject ? "',' or '}'" : "',' or ']'", found: found(at: i))
            }
        }
    }

    /// Parses a scalar, or opens a container and (for a non-empty one) positions on its first value.
    /// Returns the finished value: a scalar or an empty container.
    private mutating func parseValueStart() throws(JSONSyntaxError) -> JSONValue {
        let n = bytes.count
        while true {
            skipWhitespace()
            guard i < n else {
                throw error(
                    "expected a JSON value, found end of input", at: i, inValue: true, expected: "a JSON value",
                    found: "end of input")
            }
            let position = self.position(at: i)
            switch bytes[i] {
            case UInt8(ascii: "{"):
                try checkDepth()
                i += 1
                skipWhitespace()
                if i < n && bytes[i] == UInt8(ascii: "}") {
                    i += 1
                    return JSONValue(.object(JSONObject(members: [], index: nil)), at: position)
                }
                frames.append(
                    Frame(isObject: true, position: position, valueStart: values.count, keyStart: keys.count))
                try parseKey(afterComma: false)
            case UInt8(ascii: "["):
                try checkDepth()
                i += 1
                skipWhitespace()
                if i < n && bytes[i] == UInt8(ascii: "]") {
                    i += 1
                    return JSONValue(.array([]), at: position)
                }
                frames.append(
                    Frame(isObject: false, position: position, valueStart: values.count, keyStart: keys.count))
            case UInt8(ascii: "\""):
                return JSONValue(.string(try parseString(inValue: true)), at: position)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return JSONValue(.number(try parseNumber()), at: position)
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                for (word, kind) in [("true", JSONValue.Kind.bool(true)), ("false", .bool(false)), ("null", .null)]
                where matches(word) {
                    i += word.utf8.count
                    return JSONValue(kind, at: position)
                }
                throw unexpectedInValue()
            default:
                throw unexpectedInValue()
            }
        }
    }

    private func matches(_ word: String) -> Bool {
        var k = i
        for b in word.utf8 {
            guard k < bytes.count, bytes[k] == b else { return false }
            k += 1
        }
        return true
    }

    private mutating func checkDepth() throws(JSONSyntaxError) {
        if frames.count >= maxDepth {
            var e = error("nesting is deeper than \(maxDepth) levels", at: i, inValue: true)
            e.kind = .nestingTooDeep
            e.expected = "at most \(maxDepth) nested arrays and objects"
            throw e
        }
    }

    /// The error for a character that cannot start a value, with a hint for the usual mistakes.
    private mutating func unexpectedInValue() -> JSONSyntaxError {
        let what = found(at: i)
        let b = bytes[i]
        var hint = ""
        var suggestion: String?
        let afterComma = lastSignificantByte() == UInt8(ascii: ",")
        if (b == UInt8(ascii: "]") || b == UInt8(ascii: "}")) && afterComma {
            hint = " (JSON does not allow a trailing comma)"
        } else if !commonHint(at: i).isEmpty {
            hint = commonHint(at: i)
        } else if b == UInt8(ascii: "+") || b == UInt8(ascii: ".") {
            hint = " (a JSON number starts with '-' or a digit)"
        } else if let word = word(at: i) {
            if ["NaN", "Infinity", "-Infinity"].contains(word) {
                hint = " (JSON has no NaN or Infinity)"
            } else if let s = Suggestions.closest(to: word, among: ["true", "false", "null"]) {
                suggestion = s
            }
        }
        return error(
            "expected a JSON value, found \(what)\(hint)", at: i, inValue: true, expected: "a JSON value",
            found: what, suggestion: suggestion)
    }

    /// A hint for mistakes that can happen anywhere: comments, single quotes, a full-width comma or colon.
    private func commonHint(at offset: Int) -> String {
        guard offset < bytes.count else { return "" }
        switch bytes[offset] {
        case UInt8(ascii: "/"), UInt8(ascii: "#"): return " (JSON does not allow comments)"
        case UInt8(ascii: "'"): return " (JSON strings use double quotes)"
        default:
            // Chinese input methods produce full-width punctuation that looks like JSON's.
            guard let (scalar, _) = decodeScalar(at: offset) else { return "" }
            switch scalar {
            case "\u{FF0C}": return " (a full-width comma; JSON needs ',')"
            case "\u{FF1A}": return " (a full-width colon; JSON needs ':')"
            case "\u{201C}", "\u{201D}": return " (curly quotes; JSON needs '\"')"
            default: return ""
            }
        }
    }

    /// The last non-whitespace byte before `i`.
    private func lastSignificantByte() -> UInt8? {
        var k = i - 1
        while k >= 0 {
            let b = bytes[k]
            if b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return b }
            k -= 1
        }
        return nil
    }

    /// Reads `"key"` and `:` of an object member; the value follows.
    private mutating func parseKey(afterComma: Bool) throws(JSONSyntaxError) {
        skipWhitespace()
        let n = bytes.count
        guard i < n, bytes[i] == UInt8(ascii: "\"") else {
            let what = found(at: i)
            var hint = ""
            if afterComma && i < n && bytes[i] == UInt8(ascii: "}") {
                hint = " (JSON does not allow a trailing comma)"
            } else if !commonHint(at: i).isEmpty {
                hint = commonHint(at: i)
            } else if word(at: i) != nil {
                hint = " (keys must be in double quotes)"
            }
            throw error(
                "expected a string key in double quotes, found \(what)\(hint)", at: i, inValue: false,
                expected: "a string key", found: what)
        }
        let keyPosition = position(at: i)
        let key = try parseString(inValue: false)
        try checkDuplicate(key, at: keyPosition)
        keys.append((key, keyPosition))
        skipWhitespace()
        guard i < n, bytes[i] == UInt8(ascii: ":") else {
            throw error(
                "expected ':' after object key \(JSONValue.quoted(key)), found \(found(at: i))", at: i,
                inValue: false, expected: "':'", found: found(at: i))
        }
        i += 1
    }

    private mutating func checkDuplicate(_ key: String, at keyPosition: JSONPosition) throws(JSONSyntaxError) {
        let f = frames.count - 1
        let keyStart = frames[f].keyStart
        let count = keys.count - keyStart
        var first: Int?
        if frames[f].keyIndex != nil {
            first = frames[f].keyIndex![key]
        } else {
            for k in keyStart..<keys.count where keys[k].key == key {
                first = k - keyStart
                break
            }
        }
        if let first {
            let earlier = keys[keyStart + first].position
            var e = error(
                "duplicate key \(JSONValue.quoted(key)) (first at line \(earlier.line), column \(earlier.column))",
                at: keyPosition.offset, inValue: false)
            e.kind = .duplicateKey
            e.path = e.path.appending(key: key)
            throw e
        }
        if frames[f].keyIndex != nil {
            frames[f].keyIndex![key] = count
        } else if count + 1 > JSONObject.indexThreshold {
            var index: [String: Int] = [:]
            index.reserveCapacity(2 * (count + 1))
            for k in keyStart..<keys.count { index[keys[k].key] = k - keyStart }
            index[key] = count
            frames[f].keyIndex = index
        }
    }

    /// Pops the innermost container; its values (and keys) become a new array or object.
    private mutating func closeContainer() -> JSONValue {
        let frame = frames.removeLast()
        let kind: JSONValue.Kind
        if frame.isObject {
            var members: [JSONObject.Member] = []
            members.reserveCapacity(values.count - frame.valueStart)
            for k in 0..<(values.count - frame.valueStart) {
                let key = keys[frame.keyStart + k]
                members.append(
                    JSONObject.Member(key: key.key, keyPosition: key.position, value: values[frame.valueStart + k]))
            }
            keys.removeSubrange(frame.keyStart...)
            kind = .object(JSONObject(members: members, index: frame.keyIndex))
        } else {
            kind = .array(Array(values[frame.valueStart...]))
        }
        values.removeSubrange(frame.valueStart...)
        return JSONValue(kind, at: frame.position)
    }

    // MARK: Strings

    private mutating func parseString(inValue: Bool) throws(JSONSyntaxError) -> String {
        let n = bytes.count
        let start = i
        i += 1
        var segmentStart = i
        var buffer: [UInt8]?
        while true {
            guard i < n else {
                let p = position(at: start)
                throw error(
                    "unterminated string (it starts at line \(p.line), column \(p.column))", at: i,
                    inValue: inValue, expected: "'\"'", found: "end of input")
            }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") {
                if buffer == nil { buffer = [] }
                buffer!.append(contentsOf: bytes[segmentStart..<i])
                try parseEscape(into: &buffer!, inValue: inValue)
                segmentStart = i
                continue
            }
            if b < 0x20 {
                let name = b == 0x0A || b == 0x0D ? "line break" : "control character \(Self.hex(UInt32(b)))"
                let hint = b == 0x0A || b == 0x0D ? " (missing closing '\"'?)" : "; write it as an escape"
                throw error(
                    "\(name) inside a string\(hint)", at: i, inValue: inValue, expected: "'\"' or a character",
                    found: name)
            }
            if b < 0x80 {
                i += 1
                continue
            }
            guard let (_, length) = decodeScalar(at: i) else {
                throw error(
                    "invalid UTF-8 byte \(Self.hexByte(b)) in a string; save the file as UTF-8", at: i,
                    inValue: inValue, found: "byte \(Self.hexByte(b))")
            }
            i += length
        }
        let text: String
        if var buffer {
            buffer.append(contentsOf: bytes[segmentStart..<i])
            text = String(decoding: buffer, as: UTF8.self)
        } else {
            text = String(decoding: UnsafeBufferPointer(rebasing: bytes[segmentStart..<i]), as: UTF8.self)
        }
        i += 1  // closing quote
        return text
    }

    /// Reads one escape sequence at `i` (the backslash), appending its UTF-8 to `buffer`.
    private mutating func parseEscape(into buffer: inout [UInt8], inValue: Bool) throws(JSONSyntaxError) {
        let n = bytes.count
        let start = i
        guard i + 1 < n else {
            throw error("unterminated string", at: n, inValue: inValue, expected: "'\"'", found: "end of input")
        }
        let e = bytes[i + 1]
        i += 2
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(e)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try readHex4(escapeStart: start, inValue: inValue)
            var scalarValue = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                // A high surrogate must be followed by a low one (`\uD83D\uDE00`), together one scalar.
                let lowStart = i
                guard i + 1 < n, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                    throw error(
                        "lone high surrogate \\u\(Self.hex4(unit)) in a string escape", at: start, inValue: inValue,
                        expected: "a low surrogate escape \\uDC00...\\uDFFF after it")
                }
                i += 2
                let low = try readHex4(escapeStart: lowStart, inValue: inValue)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error(
                        "high surrogate \\u\(Self.hex4(unit)) is followed by \\u\(Self.hex4(low)), not a low surrogate",
                        at: lowStart, inValue: inValue, expected: "\\uDC00...\\uDFFF")
                }
                scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw error(
                    "lone low surrogate \\u\(Self.hex4(unit)) in a string escape", at: start, inValue: inValue)
            }
            for b in UTF8.encode(Unicode.Scalar(scalarValue)!)! { buffer.append(b) }
        default:
            throw error(
                "invalid escape in a string: '\\' followed by \(found(at: start + 1))", at: start, inValue: inValue,
                expected: "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", found: found(at: start + 1))
        }
    }

    private mutating func readHex4(escapeStart: Int, inValue: Bool) throws(JSONSyntaxError) -> UInt16 {
        var v: UInt16 = 0
        for k in 0..<4 {
            guard i + k < bytes.count, let d = Self.hexValue(bytes[i + k]) else {
                throw error(
                    "invalid \\u escape: expected 4 hexadecimal digits, found \(found(at: i + k))", at: i + k,
                    inValue: inValue, expected: "a hexadecimal digit", found: found(at: i + k))
            }
            v = v << 4 | UInt16(d)
        }
        i += 4
        return v
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    // MARK: Numbers

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let n = bytes.count
        let start = i
        func isDigit(_ k: Int) -> Bool { k < n && bytes[k] >= UInt8(ascii: "0") && bytes[k] <= UInt8(ascii: "9") }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard isDigit(i) else {
            let hint = matches("Infinity") ? " (JSON has no Infinity)" : ""
            throw error(
                "invalid number: expected a digit after '-', found \(found(at: i))\(hint)", at: i, inValue: true,
                expected: "a digit", found: found(at: i))
        }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if isDigit(i) {
                throw error(
                    "invalid number: leading zeros are not allowed", at: start, inValue: true,
                    expected: "a number without leading zeros")
            }
        } else {
            while isDigit(i) { i += 1 }
        }
        if i < n && bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard isDigit(i) else {
                throw error(
                    "invalid number: expected a digit after '.', found \(found(at: i))", at: i, inValue: true,
                    expected: "a digit", found: found(at: i))
            }
            while isDigit(i) { i += 1 }
        }
        if i < n && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            if i < n && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            guard isDigit(i) else {
                throw error(
                    "invalid number: expected a digit in the exponent, found \(found(at: i))", at: i, inValue: true,
                    expected: "a digit", found: found(at: i))
            }
            while isDigit(i) { i += 1 }
        }
        return JSONNumber(literal: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
    }

    // MARK: Positions

    private mutating func skipWhitespace() {
        let n = bytes.count
        while i < n {
            switch bytes[i] {
            case 0x20, 0x09:
                i += 1
            case 0x0A:
                i += 1
                line += 1
                lineStart = i
            case 0x0D:
                i += 1
                if i < n && bytes[i] == 0x0A { i += 1 }
                line += 1
                lineStart = i
            default:
                return
            }
        }
    }

    /// The position of byte `offset` on the current line (the parser never needs an earlier line).
    private mutating func position(at offset: Int) -> JSONPosition {
        if columnCacheOffset < lineStart || offset < columnCacheOffset {
            columnCacheOffset = lineStart
            columnCacheColumn = 1
        }
        var column = columnCacheColumn
        var k = columnCacheOffset
        let end = min(offset, bytes.count)
        while k < end {
            if bytes[k] & 0xC0 != 0x80 { column += 1 }  // count scalars: skip UTF-8 continuation bytes
            k += 1
        }
        columnCacheOffset = k
        columnCacheColumn = column
        return JSONPosition(line: line, column: column, offset: offset)
    }

    // MARK: Errors

    /// An error at byte `offset`. The path is that of the innermost open container, plus the member or element
    /// being read when `inValue`.
    private mutating func error(
        _ message: String, at offset: Int, inValue: Bool, expected: String? = nil, found: String? = nil,
        suggestion: String? = nil
    ) -> JSONSyntaxError {
        var components: [JSONPath.Component] = []
        components.reserveCapacity(frames.count)
        for (f, frame) in frames.enumerated() {
            let isInnermost = f == frames.count - 1
            if isInnermost && !inValue { break }
            if frame.isObject {
                let pendingKey = isInnermost ? keys.count - 1 : frames[f + 1].keyStart - 1
                if pendingKey >= frame.keyStart { components.append(.key(keys[pendingKey].key)) }
            } else {
                let end = isInnermost ? values.count : frames[f + 1].valueStart
                components.append(.index(end - frame.valueStart))
            }
        }
        return JSONSyntaxError(
            kind: .syntax, message: message, position: position(at: offset), path: JSONPath(components),
            expected: expected,
            found: found, suggestion: suggestion)
    }

    /// What is at `offset`, for messages: `end of input`, `'x'`, `'True'`, `'，' (U+FF0C)`, `a tab`.
    private func found(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of input" }
        let b = bytes[offset]
        if let word = word(at: offset) { return "'\(word)'" }
        switch b {
        case 0x09: return "a tab"
        case 0x0A, 0x0D: return "a line break"
        case 0..<0x20, 0x7F: return "control character \(Self.hex(UInt32(b)))"
        case 0x20..<0x80: return "'\(Character(Unicode.Scalar(b)))'"
        default:
            guard let (scalar, _) = decodeScalar(at: offset) else { return "invalid UTF-8 byte \(Self.hexByte(b))" }
            return "'\(Character(scalar))' (\(Self.hex(scalar.value)))"
        }
    }

    /// The run of ASCII letters, digits and `_` at `offset` when it starts with a letter (up to 24 bytes), so that
    /// `True` or `NaN` is reported whole.
    private func word(at offset: Int) -> String? {
        func isWordByte(_ b: UInt8) -> Bool {
            (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
                || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_")
        }
        guard offset < bytes.count, isWordByte(bytes[offset]), !bytes[offset].isASCIIDigit else { return nil }
        var end = offset
        while end < bytes.count, end - offset < 24, isWordByte(bytes[end]) { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
    }

    /// Decodes one well-formed UTF-8 scalar (no overlong forms, no surrogates, at most U+10FFFF) at `k`.
    private func decodeScalar(at k: Int) -> (Unicode.Scalar, Int)? {
        let n = bytes.count
        let b0 = bytes[k]
        func cont(_ j: Int) -> UInt32? {
            guard j < n, bytes[j] & 0xC0 == 0x80 else { return nil }
            return UInt32(bytes[j] & 0x3F)
        }
        switch b0 {
        case 0..<0x80:
            return (Unicode.Scalar(b0), 1)
        case 0xC2...0xDF:
            guard let c1 = cont(k + 1) else { return nil }
            return Unicode.Scalar((UInt32(b0 & 0x1F) << 6) | c1).map { ($0, 2) }
        case 0xE0...0xEF:
            guard let c1 = cont(k + 1), let c2 = cont(k + 2) else { return nil }
            let v = (UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2
            guard v >= 0x800 else { return nil }
            return Unicode.Scalar(v).map { ($0, 3) }  // nil for surrogates
        case 0xF0...0xF4:
            guard let c1 = cont(k + 1), let c2 = cont(k + 2), let c3 = cont(k + 3) else { return nil }
            let v = (UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
            guard v >= 0x10000 else { return nil }
            return Unicode.Scalar(v).map { ($0, 4) }
        default:
            return nil
        }
    }

    private static func hex(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - h.count)) + h
    }

    private static func hex4(_ v: UInt16) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - h.count) + h
    }

    private static func hexByte(_ b: UInt8) -> String {
        let h = String(b, radix: 16, uppercase: true)
        return "0x" + (h.count == 1 ? "0" : "") + h
    }
}

extension UInt8 {
    /// `0`…`9`.
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
