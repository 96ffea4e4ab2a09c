import SimKernel

/// A platform's request for a full catalog of `department` after a gap.
public struct SnapshotRequest: Hashable, Sendable {
    /// The department.
    public var department: DepartmentID
    /// The version the requester needs at least.
    public var wantedVersion: UInt64
    /// The requesting platform.
    public var requester: ActorAddress

    /// A request.
    public init(department: DepartmentID, wantedVersion: UInt64, requester: ActorAddress) {
        self.department = department
        self.wantedVersion = wantedVersion
        self.requester = requester
    }
}
