/// The classes of link in the sharing world (DESIGN.md "The world").
public enum LinkClass: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// A department's front-end system to its platform (前置系统), both directions.
    case frontEnd
    /// A municipal platform to its provincial platform, both directions.
    case municipalProvincial
    /// A provincial platform to the national platform, both directions.
    case provincialNational

    /// The raw value.
    public var description: String { rawValue }
}
