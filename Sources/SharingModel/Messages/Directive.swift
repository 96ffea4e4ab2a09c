import SimKernel

/// What an actor's instance asks its shell to do (STYLE.md example 1): instances decide, shells act.
public enum Directive: Sendable {
    /// Deliver `message` to `target` after `delay` (a link's latency already sampled by the sender).
    case send(Message, to: ActorAddress, after: SimDuration)
    /// Deliver `message` to the actor itself at `time`.
    case timer(Message, at: SimInstant)
    /// Emit an observation.
    case observe(Observation)
}
