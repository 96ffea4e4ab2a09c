import SimKernel

/// The idempotency key of one transfer to one peer: a retry carries the same key, and a receiver
/// recognises a repeat by (department, version) (`DeltaApplication.duplicate`).
public struct TransferKey: Hashable, Sendable {
    /// The receiver.
    public var peer: ActorAddress
    /// The department.
    public var department: DepartmentID
    /// The version carried.
    public var version: UInt64
    /// Delta or snapshot.
    public var kind: TransferKind

    /// A key.
    public init(peer: ActorAddress, department: DepartmentID, version: UInt64, kind: TransferKind) {
        self.peer = peer
        self.department = department
        self.version = version
        self.kind = kind
    }
}
