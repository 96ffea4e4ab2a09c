import SimKernel

/// "I have your transfer": the idempotency key (department, version, kind) and who acknowledges.
public struct TransferAck: Hashable, Sendable {
    /// The department of the transfer.
    public var department: DepartmentID
    /// Its version.
    public var version: UInt64
    /// Delta or snapshot.
    public var kind: TransferKind
    /// The acknowledging actor (the transfer's receiver).
    public var from: ActorAddress

    /// An acknowledgement.
    public init(department: DepartmentID, version: UInt64, kind: TransferKind, from: ActorAddress) {
        self.department = department
        self.version = version
        self.kind = kind
        self.from = from
    }
}
