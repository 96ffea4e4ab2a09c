import SimKernel

/// The fate of one message put on a link, decided by the sender when it sends.
public enum Transmission: Hashable, Sendable {
    /// It arrives after this delay.
    case delivered(after: SimDuration)
    /// It never arrives.
    case lost(LossReason)
}
