/// A change of a department's functions (or of the law) that its catalog must follow within 15
/// working days (R-CAT-4): resources it now provides or provides differently, and ones it no longer does.
public struct FunctionChange: Hashable, Sendable, Codable {
    /// The change's number, unique in a world's script.
    public var id: Int
    /// The department whose functions change.
    public var department: DepartmentID
    /// Resources added or changed by the update.
    public var upserts: [ResourceMetadata]
    /// Resources dropped by the update.
    public var removals: [ResourceCode]

    /// A change.
    public init(id: Int, department: DepartmentID, upserts: [ResourceMetadata] = [], removals: [ResourceCode] = []) {
        self.id = id
        self.department = department
        self.upserts = upserts
        self.removals = removals
    }
}
