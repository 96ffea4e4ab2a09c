import Foundation
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

extension DelayDistribution {
    /// ``sample(_:)`` with the log-normal's parameters worked out once: a link samples every message it
    /// carries, and the two logarithms per draw were a third of the draw. Draws are bit for bit those of
    /// ``sample(_:)``.
    public struct Sampler: Hashable, Sendable {
        // What a log-normal draw reads comes first (docs/decisions/0017).
        @usableFromInline let mu: Double
        @usableFromInline let sigma: Double
        @usableFromInline let isLognormal: Bool
        /// The distribution.
        public let distribution: DelayDistribution

        /// A sampler of `distribution`.
        public init(_ distribution: DelayDistribution) {
            self.distribution = distribution
            if case .lognormal(let median, let p95) = distribution, median.milliseconds > 0 {
                let m = Double(median.milliseconds)
                let upper = max(Double(p95.milliseconds), m)
                // As RandomStream.lognormal(median:p95:) computes them.
                sigma = Foundation.log(upper / m) / 1.644_853_626_951_472_2
                mu = Foundation.log(m)
                isLognormal = true
            } else {
                (mu, sigma, isLognormal) = (0, 0, false)
            }
        }

        /// One draw; never negative.
        @inlinable public func sample(_ random: inout RandomStream) -> SimDuration {
            guard isLognormal else { return distribution.sample(&random) }
            let ms = random.lognormal(mu: mu, sigma: sigma)
            return SimDuration(milliseconds: max(0, Int64(ms.rounded())))
        }
    }
}
