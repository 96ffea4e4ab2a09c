import Foundation

/// Streaming mean and variance (Welford 1962), for metrics fed one observation at a time.
///
/// Two accumulators merge with the pairwise formula of Chan, Golub & LeVeque (1979), which is exact in
/// count, min, max and sum, and agrees with feeding all values to one accumulator up to rounding. Everything
/// is plain IEEE arithmetic in the order of calls, so the same values pushed and merged in the same order give
/// the same bits: merge replications by index, never in completion order.
///
/// NaN values are skipped and counted in `missing`, as in `SampleSummary`.
public struct RunningStats: Sendable, Equatable {
    /// Number of values pushed (NaN excluded).
    public private(set) var count: Int = 0
    /// Number of NaN values skipped.
    public private(set) var missing: Int = 0
    /// Running mean; NaN while empty.
    public private(set) var mean: Double = .nan
    /// Sum of squared deviations from the mean (Welford's M2).
    public private(set) var sumOfSquaredDeviations: Double = 0
    /// Plain sum of the values, in order.
    public private(set) var sum: Double = 0
    /// Smallest value; NaN while empty.
    public private(set) var min: Double = .nan
    /// Largest value; NaN while empty.
    public private(set) var max: Double = .nan

    /// An empty accumulator.
    public init() {}

    /// An accumulator fed with `values` in order.
    public init<S: Sequence>(_ values: S) where S.Element == Double {
        for value in values { push(value) }
    }

    /// Adds one value.
    public mutating func push(_ value: Double) {
        guard !value.isNaN else {
            missing += 1
            return
        }
        count += 1
        sum += value
        if count == 1 {
            mean = value
            min = value
            max = value
            return
        }
        let delta = value - mean
        mean += delta / Double(count)
        sumOfSquaredDeviations += delta * (value - mean)
        if value < min { min = value }
        if value > max { max = value }
    }

    /// Adds everything `other` has seen, as if its values had been pushed after this one's.
    public mutating func merge(_ other: RunningStats) {
        missing += other.missing
        guard other.count > 0 else { return }
        guard count > 0 else {
            let missing = self.missing
            self = other
            self.missing = missing
            return
        }
        let n1 = Double(count)
        let n2 = Double(other.count)
        let n = n1 + n2
        let delta = other.mean - mean
        mean += delta * (n2 / n)
        sumOfSquaredDeviations += other.sumOfSquaredDeviations + delta * delta * (n1 * n2 / n)
        count += other.count
        sum += other.sum
        if other.min < min { min = other.min }
        if other.max > max { max = other.max }
    }

    /// This accumulator merged with `other` (see `merge(_:)`).
    public func merging(_ other: RunningStats) -> RunningStats {
        var copy = self
        copy.merge(other)
        return copy
    }

    /// Sample variance (denominator `n − 1`); NaN when `count < 2`.
    public var variance: Double {
        count < 2 ? .nan : sumOfSquaredDeviations / Double(count - 1)
    }

    /// Sample standard deviation (denominator `n − 1`); NaN when `count < 2`.
    public var sd: Double { variance.squareRoot() }

    /// Lower end of the 95% Student-t confidence interval of the mean; NaN when `count < 2`.
    public var ciLow: Double { mean - ciHalfWidth }

    /// Upper end of the 95% Student-t confidence interval of the mean; NaN when `count < 2`.
    public var ciHigh: Double { mean + ciHalfWidth }

    /// Half-width of the 95% confidence interval of the mean; NaN when `count < 2`.
    public var ciHalfWidth: Double {
        count < 2 ? .nan : StudentT.quantile975(df: count - 1) * sd / Double(count).squareRoot()
    }
}
