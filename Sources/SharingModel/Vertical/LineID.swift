/// A vertical data line (R-RET-1, R-RET-2), e.g. `public-security-population`.
///
/// Encoded as a plain JSON string.
public struct LineID: StringIdentifier {
    /// The identifier as written in the scenario.
    public let rawValue: String

    /// The identifier spelled by `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }
}
