/// What happened when a catalog delta or snapshot was offered to a replica (R-CAT-3 aggregation).
///
/// Platforms retry with idempotency keys, so the same delta can arrive twice and old deltas can
/// arrive late; both are no-ops. A gap means updates were lost: the platform needs a full resync
/// (`AggregatedCatalog.applySnapshot`).
public enum DeltaApplication: String, CaseIterable, Sendable, Codable, Hashable, CustomStringConvertible {
    /// The replica moved to the delta's (or snapshot's) version.
    case applied
    /// The replica already holds exactly that version; nothing changed.
    case duplicate
    /// The replica holds a newer version; nothing changed.
    case stale
    /// The delta starts after the version held; nothing changed, a snapshot is needed.
    case gap

    /// `true` only for `.applied`.
    public var changedState: Bool { self == .applied }

    /// The raw value.
    public var description: String { rawValue }
}
