/// Seed 002: failures of the upper system "直接影响了基层收集基础数据资源的积极性" — a grassroots
/// collector facing them collects less.
///
/// The collector keeps an exponentially weighted failure rate over its upload attempts (1 for a
/// disconnected attempt, the lost share of records for one that went through, 0 for a clean one).
/// The share of occurring records it enters in the next period is
/// `baseCompleteness × (1 − discouragement × failureRate)`, clamped to 0…1.
public struct CollectionFeedback: Hashable, Sendable, Codable {
    /// The share of occurring records collected while the system works.
    public var baseCompleteness: Double
    /// How strongly failures discourage collection (0: not at all; 1: a system that always fails stops collection).
    public var discouragement: Double
    /// The weight of the latest attempt in the failure rate (0 < memory ≤ 1).
    public var memory: Double

    /// A feedback.
    public init(baseCompleteness: Double = 1, discouragement: Double = 0, memory: Double = 0.2) {
        self.baseCompleteness = baseCompleteness
        self.discouragement = discouragement
        self.memory = memory
    }

    /// Collectors that always collect everything.
    public static let none = CollectionFeedback()

    /// The share of occurring records collected when the failure rate is `failureRate`.
    public func completeness(failureRate: Double) -> Double {
        min(1, max(0, baseCompleteness * (1 - discouragement * failureRate)))
    }

    /// The failure rate after one more attempt whose failure was `failure` (0…1).
    public func updated(_ rate: Double, failure: Double) -> Double {
        rate + memory * (failure - rate)
    }
}
