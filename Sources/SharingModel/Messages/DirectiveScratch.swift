/// The ``DirectiveBuffer`` the shells of one run share: one handler runs at a time on the run's executor
/// and its shell drains the buffer before returning, so one buffer serves every actor.
///
/// Shared rather than one per shell because a buffer per actor was one more cold allocation per event in a
/// large world: each delivery wrote the receiving actor's own storage, 18,000 buffers in the national world,
/// where a shared one stays in the cache (docs/decisions/0009).
///
/// Like ``SimContext`` it is confined to its run's executor (hence `@unchecked Sendable`). A shell built
/// alone (tests) gets one of its own.
public final class DirectiveScratch: @unchecked Sendable {
    /// The buffer handlers append to; empty between events.
    @exclusivity(unchecked) public var buffer = DirectiveBuffer()

    /// An empty buffer.
    public init() {}
}
