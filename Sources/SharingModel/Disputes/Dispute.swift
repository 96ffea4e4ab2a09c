import SimKernel

/// A dispute, unique in a run: the user department's address and its own serial number of disputes.
public struct DisputeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The user department's address.
    public var user: ActorAddress
    /// The user's serial number of the dispute, from 1.
    public var serial: UInt32

    /// A dispute id.
    public init(user: ActorAddress, serial: UInt32) {
        self.user = user
        self.serial = serial
    }

    /// By user, then serial.
    public static func < (a: DisputeID, b: DisputeID) -> Bool {
        a.user.index != b.user.index ? a.user.index < b.user.index : a.serial < b.serial
    }

    /// `d12.3`: dispute 3 of the department at address 12.
    public var description: String { "d\(user.index).\(serial)" }
}

/// A body on a dispute's path and where it sits: the provider for negotiation (R-ESC-1), a sharing
/// authority (R-ESC-2) or the coordination council (R-ESC-3).
public struct DisputeStop: Hashable, Sendable {
    /// The stage.
    public var stage: EscalationStage
    /// The address of the body that handles it.
    public var address: ActorAddress

    /// A stop.
    public init(stage: EscalationStage, address: ActorAddress) {
        self.stage = stage
        self.address = address
    }
}

/// A user's claim to data it was refused or that is not shared (R-ESC-1..3), and the path it will take.
///
/// Immutable and shared by reference, like ``ShareRequest``: it travels to every body on its path.
public final class Dispute: Sendable {
    /// The dispute's id.
    public let id: DisputeID
    /// The user department.
    public let user: DepartmentID
    /// The provider department.
    public let provider: DepartmentID
    /// The provider's platform, which records a grant the ruling orders.
    public let providerPlatform: ActorAddress
    /// The resource claimed.
    public let resource: ResourceCode
    /// Whether it is a base resource (R-SHR-4: shared by principle; every body orders it shared).
    public let isBase: Bool
    /// The purpose the user needs it for (R-USE-1): a ruling grants it for this purpose only.
    public let purpose: Purpose
    /// Why the provider refused, or the not-shared basis the catalog records.
    public let refusal: RefusalReason
    /// The bodies that take it up, in order (``EscalationPath``).
    public let path: [DisputeStop]
    /// When it was opened.
    public let openedAt: SimInstant

    /// A dispute.
    public init(
        id: DisputeID, user: DepartmentID, provider: DepartmentID, providerPlatform: ActorAddress,
        resource: ResourceCode, isBase: Bool, purpose: Purpose, refusal: RefusalReason, path: [DisputeStop],
        openedAt: SimInstant
    ) {
        precondition(!path.isEmpty, "a dispute needs a path")
        self.id = id
        self.user = user
        self.provider = provider
        self.providerPlatform = providerPlatform
        self.resource = resource
        self.isBase = isBase
        self.purpose = purpose
        self.refusal = refusal
        self.path = path
        self.openedAt = openedAt
    }

    /// The user's address.
    public var userAddress: ActorAddress { id.user }

    /// The grant a ruling in the user's favour creates (R-SHR-3: for the declared purpose).
    public var grantKey: GrantKey { GrantKey(user: id.user, provider: provider, resource: resource, purpose: purpose) }
}

/// How a stage ended.
public enum DisputeOutcome: Hashable, Sendable, CustomStringConvertible {
    /// The data is to be shared, under the conditions stated.
    case granted(conditions: String)
    /// The refusal stands, with its reason (R-SHR-4: the legal basis for not-shared data).
    case upheld(RefusalReason)

    /// `granted` or `upheld`.
    public var description: String {
        switch self {
        case .granted: "granted"
        case .upheld: "upheld"
        }
    }

    /// Whether the user gets the data.
    public var isGranted: Bool { if case .granted = self { true } else { false } }
}

/// What a body tells the user: a ruling, or that the stage ended without one and the dispute moves on.
public enum DisputeNotice: Sendable {
    /// The dispute is settled at stage `stage` (index in the path).
    case ruled(Dispute, stage: Int, DisputeOutcome)
    /// Stage `stage` ended without a ruling (no agreement in negotiation, or its deadline ran out); the
    /// user takes it to the next body.
    case unresolved(Dispute, stage: Int)
}
