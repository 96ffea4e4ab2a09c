import SimKernel

/// A type that can be read from a JSON value with position-aware errors, so that `ObjectReader.required(_:as:)`,
/// `optional(_:as:)` and `ValueReader.decode(_:)` work with it.
///
/// Conformers report their own errors through the reader and return `nil` when the value could not be read.
/// String-backed `CaseIterable` enums get a conformance for free: `extension ShareType: ScenarioDecodable {}`.
public protocol ScenarioDecodable {
    /// What a value of this type looks like, for "missing field" messages: `a string`, `an object (department)`.
    static var expectedDescription: String { get }

    /// Reads a value, reporting problems to `reader.diagnostics`; `nil` when it could not.
    init?(reading reader: ValueReader)
}

extension String: ScenarioDecodable {
    public static var expectedDescription: String { "a string" }
    public init?(reading reader: ValueReader) {
        guard let s = reader.string() else { return nil }
        self = s
    }
}

extension Int: ScenarioDecodable {
    public static var expectedDescription: String { "an integer" }
    public init?(reading reader: ValueReader) {
        guard let v = reader.int() else { return nil }
        self = v
    }
}

extension Double: ScenarioDecodable {
    public static var expectedDescription: String { "a number" }
    public init?(reading reader: ValueReader) {
        guard let v = reader.double() else { return nil }
        self = v
    }
}

extension Bool: ScenarioDecodable {
    public static var expectedDescription: String { "true or false" }
    public init?(reading reader: ValueReader) {
        guard let v = reader.bool() else { return nil }
        self = v
    }
}

extension CivilDate: ScenarioDecodable {
    public static var expectedDescription: String { "a date YYYY-MM-DD" }
    public init?(reading reader: ValueReader) {
        guard let v = reader.date() else { return nil }
        self = v
    }
}

extension Array: ScenarioDecodable where Element: ScenarioDecodable {
    public static var expectedDescription: String { "an array" }
    /// The elements that could be read; the others are reported and left out.
    public init?(reading reader: ValueReader) {
        guard let v = reader.array({ Element(reading: $0) }) else { return nil }
        self = v
    }
}

extension ScenarioDecodable where Self: CaseIterable & RawRepresentable, Self.RawValue == String {
    /// `one of a, b, c`, in declaration order.
    public static var expectedDescription: String {
        "one of " + allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// Reads one of the raw values, suggesting the closest for a misspelling.
    public init?(reading reader: ValueReader) {
        guard let v = reader.enumValue(Self.self) else { return nil }
        self = v
    }
}
