/// A government of the world: national, a province, or a city (prefecture level and above). Each
/// builds its sharing platform (R-PLT-1).
public struct GovernmentSpec: Hashable, Sendable, Codable {
    /// Its id, e.g. `CN`, `ZJ`, `ZJ-HZ`.
    public var id: GovernmentID
    /// Its name, e.g. `浙江省`.
    public var name: String
    /// Its level.
    public var level: Level
    /// The government one level up; `nil` for the national one.
    public var parent: GovernmentID?

    /// A government.
    public init(id: GovernmentID, name: String, level: Level, parent: GovernmentID?) {
        self.id = id
        self.name = name
        self.level = level
        self.parent = parent
    }
}
