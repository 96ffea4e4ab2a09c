/// What an instance asks of its shell at one event, in order: the buffer every `handle(_:now:into:)` and its
/// helpers append to (docs/decisions/0006).
///
/// The shells of a run share one (``DirectiveScratch``) and ``SimContext/perform(_:for:sink:)`` drains it after
/// every event. It owns its storage directly (it is `~Copyable`): an array paid a uniqueness check on every
/// append, and emptying it went through a generic replace that destroyed each moved-out slot, together about
/// 8% of a national run.
///
/// Sends and timers are kept apart from observations, each in the order appended. Nothing a shell does
/// depends on how the two interleave (sends only queue events; observations only reach the sink), and an
/// observation stored as itself reaches the sink without being copied out of a `Directive` first.
public struct DirectiveBuffer: ~Copyable {
    // Two runs the buffer owns (flat fields: a nested ~Copyable storage type made the optimizer inline its
    // non-inlinable deinit and crash).
    @usableFromInline var actions: UnsafeMutablePointer<Directive>
    @usableFromInline var actionCapacity = 8
    @usableFromInline var actionCount = 0
    @usableFromInline var observations: UnsafeMutablePointer<Observation>
    @usableFromInline var observationCapacity = 8
    @usableFromInline var observationsHeld = 0

    /// An empty buffer.
    public init() {
        actions = .allocate(capacity: 8)
        observations = .allocate(capacity: 8)
    }

    deinit {
        actions.deinitialize(count: actionCount)
        actions.deallocate()
        observations.deinitialize(count: observationsHeld)
        observations.deallocate()
    }

    /// The number of directives held.
    @inlinable public var count: Int { actionCount &+ observationsHeld }
    /// Whether none is held.
    @inlinable public var isEmpty: Bool { actionCount == 0 && observationsHeld == 0 }
    /// The number of observations held: where ``forEachObservation(from:_:)`` starts for what comes next.
    @inlinable public var observationCount: Int { observationsHeld }

    /// Adds `directive` after the others.
    @inlinable public mutating func append(_ directive: consuming Directive) {
        switch consume directive {
        case .observe(let observation):
            if observationsHeld == observationCapacity { growObservations() }
            (observations + observationsHeld).initialize(to: observation)
            observationsHeld &+= 1
        case let other:
            if actionCount == actionCapacity { growActions() }
            (actions + actionCount).initialize(to: other)
            actionCount &+= 1
        }
    }

    @usableFromInline mutating func growActions() {
        actions = Self.doubled(actions, count: actionCount, capacity: &actionCapacity)
    }

    @usableFromInline mutating func growObservations() {
        observations = Self.doubled(observations, count: observationsHeld, capacity: &observationCapacity)
    }

    /// Moves `count` values to storage of twice `capacity`, frees the old storage and doubles `capacity`.
    static func doubled<Element>(
        _ base: UnsafeMutablePointer<Element>, count: Int, capacity: inout Int
    ) -> UnsafeMutablePointer<Element> {
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        capacity *= 2
        return bigger
    }

    /// Calls `body` with each observation from index `start` on (of those held), in order, keeping them.
    public func forEachObservation(from start: Int, _ body: (borrowing Observation) -> Void) {
        for index in start..<observationsHeld { body(observations[index]) }
    }

    /// Moves every send and timer out, in order, into `act`, then every observation into `observe`, and
    /// leaves the buffer empty (its storage kept).
    @inlinable public mutating func drain(
        actions act: (consuming Directive) -> Void, observations observe: (consuming Observation) -> Void
    ) {
        let n = actionCount
        actionCount = 0
        for index in 0..<n { act((actions + index).move()) }
        let m = observationsHeld
        observationsHeld = 0
        for index in 0..<m { observe((observations + index).move()) }
    }

    /// The directives as an array, sends and timers first, leaving the buffer empty (tests and the
    /// array-returning `handle`).
    public mutating func takeAll() -> [Directive] {
        var all: [Directive] = []
        all.reserveCapacity(count)
        drain(actions: { all.append($0) }, observations: { all.append(.observe($0)) })
        return all
    }
}
