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
        self.init(zeros: zeros, positives: sorted.count) { sorted[$0] }
    }

    /// The summary of `zeros` samples equal to 0 and the samples `Double(k) / unit` for each `k` of
    /// `sorted`, which is ascending and above zero: exactly what ``init(zeros:positive:)`` gives for those
    /// quotients, without an array of them. A sample of whole milliseconds is kept as integers and sorted
    /// where it is (``SampleSort/sortInPlace(_:)``), so a national year's data ages need neither a copy
    /// nor the two extra radix passes of their doubles (docs/decisions/0016).
    public init(zeros: Int, ascending sorted: [UInt64], dividedBy unit: Double) {
        precondition(zeros >= 0 && unit > 0 && (sorted.first ?? 1) > 0, "zeros, then values above zero")
        assert(zip(sorted, sorted.dropFirst()).allSatisfy { $0 <= $1 }, "ascending")
        // Dividing by a positive unit keeps the order, so the quotients in this order are sorted too.
        self.init(zeros: zeros, positives: sorted.count) { Double(sorted[$0]) / unit }
    }

    /// The summary of `zeros` zeros followed by `positives` values, the `i`th of which is `positive(i)`,
    /// in ascending order: the mean as the sum in that order, R type 7 percentiles.
    private init(zeros: Int, positives: Int, _ positive: (Int) -> Double) {
        count = zeros + positives
        var sum = 0.0
        for i in 0..<positives { sum += positive(i) }
        mean = count == 0 ? 0 : sum / Double(count)
        func value(_ i: Int) -> Double { i < zeros ? 0 : positive(i - zeros) }
        p50 = Self.quantile(count, 0.5, value)
        p95 = Self.quantile(count, 0.95, value)
        max = positives == 0 ? 0 : positive(positives - 1)
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
