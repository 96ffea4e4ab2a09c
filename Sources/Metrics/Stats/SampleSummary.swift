import Foundation

/// The summary of a sample, as reported for replications: mean, standard deviation, extremes, median, 95th
/// percentile and a 95% confidence interval of the mean.
///
/// Definitions:
/// - `mean`: the sum in the given order (compensated, Neumaier) divided by `count`.
/// - `sd`: the sample standard deviation with `n − 1` in the denominator (R's `sd`), two-pass.
/// - `p50`, `p95`: R's default quantiles (type 7, see `Percentile`).
/// - `ciLow`, `ciHigh`: `mean ∓ t(0.975, n − 1) · sd / √n` (Student t, see `StudentT`).
///
/// Missing values: NaN inputs are skipped (like R's `na.rm = TRUE`) and counted in `missing`; `count` is the
/// number of values used. Infinite values are kept and propagate.
///
/// Small samples: with `count == 0` every statistic is NaN; with `count == 1` the mean, min, max and
/// percentiles are that value, and `sd`, `ciLow`, `ciHigh` are NaN. Writers spell NaN as an empty CSV field
/// and as JSON `null` (see `NumberFormat`), so an undefined statistic is never printed as a number.
public struct SampleSummary: Sendable, Equatable {
    /// Number of values used (NaN inputs excluded).
    public var count: Int
    /// Number of NaN inputs that were skipped.
    public var missing: Int
    /// Arithmetic mean; NaN when `count == 0`.
    public var mean: Double
    /// Sample standard deviation (denominator `n − 1`); NaN when `count < 2`.
    public var sd: Double
    /// Smallest value; NaN when `count == 0`.
    public var min: Double
    /// Largest value; NaN when `count == 0`.
    public var max: Double
    /// Median (type 7); NaN when `count == 0`.
    public var p50: Double
    /// 95th percentile (type 7); NaN when `count == 0`.
    public var p95: Double
    /// Lower end of the 95% confidence interval of the mean; NaN when `count < 2`.
    public var ciLow: Double
    /// Upper end of the 95% confidence interval of the mean; NaN when `count < 2`.
    public var ciHigh: Double

    /// Summarizes `values`; the result depends only on the values and their order.
    public init(_ values: [Double]) {
        let present = values.filter { !$0.isNaN }
        let sorted = present.sorted()
        let n = present.count
        count = n
        missing = values.count - n
        guard n > 0 else {
            mean = .nan
            sd = .nan
            min = .nan
            max = .nan
            p50 = .nan
            p95 = .nan
            ciLow = .nan
            ciHigh = .nan
            return
        }
        let mean = Self.compensatedSum(present) / Double(n)
        self.mean = mean
        min = sorted[0]
        max = sorted[n - 1]
        p50 = Percentile.of(sorted, p: 0.5)
        p95 = Percentile.of(sorted, p: 0.95)
        guard n > 1 else {
            sd = .nan
            ciLow = .nan
            ciHigh = .nan
            return
        }
        let squares = Self.compensatedSum(present.map { ($0 - mean) * ($0 - mean) })
        let sd = (squares / Double(n - 1)).squareRoot()
        self.sd = sd
        let halfWidth = StudentT.quantile975(df: n - 1) * sd / Double(n).squareRoot()
        ciLow = mean - halfWidth
        ciHigh = mean + halfWidth
    }

    /// Half the width of the confidence interval; NaN when it is undefined.
    public var ciHalfWidth: Double { (ciHigh - ciLow) / 2 }

    /// Neumaier's compensated sum, in the given order: accurate for replications of very different
    /// magnitudes, and deterministic because the order is fixed.
    static func compensatedSum(_ values: [Double]) -> Double {
        var sum = 0.0
        var compensation = 0.0
        for value in values {
            let t = sum + value
            if Swift.abs(sum) >= Swift.abs(value) {
                compensation += (sum - t) + value
            } else {
                compensation += (value - t) + sum
            }
            sum = t
        }
        let total = sum + compensation
        // With infinities the compensation is NaN; the plain sum is then the right answer.
        return total.isNaN ? sum : total
    }
}
