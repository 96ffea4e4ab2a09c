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
}
