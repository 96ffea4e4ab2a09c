/// The ``DirectiveBuffer`` the shells of one run share: one handler runs at a time on the run's executor
/// and its shell drains the buffer before returning, so one buffer serves every actor.
///
/// Shared rather than one per shell because a buffer per actor was two more cold allocations written at
/// every delivery in a large world (18,000 of them in the national world), where a shared one stays in the
/// cache (docs/decisions/0009).
///
/// Like ``SimContext`` it is confined to its run's executor (hence `@unchecked Sendable`). A shell built
/// alone (tests) gets one of its own.
public final class DirectiveScratch: @unchecked Sendable {
    /// The buffer handlers append to; empty between events. Reached through a pointer because a class's
    /// stored property accessed from another module is checked for exclusive access at run time on every
    /// access, `@exclusivity(unchecked)` or not (1.5% of a national year).
    public let buffer: UnsafeMutablePointer<DirectiveBuffer>

    /// An empty buffer.
    public init() {
        buffer = .allocate(capacity: 1)
        buffer.initialize(to: DirectiveBuffer())
    }

    deinit {
        buffer.deinitialize(count: 1)
        buffer.deallocate()
    }
}
