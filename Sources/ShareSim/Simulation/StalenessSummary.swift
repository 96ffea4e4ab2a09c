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

    /// The summary of `zeros` samples equal to 0 and the samples `positive` (all greater than 0): exactly
    /// the summary of the two together (the zeros sort first and add nothing to the sum taken in sorted
    /// order), without storing or sorting the zeros.
    public init(zeros: Int, positive: [Double]) {
        precondition(zeros >= 0 && positive.allSatisfy { $0 > 0 }, "zeros, then values above zero")
        let sorted = SampleSort.ascending(positive)
        count = zeros + sorted.count
        mean = count == 0 ? 0 : sorted.reduce(0, +) / Double(count)
        func value(_ i: Int) -> Double { i < zeros ? 0 : sorted[i - zeros] }
        p50 = Self.quantile(count, 0.5, value)
        p95 = Self.quantile(count, 0.95, value)
        max = sorted.last ?? 0
    }

    /// ``quantile(_:_:)`` of the sorted sample of `count` values whose `i`th is `value(i)`.
    static func quantile(_ count: Int, _ q: Double, _ value: (Int) -> Double) -> Double {
        guard count > 0 else { return 0 }
        // As `Percentile.of`: R type 7.
        let index = Double(count - 1) * q
        let lo = Int(index.rounded(.down))
        let hi = Int(index.rounded(.up))
        let low = value(lo)
        let high = value(hi)
        guard index > Double(lo), high != low else { return low }
        let h = index - Double(lo)
        return (1 - h) * low + h * high
    }

    /// R type 7, the empty sample reading as 0 (shared with every other percentile: Metrics' `Percentile`).
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        sorted.isEmpty ? 0 : Percentile.of(sorted, p: q)
    }
}
