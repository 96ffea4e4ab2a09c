import SimKernel

/// A distribution of delays: link latency, a department's lateness (R-CAT-4), repair times.
///
/// Every draw comes from the caller's `RandomStream`, so a run is reproducible from its seed.
public enum DelayDistribution: Hashable, Sendable, Codable {
    /// Always the same delay.
    case fixed(SimDuration)
    /// Uniform between `min` and `max` (inclusive of `min`).
    case uniform(min: SimDuration, max: SimDuration)
    /// Exponential with the given mean.
    case exponential(mean: SimDuration)
    /// Log-normal given by its median and 95th percentile (right-skewed, as network and office delays are).
    case lognormal(median: SimDuration, p95: SimDuration)

    /// No delay.
    public static let zero = DelayDistribution.fixed(.zero)

    /// One draw; never negative.
    public func sample(_ random: inout RandomStream) -> SimDuration {
        let ms: Double
        switch self {
        case .fixed(let d):
            return d
        case .uniform(let lo, let hi):
            guard hi > lo else { return lo }
            ms = random.uniform(Double(lo.milliseconds)..<Double(hi.milliseconds))
        case .exponential(let mean):
            guard mean.milliseconds > 0 else { return .zero }
            ms = random.exponential(mean: Double(mean.milliseconds))
        case .lognormal(let median, let p95):
            guard median.milliseconds > 0 else { return .zero }
            let upper = max(Double(p95.milliseconds), Double(median.milliseconds))
            ms = random.lognormal(median: Double(median.milliseconds), p95: upper)
        }
        return SimDuration(milliseconds: max(0, Int64(ms.rounded())))
    }
}
