/// Seed 002: upper-level systems serve the grassroots badly — "延时、断网、数据丢失和卡机闪退".
///
/// Applied to every upload of a line's reports (and its latency also to returns): an attempt is
/// disconnected (nothing arrives, the collector sees the failure at once) with `disconnectProbability`;
/// otherwise each record of it is lost in upload with `recordLossRate`, and the rest arrive after
/// `latency`.
public struct UpperSystemFaults: Hashable, Sendable, Codable {
    /// Time from sending to arrival (uploads, acknowledgements and returns).
    public var latency: DelayDistribution
    /// The probability that an upload attempt fails outright (disconnection, a crashed app).
    public var disconnectProbability: Double
    /// The probability that one record of an attempt that goes through is lost.
    public var recordLossRate: Double

    /// Faults of an upper system.
    public init(
        latency: DelayDistribution = .onlineSystem, disconnectProbability: Double = 0, recordLossRate: Double = 0
    ) {
        self.latency = latency
        self.disconnectProbability = disconnectProbability
        self.recordLossRate = recordLossRate
    }

    /// A system that works: seconds of latency, nothing fails.
    public static let none = UpperSystemFaults()
}

extension DelayDistribution {
    /// A few seconds, as a working online system answers.
    public static let onlineSystem = DelayDistribution.lognormal(median: .seconds(2), p95: .seconds(10))
}
