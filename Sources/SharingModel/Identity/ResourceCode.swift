/// The code of an information resource in a catalog (信息资源代码, R-CAT-2).
///
/// Encoded as a plain JSON string.
public struct ResourceCode: StringIdentifier {
    /// The identifier as written in the scenario.
    public let rawValue: String

    /// The identifier spelled by `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }
}
