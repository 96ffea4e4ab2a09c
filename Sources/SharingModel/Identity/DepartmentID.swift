/// A government department (政务部门), or a district that connects to its city's platform like one.
///
/// Encoded as a plain JSON string.
public struct DepartmentID: StringIdentifier {
    /// The identifier as written in the scenario.
    public let rawValue: String

    /// The identifier spelled by `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }
}
