import Foundation
import Testing

@testable import ScenarioKit

private func parse(_ text: String) throws -> JSONValue {
    try JSONParser().parse(text)
}

/// The parser's error for `text`, recording an issue when it parses.
private func syntaxError(
    _ text: String, maxDepth: Int = JSONParser.defaultMaxDepth, sourceLocation: SourceLocation = #_sourceLocation
) -> JSONSyntaxError? {
    syntaxError(Array(text.utf8), maxDepth: maxDepth, sourceLocation: sourceLocation)
}

private func syntaxError(
    _ bytes: [UInt8], maxDepth: Int = JSONParser.defaultMaxDepth, sourceLocation: SourceLocation = #_sourceLocation
) -> JSONSyntaxError? {
    do {
        _ = try JSONParser(maxDepth: maxDepth).parse(bytes)
        Issue.record("expected a syntax error for \(bytes)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try parse(#"{"a": [1, -2.5, true, false, null, "x"], "b": {}, "c": []}"#)
        let object = try #require(value.objectValue)
        let a = try #require(object["a"]?.arrayValue)
        #expect(a.count == 6)
        #expect(a[0].numberValue?.int64 == 1)
        #expect(a[1].numberValue?.double == -2.5)
        #expect(a[2].boolValue == true)
        #expect(a[3].boolValue == false)
        #expect(a[4].isNull)
        #expect(a[5].stringValue == "x")
        #expect(object["b"]?.objectValue?.isEmpty == true)
        #expect(object["c"]?.arrayValue?.isEmpty == true)
        #expect(object["missing"] == nil)
    }

    @Test func parsesScalarsAtTopLevel() throws {
        #expect(try parse(" 42 ").numberValue?.int64 == 42)
        #expect(try parse(#""s""#).stringValue == "s")
        #expect(try parse("null").isNull)
    }

    @Test func keepsObjectKeysInFileOrder() throws {
        let object = try #require(try parse(#"{"zeta": 1, "alpha": 2, "mid": 3}"#).objectValue)
        #expect(object.keys == ["zeta", "alpha", "mid"])
    }

    @Test func looksUpMembersOfLargeObjects() throws {
        let text = "{" + (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + "}"
        let object = try #require(try parse(text).objectValue)
        #expect(object.count == 40)
        #expect(object["k0"]?.numberValue?.int64 == 0)
        #expect(object["k39"]?.numberValue?.int64 == 39)
        #expect(object["k40"] == nil)
        #expect(object.keys.first == "k0" && object.keys.last == "k39")
    }

    @Test func recordsLineColumnAndOffsetOfValuesAndKeys() throws {
        let text = "{\n  \"name\": \"x\",\n\t\"list\": [1,\n    {\"b\": null}]\n}"
        let value = try parse(text)
        #expect(value.position == JSONPosition(line: 1, column: 1, offset: 0))
        let object = try #require(value.objectValue)
        let name = try #require(object.member("name"))
        #expect(name.keyPosition == JSONPosition(line: 2, column: 3, offset: 4))
        #expect(name.value.position == JSONPosition(line: 2, column: 11, offset: 12))
        let list = try #require(object.member("list"))
        #expect(list.keyPosition.line == 3 && list.keyPosition.column == 2)  // a tab is one column
        let elements = try #require(list.value.arrayValue)
        #expect(elements[0].position.line == 3 && elements[0].position.column == 11)
        #expect(elements[1].position.line == 4 && elements[1].position.column == 5)
        let b = try #require(elements[1].objectValue?.member("b"))
        #expect(b.keyPosition.column == 6 && b.value.position.column == 11)
    }

    @Test func countsColumnsInUnicodeScalarsAndOffsetsInBytes() throws {
        let object = try #require(try parse(#"{"名称": "值", "x": 1}"#).objectValue)
        let x = try #require(object.member("x"))
        // `{"名称": "值", ` is 12 scalars but 18 bytes: each Chinese character is one column and three bytes.
        #expect(x.keyPosition.column == 13)
        #expect(x.keyPosition.offset == 18)
        #expect(object["名称"]?.stringValue == "值")
    }

    @Test func treatsCRLFAndLoneCRAsOneLineBreak() throws {
        let object = try #require(try parse("{\r\n\"a\": 1,\r\"b\": 2}").objectValue)
        #expect(object.member("a")?.keyPosition.line == 2)
        #expect(object.member("b")?.keyPosition.line == 3)
        #expect(object.member("b")?.keyPosition.column == 1)
    }

    @Test func skipsUTF8ByteOrderMark() throws {
        let value = try JSONParser().parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
        #expect(value.position == JSONPosition(line: 1, column: 1, offset: 3))
        #expect(value.objectValue?["a"]?.numberValue?.int64 == 1)
    }

    @Test func parsesFromData() throws {
        let value = try JSONParser().parse(Data(#"[true]"#.utf8))
        #expect(value.arrayValue?.first?.boolValue == true)
    }

    // MARK: Numbers

    @Test(arguments: [
        ("0", Int64(0)), ("-0", 0), ("12", 12), ("-12", -12), ("1.0", 1), ("1e3", 1000), ("1E+3", 1000),
        ("1.5e1", 15), ("120e-1", 12), ("0.00e5", 0), ("9223372036854775807", .max),
        ("-9223372036854775808", .min), ("9007199254740993", 9_007_199_254_740_993),
    ])
    func wholeNumbersConvertExactly(literal: String, expected: Int64) throws {
        let number = try #require(try parse(literal).numberValue)
        #expect(number.literal == literal)
        #expect(number.int64 == expected)
    }

    @Test(arguments: ["1.5", "0.1", "-2.25", "9223372036854775808", "-9223372036854775809", "1e30", "1e-3", "12e-1"])
    func nonIntegersAndHugeNumbersHaveNoExactInt(literal: String) throws {
        let number = try #require(try parse(literal).numberValue)
        #expect(number.int64 == nil)
    }

    @Test func numbersKeepTheirLiteralAndDoubleValue() throws {
        let number = try #require(try parse("-12.50e3").numberValue)
        #expect(number.literal == "-12.50e3")
        #expect(number.double == -12_500)
        #expect(try parse("1e400").numberValue?.double == .infinity)
    }

    // MARK: Strings

    @Test func decodesEveryEscape() throws {
        let value = try parse(#""q\" b\\ s\/ \b\f\n\r\t \u00e9 \u4E2D \uD83D\uDE00 \u0000""#)
        #expect(value.stringValue == "q\" b\\ s/ \u{8}\u{C}\n\r\t é 中 😀 \u{0}")
    }

    @Test func keepsRawUTF8Text() throws {
        #expect(try parse(#""政务信息资源 😀""#).stringValue == "政务信息资源 😀")
    }

    // MARK: Invalid JSON

    struct InvalidCase: Sendable, CustomStringConvertible {
        var text: String
        var line: Int
        var column: Int
        var message: String
        var description: String { text.debugDescription }
    }

    static let invalidCases: [InvalidCase] = [
        .init(text: "", line: 1, column: 1, message: "expected a JSON value, found end of input"),
        .init(text: "   \n  ", line: 2, column: 3, message: "expected a JSON value, found end of input"),
        .init(
            text: #"{"a": 1,}"#, line: 1, column: 9,
            message: "expected a string key in double quotes, found '}' (JSON does not allow a trailing comma)"),
        .init(
            text: "[1, 2,]", line: 1, column: 7,
            message: "expected a JSON value, found ']' (JSON does not allow a trailing comma)"),
        .init(
            text: "// note\n{}", line: 1, column: 1,
            message: "expected a JSON value, found '/' (JSON does not allow comments)"),
        .init(
            text: "{\"a\": 1 /* c */}", line: 1, column: 9,
            message: "expected ',' or '}' after object member, found '/' (JSON does not allow comments)"),
        .init(
            text: "[NaN]", line: 1, column: 2,
            message: "expected a JSON value, found 'NaN' (JSON has no NaN or Infinity)"),
        .init(
            text: "[-Infinity]", line: 1, column: 3,
            message: "invalid number: expected a digit after '-', found 'Infinity' (JSON has no Infinity)"),
        .init(text: "[01]", line: 1, column: 2, message: "invalid number: leading zeros are not allowed"),
        .init(text: "[-012]", line: 1, column: 2, message: "invalid number: leading zeros are not allowed"),
        .init(text: "[1.]", line: 1, column: 4, message: "invalid number: expected a digit after '.', found ']'"),
        .init(text: "[1e]", line: 1, column: 4, message: "invalid number: expected a digit in the exponent, found ']'"),
        .init(
            text: "[.5]", line: 1, column: 2,
            message: "expected a JSON value, found '.' (a JSON number starts with '-' or a digit)"),
        .init(
            text: "[+1]", line: 1, column: 2,
            message: "expected a JSON value, found '+' (a JSON number starts with '-' or a digit)"),
        .init(
            text: "[\"a\tb\"]", line: 1, column: 4,
            message: "control character U+0009 inside a string; write it as an escape"),
        .init(
            text: "{\"a\": \"x\n}", line: 1, column: 9,
            message: "line break inside a string (missing closing '\"'?)"),
        .init(
            text: #"["\x"]"#, line: 1, column: 3, message: "invalid escape in a string: '\\' followed by 'x'"),
        .init(
            text: #"["\uD800"]"#, line: 1, column: 3, message: "lone high surrogate \\uD800 in a string escape"),
        .init(
            text: #"["\uD800\u0041"]"#, line: 1, column: 9,
            message: "high surrogate \\uD800 is followed by \\u0041, not a low surrogate"),
        .init(
            text: #"["\uDC00"]"#, line: 1, column: 3, message: "lone low surrogate \\uDC00 in a string escape"),
        .init(
            text: #"["\u12G4"]"#, line: 1, column: 7,
            message: "invalid \\u escape: expected 4 hexadecimal digits, found 'G4'"),
        .init(text: #""abc"#, line: 1, column: 5, message: "unterminated string (it starts at line 1, column 1)"),
        .init(
            text: #"{"a" 1}"#, line: 1, column: 6, message: "expected ':' after object key \"a\", found '1'"),
        .init(
            text: #"{"a": 1 "b": 2}"#, line: 1, column: 9,
            message: "expected ',' or '}' after object member, found '\"' (missing ',' before it?)"),
        .init(
            text: "[1 2]", line: 1, column: 4, message: "expected ',' or ']' after array element, found '2'"),
        .init(
            text: #"{"a": [1, 2}"#, line: 1, column: 12,
            message: "expected ',' or ']' after array element, found '}'"),
        .init(
            text: "[1,", line: 1, column: 4, message: "expected a JSON value, found end of input"),
        .init(
            text: "{\"a\": [1]", line: 1, column: 10,
            message: "expected ',' or '}' after object member, found end of input (the object is not closed)"),
        .init(
            text: "{a: 1}", line: 1, column: 2,
            message: "expected a string key in double quotes, found 'a' (keys must be in double quotes)"),
        .init(
            text: "['a']", line: 1, column: 2,
            message: "expected a JSON value, found ''' (JSON strings use double quotes)"),
        .init(
            text: "{\"a\": 1，\"b\": 2}", line: 1, column: 8,
            message: "expected ',' or '}' after object member, found '，' (U+FF0C) (a full-width comma; JSON needs ',')"),
        .init(text: "[True]", line: 1, column: 2, message: "expected a JSON value, found 'True'"),
        .init(
            text: #"{"a": 1} x"#, line: 1, column: 10,
            message: "expected end of input after the JSON value, found 'x'"),
        .init(
            text: "{\n  \"a\": 1,\n  \"b\": tru\n}", line: 3, column: 8, message: "expected a JSON value, found 'tru'"),
    ]

    @Test(arguments: invalidCases)
    func rejectsInvalidJSONWithItsPosition(_ c: InvalidCase) throws {
        let error = try #require(syntaxError(c.text))
        #expect(error.kind == .syntax)
        #expect(error.message == c.message)
        #expect(error.position.line == c.line)
        #expect(error.position.column == c.column)
        #expect(error.description == "invalid JSON at line \(c.line), column \(c.column): \(c.message)")
    }

    @Test func suggestsTheLiteralForAMiscapitalisedOne() throws {
        #expect(syntaxError("[True]")?.suggestion == "true")
        #expect(syntaxError("[None]")?.suggestion == nil)
    }

    @Test func rejectsInvalidUTF8InStrings() throws {
        let error = try #require(syntaxError([0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D]))
        #expect(error.message == "invalid UTF-8 byte 0xC3 in a string; save the file as UTF-8")
        #expect(error.position.column == 3)
        // An encoded surrogate (ED A0 80) is not valid UTF-8 either.
        #expect(syntaxError([0x22, 0xED, 0xA0, 0x80, 0x22])?.position.offset == 1)
    }

    @Test func rejectsUTF16Input() throws {
        let error = try #require(syntaxError([0xFF, 0xFE, 0x5B, 0x00, 0x5D, 0x00]))
        #expect(error.message == "the input is UTF-16; save the file as UTF-8")
    }

    @Test func errorNamesThePathBeingRead() throws {
        let text = #"{"topology": {"provinces": [{"x": 1}, {"y": 01}]}}"#
        let error = try #require(syntaxError(text))
        #expect(error.path.description == "topology.provinces[1].y")
        let afterElement = try #require(syntaxError(#"{"list": [1, 2 3]}"#))
        #expect(afterElement.path.description == "list")
        let atTopLevel = try #require(syntaxError("[1] [2]"))
        #expect(atTopLevel.path.isRoot)
    }

    // MARK: Duplicate keys

    @Test func rejectsADuplicateKeyAtItsSecondOccurrence() throws {
        let error = try #require(syntaxError("{\"unit\": {\"a\": 1,\n  \"a\": 2}}"))
        #expect(error.kind == .duplicateKey)
        #expect(error.message == "duplicate key \"a\" (first at line 1, column 11)")
        #expect(error.position.line == 2 && error.position.column == 3)
        #expect(error.path.description == "unit.a")
    }

    @Test func rejectsADuplicateKeyInALargeObject() throws {
        let text = "{" + (0..<30).map { "\"k\($0)\": 0, " }.joined() + "\"k7\": 1}"
        let error = try #require(syntaxError(text))
        #expect(error.kind == .duplicateKey)
        #expect(error.message.hasPrefix("duplicate key \"k7\""))
    }

    @Test func allowsTheSameKeyInDifferentObjects() throws {
        let value = try parse(#"[{"a": 1}, {"a": 2}, {"b": {"a": 3}, "a": 4}]"#)
        #expect(value.arrayValue?.count == 3)
    }

    // MARK: Nesting

    @Test func acceptsNestingUpToTheLimit() throws {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        var value = try parse(text)
        var depth = 1
        while let inner = value.arrayValue?.first {
            value = inner
            depth += 1
        }
        #expect(depth == 512)
    }

    @Test func rejectsNestingBeyondTheLimitWithAClearError() throws {
        let text = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        let error = try #require(syntaxError(text))
        #expect(error.kind == .nestingTooDeep)
        #expect(error.message == "nesting is deeper than 512 levels")
        #expect(error.position.column == 513)
        let small = try #require(syntaxError(#"{"a": {"b": [1]}}"#, maxDepth: 2))
        #expect(small.kind == .nestingTooDeep)
        #expect(small.path.description == "a.b")
    }

    @Test func survivesVeryDeepInputWithoutRecursing() throws {
        let text = String(repeating: "[", count: 200_000)
        let error = try #require(syntaxError(text, maxDepth: 1_000_000))
        #expect(error.message == "expected a JSON value, found end of input")
        #expect(error.path.components.count == 200_000)
    }

    @Test func parsesALongSingleLineInLinearTime() throws {
        // Positions are counted from a cache; a quadratic count would take minutes here.
        let text = "[" + Array(repeating: #"{"名": "值", "n": 12345}"#, count: 20_000).joined(separator: ",") + "]"
        let elements = try #require(try parse(text).arrayValue)
        #expect(elements.count == 20_000)
        #expect(elements[19_999].position.column == 2 + 19_999 * 23)  // 22 scalars and a comma per element
    }
}

struct JSONPathTests {
    @Test func rootIsWrittenAsDollar() {
        #expect(JSONPath().description == "$")
        #expect(JSONPath.root.isRoot)
    }

    @Test func writesKeysAndIndicesInDottedForm() {
        let path = JSONPath().appending(key: "topology").appending(key: "provinces").appending(index: 3)
            .appending(key: "cities").appending(index: 0)
        #expect(path.description == "topology.provinces[3].cities[0]")
        #expect(path.parent.description == "topology.provinces[3].cities")
        #expect(path.last == .index(0))
        #expect(JSONPath().appending(index: 2).appending(key: "a").description == "[2].a")
    }

    @Test(arguments: [
        ("a b", #"["a b"]"#), ("1x", #"["1x"]"#), ("$schema", "$schema"), ("$", #"["$"]"#), ("", #"[""]"#),
        ("say \"hi\"", #"["say \"hi\""]"#), ("名称", #"["名称"]"#), ("snake_case9", "snake_case9"),
    ])
    func quotesKeysThatAreNotIdentifiers(key: String, written: String) {
        #expect(JSONPath().appending(key: key).description == written)
        #expect(JSONPath().appending(key: "x").appending(key: key).description.hasPrefix("x"))
        #expect(JSONPath(parsing: written) == JSONPath([.key(key)]))
    }

    @Test(arguments: ["$", "", "topology.provinces[3].cities[0]", #"a["b c"][2].d"#, "[0][1]", "$schema.x"])
    func parsesWhatItWrites(text: String) throws {
        let path = try #require(JSONPath(parsing: text))
        #expect(path.description == (text.isEmpty ? "$" : text))
    }

    @Test func parsesALeadingDollar() {
        #expect(JSONPath(parsing: "$.a[1]") == JSONPath([.key("a"), .index(1)]))
        #expect(JSONPath(parsing: "$[0]") == JSONPath([.index(0)]))
    }

    @Test(arguments: ["a..b", ".a", "a.", "a[", "a[x]", "a[1", #"a["b]"#, "a b", "a.[0]", "a[0]b"])
    func rejectsMalformedPaths(text: String) {
        #expect(JSONPath(parsing: text) == nil)
    }

    @Test func ordersIndicesNumericallyAndPrefixesFirst() {
        let a = JSONPath([.key("x"), .index(2)])
        let b = JSONPath([.key("x"), .index(10)])
        #expect(a < b)
        #expect(JSONPath([.key("x")]) < a)
        #expect(!(b < a))
    }
}
