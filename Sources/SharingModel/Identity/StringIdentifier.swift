/// An identifier backed by a plain string: compared, hashed, printed and encoded as that string.
///
/// Identifiers come from scenario files (`"330100-EDU"`), so they stay human-readable in traces
/// and reports. Sorting is by the raw string's Unicode scalar order, which is independent of the
/// process locale and so deterministic.
public protocol StringIdentifier: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
where RawValue == String, StringLiteralType == String {
    /// The identifier spelled by `rawValue`; every string is a valid identifier.
    init(rawValue: String)
}

extension StringIdentifier {
    /// The identifier spelled by a string literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// The identifier spelled by `value`.
    public init(_ value: String) { self.init(rawValue: value) }

    /// Orders by the raw string (Swift compares strings by Unicode scalars, not by locale).
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// The raw string.
    public var description: String { rawValue }

    /// `true` when the identifier is the empty string (never a valid id in a world).
    public var isEmpty: Bool { rawValue.isEmpty }
}
