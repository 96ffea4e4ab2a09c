/// A timer an actor sets for itself.
public enum TimerEvent: Hashable, Sendable {
    /// Retry the transfer with this key if it is still unacknowledged.
    case retry(TransferKey)
    /// The integration mode's sync slot: push what changed since the last push.
    case syncDue
    /// R-CAT-4: the department makes the catalog update for this change now.
    case applyChange(changeID: Int)
    /// Ask again for a snapshot of this department if it has not come.
    case snapshotRequestDue(DepartmentID)
    /// R-USE-2: the next application for the department's service with this index arrives.
    case applicationArrival(service: Int)
    /// R-USE-2: the time the earliest open application may wait for shared data is up; what has not come
    /// is brought as originals (for every application due by now).
    case applicationDeadlines
    /// Close the requests that had no answer within the time limit.
    case expirySweep
    /// R-SHR-3: the provider answers the application under review.
    case reviewDue(RequestID)
    /// R-USE-3: the provider has verified and corrected the reported record.
    case correctionDue(RequestID)
    /// R-ESC-*: the body handling this dispute gives its answer (or its stage runs out).
    case disputeStageDue(DisputeID)
    /// R-RET-1, R-RET-2: a timer of the vertical flows.
    case vertical(VerticalTimer)
    /// R-EVAL-1: the evaluation year's books close; the department reports its figures.
    case evaluationYearEnd(year: Int)
    /// R-PLT-3: the department feeds owed item `item` of year `year` to the platform.
    case provisionDue(year: Int, item: Int)
}
