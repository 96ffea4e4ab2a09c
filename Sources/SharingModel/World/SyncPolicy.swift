import SimKernel

/// How catalog transfers are made reliable (DESIGN.md "The world": platforms retry with idempotency
/// keys unless a scenario turns that off, as in seed 002's upper-level systems that lose data).
public struct SyncPolicy: Hashable, Sendable, Codable {
    /// Whether receivers acknowledge transfers and senders retry the unacknowledged ones, and
    /// whether a platform that sees a gap asks for a snapshot.
    public var retriesEnabled: Bool
    /// The wait before the first retry (and before re-asking for a snapshot).
    public var initialRetryDelay: SimDuration
    /// The cap on the doubling backoff.
    public var maxRetryDelay: SimDuration
    /// Attempts (first send included) before a sender gives up and observes the transfer abandoned.
    public var maxAttempts: Int

    /// A policy.
    public init(
        retriesEnabled: Bool = true, initialRetryDelay: SimDuration = .minutes(30),
        maxRetryDelay: SimDuration = .days(1), maxAttempts: Int = 40
    ) {
        self.retriesEnabled = retriesEnabled
        self.initialRetryDelay = max(.milliseconds(1), initialRetryDelay)
        self.maxRetryDelay = max(self.initialRetryDelay, maxRetryDelay)
        self.maxAttempts = max(1, maxAttempts)
    }

    /// Acknowledgements, retries and snapshot resync.
    public static let reliable = SyncPolicy()
    /// Fire and forget: a lost transfer is lost for good.
    public static let noRetries = SyncPolicy(retriesEnabled: false)

    /// The wait after attempt `attempt` (1-based) before the next one: doubling, capped.
    public func retryDelay(afterAttempt attempt: Int) -> SimDuration {
        let shift = min(max(0, attempt - 1), 40)
        let ms = initialRetryDelay.milliseconds.multipliedReportingOverflow(by: Int64(1) << Int64(shift))
        if ms.overflow { return maxRetryDelay }
        return min(maxRetryDelay, SimDuration(milliseconds: ms.partialValue))
    }
}
