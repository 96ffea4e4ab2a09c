/// A government (national, a province or a city): the owner of a platform and a sharing authority.
///
/// Encoded as a plain JSON string.
public struct GovernmentID: StringIdentifier {
    /// The identifier as written in the scenario.
    public let rawValue: String

    /// The identifier spelled by `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }
}
