import Foundation

/// Sample quantiles, computed the way R computes them by default.
///
/// `Percentile.of(_:p:)` is R's `quantile(x, p, type = 7)` (Hyndman & Fan 1996, definition 7; also the
/// default of NumPy and pandas): with `n` sorted values `x[0] ... x[n-1]` the quantile sits at the 0-based
/// position `h = (n - 1) * p`, and is interpolated linearly between `x[floor(h)]` and `x[ceil(h)]` as
/// `(1 - f) * x[floor(h)] + f * x[ceil(h)]` with `f = h - floor(h)`. As in R, no interpolation happens when the
/// two neighbours are equal, so a constant sample gives back exactly its value.
public enum Percentile {
    /// The type-7 quantile of an ascending sample.
    ///
    /// - Parameters:
    ///   - sorted: the sample in ascending order, without NaN (the caller sorts once and asks for many quantiles).
    ///   - p: the probability, in `0...1` (0.5 is the median, 0.95 the 95th percentile).
    /// - Returns: NaN for an empty sample (R returns NA), the single value for a sample of one.
    public static func of(_ sorted: [Double], p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "Percentile.of: p must be in 0...1, got \(p)")
        assert(zip(sorted, sorted.dropFirst()).allSatisfy { $0 <= $1 }, "Percentile.of: sample is not sorted")
        let n = sorted.count
        guard n > 0 else { return .nan }
        // R: index <- 1 + max(n - 1, 0) * probs; lo <- floor(index); hi <- ceiling(index) (1-based).
        let index = Double(n - 1) * p
        let lo = Int(index.rounded(.down))
        let hi = Int(index.rounded(.up))
        let low = sorted[lo]
        let high = sorted[hi]
        guard index > Double(lo), high != low else { return low }
        let h = index - Double(lo)
        return (1 - h) * low + h * high
    }

    /// The type-7 quantile of an unsorted sample; NaN values are skipped.
    public static func of(unsorted values: [Double], p: Double) -> Double {
        of(values.filter { !$0.isNaN }.sorted(), p: p)
    }
}
