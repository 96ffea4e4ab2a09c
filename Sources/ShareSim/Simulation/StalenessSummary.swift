import Metrics

/// A summary of catalog staleness samples, in working days (R-CAT-4).
public struct StalenessSummary: Hashable, Sendable {
    /// Samples.
    public var count: Int
    /// Mean (0 with no sample).
    public var mean: Double
    /// Median.
    public var p50: Double
    /// 95th percentile.
    public var p95: Double
    /// Maximum.
    public var max: Double

    /// The summary of `samples` (percentiles by linear interpolation between order statistics).
    public init(_ samples: [Double]) {
        let sorted = SampleSort.ascending(samples)
        count = sorted.count
        mean = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
        p50 = Self.quantile(sorted, 0.5)
        p95 = Self.quantile(sorted, 0.95)
        max = sorted.last ?? 0
    }

    /// R type 7, the empty sample reading as 0 (shared with every other percentile: Metrics' `Percentile`).
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        sorted.isEmpty ? 0 : Percentile.of(sorted, p: q)
    }
}
