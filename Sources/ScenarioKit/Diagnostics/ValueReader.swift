import SimKernel

/// Reads one JSON value at a known path, reporting every problem to a `DiagnosticsCollector` instead of
/// throwing, and returning `nil` so that decoding can go on and find the other errors.
///
/// `ObjectReader` uses it for members; `array` and `entries` hand one to their closure per element.
public struct ValueReader {
    /// The value.
    public let value: JSONValue
    /// Its path from the document root.
    public let path: JSONPath
    /// Where problems go.
    public let diagnostics: DiagnosticsCollector

    /// A reader for `value` at `path`.
    public init(_ value: JSONValue, path: JSONPath = JSONPath(), diagnostics: DiagnosticsCollector) {
        self.value = value
        self.path = path
        self.diagnostics = diagnostics
    }

    /// Where the value is, to keep in decoded models.
    public var location: JSONLocation { JSONLocation(path: path, position: value.position) }

    /// Records an error at this value.
    public func report(
        _ code: ScenarioError.Code, _ message: String, expected: String? = nil, found: String? = nil,
        suggestion: String? = nil
    ) {
        diagnostics.report(
            code, at: path, position: value.position, message: message, expected: expected, found: found,
            suggestion: suggestion)
    }

    /// Records `wrongType`: `wrong type: found a string "12"; expected an integer`.
    public func reportWrongType(expected: String) {
        report(
            .wrongType, "wrong type: found \(value.foundDescription)", expected: expected,
            found: value.foundDescription)
    }

    // MARK: Scalars

    /// A string.
    public func string() -> String? {
        guard let s = value.stringValue else {
            reportWrongType(expected: "a string")
            return nil
        }
        return s
    }

    /// A Boolean (`true` or `false`).
    public func bool() -> Bool? {
        guard let b = value.boolValue else {
            reportWrongType(expected: "true or false")
            return nil
        }
        return b
    }

    /// A whole number that fits `Int`; `3.0` and `3e2` count as whole, `1.5` is `invalidValue`.
    public func int() -> Int? {
        readInt(range: nil, contains: { _ in true })
    }

    /// A whole number in `range`; outside it is `outOfRange` (so `in: 0...` rejects a negative count).
    public func int(in range: some RangeExpression<Int>) -> Int? {
        readInt(range: RangeText.text(range), contains: range.contains)
    }

    private func readInt(range: String?, contains: (Int) -> Bool) -> Int? {
        let expected = "an integer" + (range.map { " " + $0 } ?? "")
        guard let number = value.numberValue else {
            reportWrongType(expected: expected)
            return nil
        }
        guard let exact = number.int64, let v = Int(exactly: exact) else {
            if number.looksWhole {
                report(
                    .outOfRange, "value \(number.literal) is out of range", expected: expected, found: number.literal)
            } else {
                report(
                    .invalidValue, "value \(number.literal) is not an integer", expected: expected,
                    found: number.literal)
            }
            return nil
        }
        guard contains(v) else {
            report(.outOfRange, "value \(number.literal) is out of range", expected: expected, found: number.literal)
            return nil
        }
        return v
    }

    /// A finite number (integers included).
    public func double() -> Double? {
        readDouble(range: nil, contains: { _ in true })
    }

    /// A finite number in `range`; outside it is `outOfRange`.
    public func double(in range: some RangeExpression<Double>) -> Double? {
        readDouble(range: RangeText.text(range), contains: range.contains)
    }

    private func readDouble(range: String?, contains: (Double) -> Bool) -> Double? {
        let expected = "a number" + (range.map { " " + $0 } ?? "")
        guard let number = value.numberValue else {
            reportWrongType(expected: expected)
            return nil
        }
        let v = number.double
        guard v.isFinite, contains(v) else {
            report(
                .outOfRange, "value \(number.literal) is out of range",
                expected: v.isFinite ? expected : "a finite number", found: number.literal)
            return nil
        }
        return v
    }

    /// A calendar date written `YYYY-MM-DD`; anything else, or a day that does not exist, is `invalidValue`.
    public func date() -> CivilDate? {
        guard let s = value.stringValue else {
            reportWrongType(expected: "a date YYYY-MM-DD")
            return nil
        }
        guard let d = CivilDate(iso: s) else {
            report(
                .invalidValue, "bad date \(JSONValue.quoted(s))", expected: "a real date written YYYY-MM-DD",
                found: JSONValue.quoted(s))
            return nil
        }
        return d
    }

    /// One of `allowed` (case-sensitive); otherwise `unknownEnumValue` with the closest allowed name suggested.
    public func enumValue(allowed: [String]) -> String? {
        let expected = "one of " + allowed.joined(separator: ", ")
        guard let s = value.stringValue else {
            reportWrongType(expected: expected)
            return nil
        }
        guard allowed.contains(s) else {
            report(
                .unknownEnumValue, "unknown value \(JSONValue.quoted(s))", expected: expected,
                found: JSONValue.quoted(s), suggestion: Suggestions.closest(to: s, among: allowed))
            return nil
        }
        return s
    }

    /// A case of a string-backed enum, by raw value, in declaration order for the message.
    public func enumValue<E: CaseIterable & RawRepresentable>(_ type: E.Type = E.self) -> E?
    where E.RawValue == String {
        enumValue(allowed: E.allCases.map(\.rawValue)).flatMap(E.init(rawValue:))
    }

    /// A value of a `ScenarioDecodable` type.
    public func decode<T: ScenarioDecodable>(_ type: T.Type = T.self) -> T? {
        T(reading: self)
    }

    // MARK: Containers

    /// Reads an object with `body`, then reports its unread keys (`ObjectReader.finish()`). `nil` when the value
    /// is not an object.
    public func object<T>(_ body: (ObjectReader) -> T) -> T? {
        guard value.objectValue != nil else {
            reportWrongType(expected: "an object")
            return nil
        }
        let reader = ObjectReader(value, path: path, diagnostics: diagnostics)
        let result = body(reader)
        reader.finish()
        return result
    }

    /// Reads each element with `body`; elements for which it returns `nil` are left out (their errors are
    /// reported). `nil` when the value is not an array. `count` bounds the number of elements (`outOfRange`).
    public func array<T>(count: ClosedRange<Int>? = nil, _ body: (ValueReader) -> T?) -> [T]? {
        guard let elements = value.arrayValue else {
            reportWrongType(expected: "an array")
            return nil
        }
        if let count, !count.contains(elements.count) {
            report(
                .outOfRange, "the array has \(RangeText.elements(elements.count))",
                expected: RangeText.elementCount(count), found: "\(elements.count)")
        }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        for (i, element) in elements.enumerated() {
            if let t = body(ValueReader(element, path: path.appending(index: i), diagnostics: diagnostics)) {
                result.append(t)
            }
        }
        return result
    }

    /// Reads an array of objects: `array` with `object` for each element.
    public func objects<T>(count: ClosedRange<Int>? = nil, _ body: (ObjectReader) -> T?) -> [T]? {
        array(count: count) { element in element.object(body) ?? nil }
    }

    /// Reads an object used as a map with free-form keys (dates, names), in file order. Entries for which
    /// `body` returns `nil` are left out. `nil` when the value is not an object.
    public func entries<T>(_ body: (_ key: String, _ value: ValueReader) -> T?) -> [(key: String, value: T)]? {
        guard let object = value.objectValue else {
            reportWrongType(expected: "an object")
            return nil
        }
        var result: [(key: String, value: T)] = []
        for member in object.members {
            let reader = ValueReader(member.value, path: path.appending(key: member.key), diagnostics: diagnostics)
            if let t = body(member.key, reader) { result.append((member.key, t)) }
        }
        return result
    }
}
