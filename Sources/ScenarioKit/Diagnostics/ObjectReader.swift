import SimKernel

/// Reads the members of one JSON object for a hand-written decoder, collecting every problem instead of
/// stopping at the first.
///
/// ```swift
/// let diags = DiagnosticsCollector(file: "Scenarios/x.json")
/// let r = ObjectReader(value, path: path, diagnostics: diags)
/// let name = r.string("name")                      // missingField if absent; "" placeholder
/// let count = r.int("count", in: 0...1_000_000, default: 1)
/// let kind = r.enumValue("kind", allowed: ["api", "frontEnd", "spreadsheet"], default: "api")
/// r.finish()                                       // unknownKey for every key never asked for
/// try diags.check()
/// ```
///
/// Getters without `default:` are for required members: an absent member is `missingField`, and they return a
/// placeholder (empty string, `0` or the range's lower bound, `false`, 1970-01-01, the first allowed name) so the
/// decoder can go on; the placeholder never reaches a run because the collector is not empty. Getters with
/// `default:` are for optional members and return the default when the member is absent or `null`. A present
/// value of the wrong type or out of range is always an error (and the placeholder or default is returned).
///
/// A reader made for a value that is not an object reports `wrongType` once and then stays silent.
/// It is a class because reading a member marks it as read, which `finish()` needs.
public final class ObjectReader {
    /// The object value.
    public let value: JSONValue
    /// Its path from the document root.
    public let path: JSONPath
    /// Where problems go.
    public let diagnostics: DiagnosticsCollector
    private let object: JSONObject?
    /// Every key a getter asked about, in the order asked: the candidates for "did you mean".
    private var asked: [String] = []
    private var askedSet: Set<String> = []
    private var read: Set<String> = []
    private var isFinished = false

    /// A reader for `value` at `path`. Reports `wrongType` when `value` is not an object.
    public init(_ value: JSONValue, path: JSONPath = JSONPath(), diagnostics: DiagnosticsCollector) {
        self.value = value
        self.path = path
        self.diagnostics = diagnostics
        self.object = value.objectValue
        if object == nil {
            ValueReader(value, path: path, diagnostics: diagnostics).reportWrongType(expected: "an object")
        }
    }

    /// Whether the value is an object (when not, the error is already reported).
    public var isObject: Bool { object != nil }

    /// The keys present, in file order.
    public var keys: [String] { object?.keys ?? [] }

    /// Where the object is.
    public var location: JSONLocation { JSONLocation(path: path, position: value.position) }

    // MARK: Access

    /// Whether `key` is present (even as `null`). Counts as asking about it, not as reading it.
    public func has(_ key: String) -> Bool {
        noteAsked(key)
        return object?.member(key) != nil
    }

    /// The member's value for custom reading, marked as read; `nil` when absent (no error).
    public func value(forKey key: String) -> ValueReader? {
        noteAsked(key)
        guard let member = object?.member(key) else { return nil }
        read.insert(key)
        return ValueReader(member.value, path: path.appending(key: key), diagnostics: diagnostics)
    }

    /// Marks keys as read without reading them (e.g. `$schema`), so `finish()` accepts them.
    public func ignore(_ keys: String...) {
        for key in keys {
            noteAsked(key)
            read.insert(key)
        }
    }

    /// Where a member's value is, or the object itself when the member is absent.
    public func location(ofKey key: String) -> JSONLocation {
        guard let member = object?.member(key) else { return location }
        return JSONLocation(path: path.appending(key: key), position: member.value.position)
    }

    /// Records an error at a member's value (at the object when the member is absent).
    public func report(
        _ code: ScenarioError.Code, key: String, _ message: String, expected: String? = nil, found: String? = nil,
        suggestion: String? = nil
    ) {
        diagnostics.report(
            code, at: location(ofKey: key), message: message, expected: expected, found: found, suggestion: suggestion)
    }

    /// Records `missingField` for `key` at the object: `missing required field "name"; expected a string`.
    public func reportMissing(_ key: String, expected: String) {
        guard isObject else { return }
        diagnostics.report(
            .missingField, at: path, position: value.position,
            message: "missing required field \(JSONValue.quoted(key))", expected: expected)
    }

    /// The member as a reader; `missingField` when absent.
    private func requiredMember(_ key: String, expected: @autoclosure () -> String) -> ValueReader? {
        guard let v = value(forKey: key) else {
            reportMissing(key, expected: expected())
            return nil
        }
        return v
    }

    /// The member as a reader, `nil` when absent or `null`.
    private func optionalMember(_ key: String) -> ValueReader? {
        guard let v = value(forKey: key), !v.value.isNull else { return nil }
        return v
    }

    private func noteAsked(_ key: String) {
        if askedSet.insert(key).inserted { asked.append(key) }
    }

    // MARK: Generic

    /// A required member of a `ScenarioDecodable` type; `nil` when absent (`missingField`) or invalid.
    public func required<T: ScenarioDecodable>(_ key: String, as type: T.Type = T.self) -> T? {
        requiredMember(key, expected: T.expectedDescription)?.decode(T.self)
    }

    /// An optional member; `nil` when absent, `null` or invalid (invalid is reported).
    public func optional<T: ScenarioDecodable>(_ key: String, as type: T.Type = T.self) -> T? {
        optionalMember(key)?.decode(T.self)
    }

    /// An optional member with a default for when it is absent, `null` or invalid (invalid is reported).
    public func optional<T: ScenarioDecodable>(_ key: String, default defaultValue: T) -> T {
        optional(key, as: T.self) ?? defaultValue
    }

    // MARK: Typed getters

    /// A required string; `""` when absent or invalid.
    public func string(_ key: String) -> String {
        requiredMember(key, expected: "a string")?.string() ?? ""
    }

    /// An optional string.
    public func string(_ key: String, default defaultValue: String) -> String {
        optionalMember(key)?.string() ?? defaultValue
    }

    /// A required Boolean; `false` when absent or invalid.
    public func bool(_ key: String) -> Bool {
        requiredMember(key, expected: "true or false")?.bool() ?? false
    }

    /// An optional Boolean.
    public func bool(_ key: String, default defaultValue: Bool) -> Bool {
        optionalMember(key)?.bool() ?? defaultValue
    }

    /// A required integer; `0` when absent or invalid.
    public func int(_ key: String) -> Int {
        requiredMember(key, expected: "an integer")?.int() ?? 0
    }

    /// A required integer in `range` (e.g. `0...` for a count); when absent or invalid, `0` if the range holds
    /// it, else the range's lower (or upper) bound.
    public func int(_ key: String, in range: some RangeExpression<Int>) -> Int {
        let expected = "an integer" + (RangeText.text(range).map { " " + $0 } ?? "")
        return requiredMember(key, expected: expected)?.int(in: range) ?? Self.placeholder(in: range)
    }

    /// An optional integer.
    public func int(_ key: String, default defaultValue: Int) -> Int {
        optionalMember(key)?.int() ?? defaultValue
    }

    /// An optional integer in `range`.
    public func int(_ key: String, in range: some RangeExpression<Int>, default defaultValue: Int) -> Int {
        optionalMember(key)?.int(in: range) ?? defaultValue
    }

    /// A required finite number; `0` when absent or invalid.
    public func double(_ key: String) -> Double {
        requiredMember(key, expected: "a number")?.double() ?? 0
    }

    /// A required finite number in `range`; when absent or invalid, `0` if the range holds it, else a bound.
    public func double(_ key: String, in range: some RangeExpression<Double>) -> Double {
        let expected = "a number" + (RangeText.text(range).map { " " + $0 } ?? "")
        return requiredMember(key, expected: expected)?.double(in: range) ?? Self.placeholder(in: range)
    }

    /// An optional finite number.
    public func double(_ key: String, default defaultValue: Double) -> Double {
        optionalMember(key)?.double() ?? defaultValue
    }

    /// An optional finite number in `range`.
    public func double(_ key: String, in range: some RangeExpression<Double>, default defaultValue: Double) -> Double {
        optionalMember(key)?.double(in: range) ?? defaultValue
    }

    /// A required date `YYYY-MM-DD`; 1970-01-01 when absent or invalid.
    public func date(_ key: String) -> CivilDate {
        requiredMember(key, expected: "a date YYYY-MM-DD")?.date() ?? CivilDate(dayNumber: 0)
    }

    /// An optional date `YYYY-MM-DD`.
    public func date(_ key: String, default defaultValue: CivilDate) -> CivilDate {
        optionalMember(key)?.date() ?? defaultValue
    }

    /// A required name from `allowed`; the first allowed name when absent or invalid.
    public func enumValue(_ key: String, allowed: [String]) -> String {
        let expected = "one of " + allowed.joined(separator: ", ")
        return requiredMember(key, expected: expected)?.enumValue(allowed: allowed) ?? allowed.first ?? ""
    }

    /// An optional name from `allowed`.
    public func enumValue(_ key: String, allowed: [String], default defaultValue: String) -> String {
        optionalMember(key)?.enumValue(allowed: allowed) ?? defaultValue
    }

    /// A required case of a string-backed enum; `nil` when absent or invalid.
    public func enumValue<E: CaseIterable & RawRepresentable>(_ key: String, as type: E.Type) -> E?
    where E.RawValue == String {
        let expected = "one of " + E.allCases.map(\.rawValue).joined(separator: ", ")
        return requiredMember(key, expected: expected)?.enumValue(E.self)
    }

    /// An optional case of a string-backed enum.
    public func enumValue<E: CaseIterable & RawRepresentable>(_ key: String, default defaultValue: E) -> E
    where E.RawValue == String {
        optionalMember(key)?.enumValue(E.self) ?? defaultValue
    }

    // MARK: Containers

    /// A nested object read by `body` (its unread keys are reported when `body` returns). `nil` when absent
    /// (`missingField` if `required`), `null` (an error if `required`) or not an object.
    public func object<T>(_ key: String, required: Bool = true, _ body: (ObjectReader) -> T) -> T? {
        member(key, required: required, expected: "an object")?.object(body)
    }

    /// An array, each element read by `body` (elements it returns `nil` for are left out). `[]` when absent
    /// (`missingField` if `required`) or not an array. `count` bounds the number of elements.
    public func array<T>(
        _ key: String, required: Bool = true, count: ClosedRange<Int>? = nil, _ body: (ValueReader) -> T?
    ) -> [T] {
        member(key, required: required, expected: "an array")?.array(count: count, body) ?? []
    }

    /// An array of objects, each read by `body`.
    public func objects<T>(
        _ key: String, required: Bool = true, count: ClosedRange<Int>? = nil, _ body: (ObjectReader) -> T?
    ) -> [T] {
        member(key, required: required, expected: "an array of objects")?.objects(count: count, body) ?? []
    }

    /// An object used as a map with free-form keys, in file order. `[]` when absent (`missingField` if
    /// `required`) or not an object.
    public func entries<T>(
        _ key: String, required: Bool = true, _ body: (_ key: String, _ value: ValueReader) -> T?
    ) -> [(key: String, value: T)] {
        member(key, required: required, expected: "an object")?.entries(body) ?? []
    }

    /// A present member; a required one may be `null` here so that the container reader reports the wrong type.
    private func member(_ key: String, required: Bool, expected: String) -> ValueReader? {
        required ? requiredMember(key, expected: expected) : optionalMember(key)
    }

    // MARK: Finish

    /// Reports every key that is present but was never read as `unknownKey`, with the closest key the reader
    /// asked about as suggestion. Call once, after the last getter; `object(_:_:)` and friends call it for
    /// nested objects. Later calls do nothing.
    public func finish() {
        guard !isFinished, let object else { return }
        isFinished = true
        let expected = asked.isEmpty ? "no members" : "one of " + asked.joined(separator: ", ")
        for member in object.members where !read.contains(member.key) {
            diagnostics.report(
                .unknownKey, at: path.appending(key: member.key), position: member.keyPosition,
                message: "unknown key \(JSONValue.quoted(member.key))", expected: expected,
                found: JSONValue.quoted(member.key), suggestion: Suggestions.closest(to: member.key, among: asked))
        }
    }

    /// `0` when `range` holds it, else the bound nearest to it.
    static func placeholder<B: Comparable & ExpressibleByIntegerLiteral>(in range: some RangeExpression<B>) -> B {
        if range.contains(0) { return 0 }
        switch range {
        case let r as ClosedRange<B>: return r.lowerBound
        case let r as Range<B>: return r.lowerBound
        case let r as PartialRangeFrom<B>: return r.lowerBound
        case let r as PartialRangeThrough<B>: return r.upperBound
        default: return 0
        }
    }
}
