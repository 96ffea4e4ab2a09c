import SimKernel

/// A dispute as its user opened it.
public struct DisputeRecord: Hashable, Sendable {
    /// The dispute.
    public var id: DisputeID
    /// The user.
    public var user: DepartmentID
    /// The provider.
    public var provider: DepartmentID
    /// The resource.
    public var resource: ResourceCode
    /// What was refused.
    public var refusal: RefusalReason
    /// The stages it may pass through, in order.
    public var path: [EscalationStage]

    /// The record of `dispute`.
    public init(_ dispute: Dispute) {
        id = dispute.id
        user = dispute.user
        provider = dispute.provider
        resource = dispute.resource
        refusal = dispute.refusal
        path = dispute.path.map(\.stage)
    }
}

/// A body took a dispute up.
public struct DisputeStageRecord: Hashable, Sendable {
    /// The dispute.
    public var id: DisputeID
    /// The stage.
    public var stage: EscalationStage
    /// When the body received it.
    public var startedAt: SimInstant
    /// The end of the stage's last working day.
    public var deadline: SimInstant

    /// A record.
    public init(id: DisputeID, stage: EscalationStage, startedAt: SimInstant, deadline: SimInstant) {
        self.id = id
        self.stage = stage
        self.startedAt = startedAt
        self.deadline = deadline
    }
}

/// Why a stage ended without a ruling.
public enum EscalationReason: String, Hashable, Sendable, CustomStringConvertible {
    /// R-ESC-1: the provider did not give way within the negotiation's time limit.
    case noAgreement
    /// R-ESC-2, R-ESC-3: the body did not rule within its deadline.
    case timedOut

    /// The raw value.
    public var description: String { rawValue }
}

/// A dispute was settled.
public struct DisputeResolution: Hashable, Sendable {
    /// The dispute.
    public var id: DisputeID
    /// The stage that settled it.
    public var stage: EscalationStage
    /// The ruling.
    public var outcome: DisputeOutcome
    /// Whether the resource is a base resource.
    public var isBase: Bool
    /// When the dispute was opened.
    public var openedAt: SimInstant
    /// When it was settled.
    public var resolvedAt: SimInstant
    /// Working days from opening to settlement.
    public var workingDays: Double
    /// Whether the settling body ruled after its own deadline (only the council may).
    public var late: Bool

    /// A resolution.
    public init(
        id: DisputeID, stage: EscalationStage, outcome: DisputeOutcome, isBase: Bool, openedAt: SimInstant,
        resolvedAt: SimInstant, workingDays: Double, late: Bool
    ) {
        self.id = id
        self.stage = stage
        self.outcome = outcome
        self.isBase = isBase
        self.openedAt = openedAt
        self.resolvedAt = resolvedAt
        self.workingDays = workingDays
        self.late = late
    }
}
