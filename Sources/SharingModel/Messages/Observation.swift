import SimKernel

/// Every state change worth knowing, the one stream that feeds metrics, traces and expectations
/// (DESIGN.md "The idea"). Later flows add cases; payloads are structs so they can grow.
///
/// Size is speed here (docs/decisions/0006): every directive, record and collector call copies an
/// observation by value, and an enum is as large as its largest payload. Cases whose payload is larger
/// than the hot request records are `indirect`, boxed on the heap; a run makes few of them. The request
/// records (`requestMade`, `requestClosed`) hold their request by reference, so they are small and
/// inline (docs/decisions/0007). Keep new large payloads `indirect` (`ObservationSizeTests` checks the size).
public enum Observation: Hashable, Sendable {
    // MARK: Catalogs (R-CAT-3, R-CAT-4)

    /// A department published its first catalog.
    case catalogPublished(department: DepartmentID, version: UInt64, resources: Int)
    /// A department refused to publish a catalog that breaks rules (R-CAT-2, R-CAT-3, R-SHR-4);
    /// `changeID` is the change whose update was refused, `nil` for the first catalog.
    case catalogRefused(department: DepartmentID, changeID: Int?, errors: [CatalogError])
    /// R-CAT-4: a department's functions changed; its update is due by the deadline.
    case functionsChanged(FunctionChangeNotice)
    /// R-CAT-4: a department updated its catalog after a change (on time or late).
    case catalogUpdated(CatalogUpdate)

    // MARK: Transfers (R-CAT-3 aggregation)

    /// A transfer was put on a link for the first time.
    indirect case deltaSent(TransferTrace)
    /// A transfer was sent again because no acknowledgement came.
    indirect case deltaRetried(TransferTrace)
    /// A transfer (first send or retry) never arrived.
    indirect case deltaLost(TransferTrace, LossReason)
    /// A sender gave up on a transfer after its last attempt.
    indirect case deltaAbandoned(TransferTrace)
    /// A platform received a transfer and applied it, or found it a duplicate, stale, or a gap.
    case deltaReceived(TransferReceipt)
    /// A platform that saw a gap asked for a snapshot.
    case snapshotRequested(by: SyncNode, department: DepartmentID, wantedVersion: UInt64)
    /// An acknowledgement or snapshot request never arrived.
    case controlLost(from: SyncNode, to: SyncNode, what: ControlMessageKind, reason: LossReason)

    // MARK: Requests (R-SHR-2, R-SHR-3, R-SHR-4, R-SEC-1)

    /// A user sent a request.
    case requestMade(RequestRecord)
    /// A request or its answer was lost on a hop; `at` is the node that sent it.
    case requestLost(RequestID, at: SyncNode, leg: RequestLeg, reason: LossReason)
    /// R-SHR-3: a provider answered an application after review.
    case requestReviewed(ReviewRecord)
    /// The request's one terminal state, at its user.
    case requestClosed(RequestClosure)
    /// An answer reached a user after it had closed the request as expired; it changes nothing.
    case answerAfterClose(RequestID)

    // MARK: Use and demand (R-USE-1, R-USE-2, R-USE-3)

    /// R-USE-1: a use outside the licence was attempted and blocked.
    indirect case useBlocked(UseViolation)
    /// R-USE-2: a service application finished.
    case applicationCompleted(ApplicationRecord)
    /// R-USE-3: a user found a wrong record and reported it.
    indirect case errorReported(ErrorReport)
    /// R-USE-3: the report never reached the provider.
    indirect case errorReportLost(ErrorReport, LossReason)
    /// R-USE-3: the provider corrected the record.
    indirect case errorCorrected(ErrorCorrection)

    // MARK: Disputes (R-ESC-1, R-ESC-2, R-ESC-3)

    /// A user opened a dispute.
    indirect case disputeOpened(DisputeRecord)
    /// A body took a dispute up.
    case disputeStageStarted(DisputeStageRecord)
    /// A stage ended without a ruling; the dispute goes to the next body.
    case disputeEscalated(DisputeID, from: EscalationStage, reason: EscalationReason)
    /// A dispute was settled.
    indirect case disputeResolved(DisputeResolution)
    /// A dispute message was lost on the way; the dispute stays open (and is reported open at the end).
    case disputeMessageLost(DisputeID, reason: LossReason)

    // MARK: Vertical flows (R-RET-1, R-RET-2)

    /// Upward reporting and data return.
    case vertical(VerticalObservation)
    // MARK: Evaluation and accountability (R-EVAL-1..4, R-PLT-3)

    /// R-PLT-3: what became of one owed item this year.
    case itemProvision(ProvisionRecord)
    /// R-EVAL-1: a department's published evaluation, with its notice (R-EVAL-2, R-EVAL-3).
    indirect case departmentEvaluated(DepartmentEvaluation)
    /// R-EVAL-1: a government's published evaluation.
    indirect case governmentEvaluated(GovernmentEvaluation)
    /// A department's behaviour moved under evaluation pressure.
    case profileShifted(ProfileShiftRecord)
}

/// Control messages of the sync protocol.
public enum ControlMessageKind: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// An acknowledgement.
    case ack
    /// A snapshot request.
    case snapshotRequest

    /// The raw value.
    public var description: String { rawValue }
}

/// A transfer on a link, as observed by its sender.
public struct TransferTrace: Hashable, Sendable {
    /// The sender.
    public var from: SyncNode
    /// The receiver.
    public var to: SyncNode
    /// The department whose catalog moves.
    public var department: DepartmentID
    /// The version carried.
    public var version: UInt64
    /// Delta or snapshot.
    public var kind: TransferKind
    /// 1 for the first send.
    public var attempt: Int

    /// A trace.
    public init(
        from: SyncNode, to: SyncNode, department: DepartmentID, version: UInt64, kind: TransferKind, attempt: Int
    ) {
        self.from = from
        self.to = to
        self.department = department
        self.version = version
        self.kind = kind
        self.attempt = attempt
    }
}

/// A transfer taken in by a platform.
public struct TransferReceipt: Hashable, Sendable {
    /// The receiving platform.
    public var platform: SyncNode
    /// The department.
    public var department: DepartmentID
    /// The version carried.
    public var version: UInt64
    /// Delta or snapshot.
    public var kind: TransferKind
    /// What it did to the platform's replica.
    public var result: DeltaApplication

    /// A receipt.
    public init(
        platform: SyncNode, department: DepartmentID, version: UInt64, kind: TransferKind, result: DeltaApplication
    ) {
        self.platform = platform
        self.department = department
        self.version = version
        self.kind = kind
        self.result = result
    }
}

/// R-CAT-4: a change of functions and the deadline of the catalog update it calls for.
public struct FunctionChangeNotice: Hashable, Sendable {
    /// The department.
    public var department: DepartmentID
    /// The scripted change.
    public var changeID: Int
    /// The end of the 15th working day after the change.
    public var deadline: SimInstant

    /// A notice.
    public init(department: DepartmentID, changeID: Int, deadline: SimInstant) {
        self.department = department
        self.changeID = changeID
        self.deadline = deadline
    }
}

/// R-CAT-4: the catalog update a department made after a change of functions.
public struct CatalogUpdate: Hashable, Sendable {
    /// The department.
    public var department: DepartmentID
    /// The change it answers.
    public var changeID: Int
    /// The catalog version that holds it.
    public var version: UInt64
    /// When the functions changed.
    public var changedAt: SimInstant
    /// The deadline.
    public var deadline: SimInstant
    /// Whether the update came after the deadline.
    public var late: Bool

    /// An update.
    public init(
        department: DepartmentID, changeID: Int, version: UInt64, changedAt: SimInstant, deadline: SimInstant,
        late: Bool
    ) {
        self.department = department
        self.changeID = changeID
        self.version = version
        self.changedAt = changedAt
        self.deadline = deadline
        self.late = late
    }
}
