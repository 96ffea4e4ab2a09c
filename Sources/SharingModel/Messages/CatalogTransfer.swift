import SimKernel

/// A catalog change moving up one link: a delta, or a snapshot for a resync after a gap.
public struct CatalogTransfer: Sendable {
    /// What is carried.
    public enum Payload: Sendable {
        /// Changes from one version to another.
        case delta(CatalogDelta)
        /// The whole catalog of one department.
        case snapshot(DepartmentCatalog)
    }

    /// What is carried.
    public var payload: Payload
    /// The sending actor (a department or a platform below), for the acknowledgement and resyncs.
    public var sender: ActorAddress
    /// 1 for the first send, 2 for the first retry, …
    public var attempt: Int

    /// A transfer.
    public init(payload: Payload, sender: ActorAddress, attempt: Int = 1) {
        self.payload = payload
        self.sender = sender
        self.attempt = attempt
    }

    /// The department whose catalog it carries.
    public var department: DepartmentID {
        switch payload {
        case .delta(let d): d.department
        case .snapshot(let c): c.department
        }
    }

    /// The version a replica holds once it has taken the transfer.
    public var version: UInt64 {
        switch payload {
        case .delta(let d): d.toVersion
        case .snapshot(let c): c.version
        }
    }

    /// Delta or snapshot.
    public var kind: TransferKind {
        switch payload {
        case .delta: .delta
        case .snapshot: .snapshot
        }
    }
}

/// Delta or snapshot.
public enum TransferKind: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// A versioned delta.
    case delta
    /// A full catalog.
    case snapshot

    /// The raw value.
    public var description: String { rawValue }
}
