/// How a call to ``Kernel/run(until:)`` ended.
public struct RunOutcome: Hashable, Sendable {
    /// Why the loop stopped.
    public enum Reason: String, Hashable, Sendable {
        /// No event was left.
        case queueEmpty
        /// The next event lies after the time limit; the clock stands at the limit.
        case timeLimit
        /// A handler called ``SimContext/requestStop()`` or the stop condition held.
        case stopped
    }

    public var reason: Reason
    /// Events delivered during this call.
    public var delivered: UInt64
    /// The virtual time when the loop stopped.
    public var time: SimInstant

    @inlinable public init(reason: Reason, delivered: UInt64, time: SimInstant) {
        self.reason = reason
        self.delivered = delivered
        self.time = time
    }
}

/// The deterministic runtime of one run: pops events in (time, sequence) order and delivers each
/// with a direct synchronous call into the target actor, which shares this kernel's executor and
/// is therefore already isolated (DESIGN.md "The runtime"; docs/decisions/0002).
public actor Kernel<Message: Sendable> {
    /// The run's shared state.
    public nonisolated let context: SimContext<Message>

    public nonisolated var unownedExecutor: UnownedSerialExecutor { context.executor.asUnownedSerialExecutor() }

    /// A kernel over `context`.
    public init(context: SimContext<Message>) { self.context = context }

    /// Delivers events until the queue is empty, the next event is after `limit`, a handler asks
    /// to stop, or `stopWhen` (checked after each event) holds; see ``deliverEvents(_:until:stopWhen:)``.
    public func run(until limit: SimInstant = .distantFuture, stopWhen: (() -> Bool)? = nil) async -> RunOutcome {
        await deliverEvents(self, until: limit, stopWhen: stopWhen)
    }
}

/// The kernel's loop, as a free function isolated to the kernel.
///
/// It is a free `@inlinable` function rather than only a method so that the module that defines
/// the message type can call it directly and get a copy specialized for that type: the optimizer
/// does not specialize a generic actor's async method across modules, and the unspecialized loop
/// is about 4x slower (measured: 1.9 M against 7+ M events/s).
///
/// Events scheduled exactly at `limit` are delivered; on a time limit the clock ends at `limit`,
/// so a later call resumes where this one stopped.
@inlinable
public func deliverEvents<Message: Sendable>(
    _ kernel: isolated Kernel<Message>, until limit: SimInstant = .distantFuture, stopWhen: (() -> Bool)? = nil
) async -> RunOutcome {
    let ctx = kernel.context
    ctx.stopRequested = false
    var count: UInt64 = 0
    var reason = RunOutcome.Reason.queueEmpty
    while true {
        guard let nextTime = ctx.queue.nextTime else { break }
        if nextTime > limit.milliseconds {
            reason = .timeLimit
            ctx.nowTicks = max(ctx.nowTicks, limit.milliseconds)
            break
        }
        // Bound by `guard let`, which moves the event out; `unsafelyUnwrapped` copied it (a retain and a
        // release of its message's payload per event).
        guard let event = ctx.queue.pop() else { break }
        if !ctx.cancelled.isEmpty, ctx.cancelled.remove(event.sequence) != nil { continue }
        ctx.nowTicks = event.time
        ctx.currentSequence = event.sequence
        ctx.delivered &+= 1
        count &+= 1
        if let hook = ctx.deliveryHook { hook(event) }
        deliverInline(ctx.targets[Int(event.target.index)], event.message)
        if ctx.stopRequested || (stopWhen?() ?? false) {
            reason = .stopped
            break
        }
    }
    if reason == .queueEmpty, limit < .distantFuture { ctx.nowTicks = max(ctx.nowTicks, limit.milliseconds) }
    return RunOutcome(reason: reason, delivered: count, time: ctx.now)
}

/// Calls `slot.actor.receive(message)` synchronously on the current thread, without an executor hop
/// and without retaining the actor.
///
/// Safety: the caller is isolated to the run's kernel, hence running on the run's ``SimExecutor``;
/// every registered actor returns that same serial executor as its `unownedExecutor`
/// (``SimContext/register(_:)`` checks it), so the actor is already isolated here. This is the cast
/// `Actor.assumeIsolated` does, without its per-call executor check and without the two task
/// switches (into the target and back to the kernel) that `await target.receive(message)` costs.
/// The slot is passed where the function expects the existential: an `unowned(unsafe)` reference
/// has the same representation as a strong one, and ``SimContext/actors`` keeps the actor alive.
@inlinable @inline(__always)
func deliverInline<Message: Sendable>(_ slot: ActorSlot<Message>, _ message: Message) {
    typealias Isolated = (isolated any SimActor<Message>, Message) -> Void
    typealias Plain = (ActorSlot<Message>, Message) -> Void
    let receive: Isolated = { actor, message in actor.receive(message) }
    unsafeBitCast(receive, to: Plain.self)(slot, message)
}
