/// Who did something, as observations name it: a department or a platform.
public enum SyncNode: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A department.
    case department(DepartmentID)
    /// The platform of a government, with its level.
    case platform(GovernmentID, Level)

    /// `dept:ZJ-HZ-EDU` or `platform:ZJ-HZ`.
    public var description: String {
        switch self {
        case .department(let id): "dept:\(id)"
        case .platform(let id, _): "platform:\(id)"
        }
    }

    /// The platform's level, or `nil` for a department.
    public var platformLevel: Level? {
        if case .platform(_, let level) = self { return level }
        return nil
    }
}
