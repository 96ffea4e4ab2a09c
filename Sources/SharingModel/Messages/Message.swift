/// Every message of a run: the kernel's `Message` type (DESIGN.md "The runtime").
///
/// One enum for the whole simulator, so the kernel loop is specialized once. Later flows (requests,
/// disputes, return flows) add cases; payloads are structs so a case can grow without breaking
/// every `switch`.
///
/// The kernel's queue holds every pending message by value, so rare large payloads are `indirect`
/// (boxed) and the enum stays as small as the hot request messages (docs/decisions/0006;
/// `ObservationSizeTests` checks the size).
public enum Message: Sendable {
    // MARK: Catalog sync (R-CAT-3)

    /// A department's catalog change, or a full snapshot, travelling up one link.
    indirect case catalogTransfer(CatalogTransfer)
    /// The receiver's acknowledgement of a transfer, travelling back down (only when retries are on).
    case transferAck(TransferAck)
    /// A platform that saw a gap asks the sender below for a snapshot of one department.
    case snapshotRequest(SnapshotRequest)

    // MARK: Department life

    /// World start: compile the catalog and publish it (R-CAT-3).
    case publishCatalog
    /// Scripted: the department's functions changed (R-CAT-4).
    case functionsChanged(FunctionChange)

    // MARK: Sharing requests (R-SHR-2, R-SHR-3, R-SHR-4, R-USE-*)

    /// World start: a department that handles services starts taking applications (R-USE-2).
    case startDemand
    /// Scripted: the department asks for one resource for a purpose.
    indirect case makeRequest(RequestTarget, purpose: Purpose)
    /// A request on its way to the provider, hop by hop through the platforms (or direct, one to one).
    case shareRequest(ShareRequest)
    /// The answer on its way back to the user.
    case shareResponse(ShareResponse)
    /// R-USE-3: a user reports a wrong record to its provider.
    indirect case errorReport(ErrorReport)

    // MARK: Disputes (R-ESC-1, R-ESC-2, R-ESC-3)

    /// Scripted: the department opens a dispute over a resource it needs for a purpose.
    indirect case openDispute(RequestTarget, purpose: Purpose)
    /// A dispute brought to the body of stage `stage` of its path (the provider, an authority, the council).
    case dispute(Dispute, stage: Int)
    /// A body's answer to the user: a ruling, or the end of a stage without one.
    case disputeNotice(DisputeNotice)
    /// A ruling in the user's favour binds the provider: its platform records the grant.
    indirect case rulingGrant(GrantKey)

    // MARK: Vertical flows (R-RET-1, R-RET-2)

    /// Upward reporting and data return.
    case vertical(VerticalMessage)

    // MARK: Own timers

    /// A timer an actor set for itself.
    case timer(TimerEvent)

    // MARK: Evaluation and accountability (R-EVAL-1..4)

    /// World start: the department takes part in the yearly evaluation and starts providing its owed items.
    case startEvaluation(EvaluationSetup)
    /// A department's figures for a year, to its government's evaluator.
    indirect case yearReport(DepartmentYearReport)
    /// The evaluator's notice back to a department (R-EVAL-2, R-EVAL-3).
    case evaluationNotice(EvaluationNotice)
}
