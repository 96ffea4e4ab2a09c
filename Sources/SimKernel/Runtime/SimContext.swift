/// Why a scheduling call was refused.
public enum SchedulingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The requested time is earlier than the current virtual time: the kernel never reorders the past.
    case timeInPast(requested: SimInstant, now: SimInstant)
    /// The target address names no registered actor.
    case unknownTarget(ActorAddress)

    public var description: String {
        switch self {
        case .timeInPast(let requested, let now):
            return "cannot schedule at \(requested): it is before the current time \(now)"
        case .unknownTarget(let address): return "no actor is registered at \(address)"
        }
    }
}

/// A handle to a pending timer, for cancellation.
public struct TimerID: Hashable, Sendable {
    /// The delivery time of the scheduled event, in ms since the epoch.
    public let time: Int64
    /// The sequence number of the scheduled event.
    public let sequence: UInt64

    @inlinable init(time: Int64, sequence: UInt64) {
        self.time = time
        self.sequence = sequence
    }
}

/// The state of one run that its actors touch synchronously: virtual clock, event queue, actor
/// table, stop flag.
///
/// Safety: a context is confined to its run's ``SimExecutor``. Actors call it only from their
/// isolated handlers, and every actor of the run shares that one serial executor, so accesses
/// never overlap; set-up (registration, initial sends) happens before the run starts, on the
/// thread that builds the world. That confinement is why it is `@unchecked Sendable`, and why
/// its hot properties opt out of dynamic exclusivity checks (about 50 ns an event otherwise).
public final class SimContext<Message: Sendable>: @unchecked Sendable {
    /// The run's executor; every actor of the run returns it as its `unownedExecutor`.
    public let executor: SimExecutor
    /// Midnight of the start date (Beijing time) is instant zero.
    public let epoch: SimEpoch

    @exclusivity(unchecked) @usableFromInline var queue = EventQueue<Message>()
    @exclusivity(unchecked) @usableFromInline var nextSequence: UInt64 = 0
    @exclusivity(unchecked) @usableFromInline var nowTicks: Int64 = 0
    @exclusivity(unchecked) @usableFromInline var currentSequence: UInt64 = 0
    /// Owns the run's actors, in registration order.
    @exclusivity(unchecked) @usableFromInline var actors: ContiguousArray<any SimActor<Message>> = []
    /// The same actors without ownership, for delivery: `actors` keeps them alive for the context's
    /// lifetime, so the kernel's loop need not retain and release the target of every event.
    @exclusivity(unchecked) @usableFromInline var targets: ContiguousArray<ActorSlot<Message>> = []
    @exclusivity(unchecked) @usableFromInline var cancelled: Set<UInt64> = []
    @exclusivity(unchecked) @usableFromInline var stopRequested = false
    @exclusivity(unchecked) @usableFromInline var delivered: UInt64 = 0

    /// Called before each delivery when set (tests and traces); `nil` costs one branch per event.
    @exclusivity(unchecked) public var deliveryHook: ((ScheduledEvent<Message>) -> Void)?

    /// A context for a new run.
    public init(
        epoch: SimEpoch = SimEpoch(startDate: CivilDate(year: 2016, month: 1, day: 1)!),
        executor: SimExecutor = SimExecutor()
    ) {
        self.epoch = epoch
        self.executor = executor
    }

    // MARK: Clock

    /// The current virtual time.
    @inlinable public var now: SimInstant { SimInstant(milliseconds: nowTicks) }
    /// The sequence number of the event being delivered (0 before the first).
    @inlinable public var sequence: UInt64 { currentSequence }
    /// Events delivered so far.
    @inlinable public var deliveredCount: UInt64 { delivered }
    /// Events still pending.
    @inlinable public var pendingCount: Int { queue.count }

    // MARK: Actors

    /// Reserves the next address; register the actor built with it through ``register(_:)``.
    public var nextAddress: ActorAddress { ActorAddress(Int32(actors.count)) }

    /// Adds an actor to the run's table and returns its address (registration order).
    ///
    /// The actor must return this context's ``executor`` as its `unownedExecutor`: the kernel
    /// delivers to it inline, relying on that shared serial executor for its isolation.
    @discardableResult
    public func register(_ actor: any SimActor<Message>) -> ActorAddress {
        precondition(actors.count < Int(Int32.max), "too many actors")
        precondition(
            Self.isSameExecutor(actor.unownedExecutor, executor.asUnownedSerialExecutor()),
            "a simulation actor must return its context's executor as its unownedExecutor")
        actors.append(actor)
        targets.append(ActorSlot(actor))
        return ActorAddress(Int32(actors.count - 1))
    }

    /// Whether two executor references are the same executor (both are built with `ordinary:`, so
    /// their bits are equal exactly when they name the same executor object).
    private static func isSameExecutor(_ a: UnownedSerialExecutor, _ b: UnownedSerialExecutor) -> Bool {
        withUnsafeBytes(of: a) { a in withUnsafeBytes(of: b) { b in a.elementsEqual(b) } }
    }

    /// The number of registered actors.
    public var actorCount: Int { actors.count }

    // MARK: Scheduling

    /// Sends `message` to `target`, delivered `delay` from now (zero: after everything already
    /// scheduled for now). Events at equal times are delivered in send order.
    @inlinable public func send(_ message: consuming Message, to target: ActorAddress, after delay: SimDuration = .zero)
    {
        precondition(delay.milliseconds >= 0, "negative delay \(delay): the kernel never schedules into the past")
        enqueue(message, to: target, time: nowTicks &+ delay.milliseconds)
    }

    /// Schedules `message` for `target` at the absolute instant `time`.
    /// - Throws: ``SchedulingError/timeInPast(requested:now:)`` when `time` is before now.
    @discardableResult
    @inlinable public func setTimer(
        at time: SimInstant, to target: ActorAddress, _ message: Message
    ) throws(SchedulingError)
        -> TimerID
    {
        guard time.milliseconds >= nowTicks else { throw .timeInPast(requested: time, now: now) }
        guard Int(target.index) < actors.count, target.index >= 0 else { throw .unknownTarget(target) }
        return TimerID(time: time.milliseconds, sequence: enqueue(message, to: target, time: time.milliseconds))
    }

    /// Schedules `message` for `target` after `delay`, returning a handle that can cancel it.
    @discardableResult
    @inlinable public func setTimer(after delay: SimDuration, to target: ActorAddress, _ message: Message) -> TimerID {
        precondition(delay.milliseconds >= 0, "negative timer delay \(delay)")
        let time = nowTicks &+ delay.milliseconds
        return TimerID(time: time, sequence: enqueue(message, to: target, time: time))
    }

    /// Cancels a pending timer; a timer already delivered is left alone.
    ///
    /// Delivery follows the total (time, sequence) order, so a timer ordered before the event being
    /// delivered has already fired and leaves nothing behind in the cancellation set.
    public func cancel(_ timer: TimerID) {
        let alreadyDelivered =
            delivered > 0
            && (timer.time < nowTicks || (timer.time == nowTicks && timer.sequence <= currentSequence))
        if !alreadyDelivered { cancelled.insert(timer.sequence) }
    }

    /// Asks the kernel to stop after the event being delivered.
    public func requestStop() { stopRequested = true }

    @usableFromInline @discardableResult
    func enqueue(_ message: consuming Message, to target: ActorAddress, time: Int64) -> UInt64 {
        nextSequence &+= 1
        queue.push(time: time, sequence: nextSequence, target: target, message: message)
        return nextSequence
    }
}

/// An actor table entry that does not own its actor (``SimContext/actors`` does).
@usableFromInline struct ActorSlot<Message: Sendable> {
    @usableFromInline unowned(unsafe) let actor: any SimActor<Message>
    @inlinable init(_ actor: any SimActor<Message>) { self.actor = actor }
}
