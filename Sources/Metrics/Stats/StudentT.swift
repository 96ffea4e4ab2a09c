import Foundation

/// Quantiles of Student's t distribution for integer degrees of freedom, as used by confidence intervals.
///
/// How: the two-sided probability `A(t|ν) = P(|T| ≤ t)` has a closed form for integer `ν` (Abramowitz & Stegun
/// 26.7.3 for odd `ν`, 26.7.4 for even `ν`: a finite series in `cos²θ` with `θ = atan(t/√ν)`), and the quantile
/// is found by bisection on it down to adjacent doubles. For `ν > 1000` the series gets long, and the
/// Cornish–Fisher expansion of the t quantile in powers of `1/ν` (A&S 26.7.5, five terms) is exact to about
/// 1e-12 there, so that is used instead.
///
/// Why not libm: the computation uses only `+ - * /` and `sqrt` (and its own arctangent), which IEEE 754
/// rounds exactly, so the result is the same bits on every platform: confidence intervals in the outputs are
/// reproducible byte for byte, not only on one machine.
public enum StudentT {
    /// The standard normal quantile at 0.975, the limit of `quantile975(df:)` as `df` grows.
    public static let normalQuantile975 = 1.959_963_984_540_054

    /// Largest `df` for which the exact series is summed; above it the asymptotic expansion is used.
    static let seriesLimit = 1000

    /// The two-sided 95% critical value `t(0.975, df)`: the half-width of a 95% confidence interval of a mean
    /// is `quantile975(df: n - 1) * sd / √n`.
    ///
    /// Known values: df 1 → 12.706, 2 → 4.303, 5 → 2.571, 10 → 2.228, 30 → 2.042, 120 → 1.980, ∞ → 1.960.
    /// - Returns: NaN when `df < 1` (no interval from fewer than two values).
    public static func quantile975(df: Int) -> Double {
        quantile(0.975, df: df)
    }

    /// The quantile of Student's t distribution: the `t` with `P(T ≤ t) = p`, by bisection on
    /// `centralProbability`. Each step costs O(df), so this stays internal; `quantile975` is the public door.
    /// - Returns: NaN when `df < 1` or `p` is outside `0...1` or NaN; `-inf`/`+inf` at `p` = 0/1.
    static func quantile(_ p: Double, df: Int) -> Double {
        guard df >= 1, p >= 0, p <= 1 else { return .nan }
        if p == 0.5 { return 0 }
        if p < 0.5 { return -quantile(1 - p, df: df) }
        if p == 1 { return .infinity }
        // P(T ≤ t) = p  ⇔  P(|T| ≤ t) = 2p − 1, for p > 0.5.
        let target = 2 * p - 1
        if df > seriesLimit, p == 0.975 {
            return cornishFisher975(df: df)
        }
        var low = 0.0
        var high = 2.0
        while centralProbability(high, df: df) < target {
            low = high
            high *= 2
            if high.isInfinite { return .infinity }
        }
        // Bisection until the bracket is two adjacent doubles; then take the upper end, whose
        // probability is the first to reach the target.
        while true {
            let mid = low + (high - low) / 2
            if mid <= low || mid >= high { break }
            if centralProbability(mid, df: df) < target {
                low = mid
            } else {
                high = mid
            }
        }
        return high
    }

    /// The two-sided probability `P(|T| ≤ t)` of Student's t with `df` degrees of freedom (A&S 26.7.3/26.7.4).
    /// - Returns: NaN when `df < 1` or `t` is NaN; 0 for `t ≤ 0`.
    public static func centralProbability(_ t: Double, df: Int) -> Double {
        guard df >= 1, !t.isNaN else { return .nan }
        if t <= 0 { return 0 }
        if t.isInfinite { return 1 }
        let nu = Double(df)
        let t2 = t * t
        let denominator = nu + t2
        let cos2 = nu / denominator  // cos²θ
        if df % 2 == 0 {
            // A = sinθ · (1 + 1/2 c² + (1·3)/(2·4) c⁴ + … + (1·3…(ν−3))/(2·4…(ν−2)) c^(ν−2))
            let sinTheta = t / denominator.squareRoot()
            var term = 1.0
            var sum = 1.0
            var k = 1
            while 2 * k <= df - 2 {
                term *= cos2 * Double(2 * k - 1) / Double(2 * k)
                sum += term
                k += 1
            }
            return min(1, sinTheta * sum)
        }
        // A = (2/π) · (θ + sinθ·cosθ · (1 + 2/3 c² + (2·4)/(3·5) c⁴ + … + (2·4…(ν−3))/(3·5…(ν−2)) c^(ν−3)))
        let theta = arctangent(t / nu.squareRoot())
        var sum = 0.0
        if df > 1 {
            let sinCos = t * nu.squareRoot() / denominator
            var term = 1.0
            var series = 1.0
            var k = 1
            while 2 * k <= df - 3 {
                term *= cos2 * Double(2 * k) / Double(2 * k + 1)
                series += term
                k += 1
            }
            sum = sinCos * series
        }
        return min(1, 2 / Double.pi * (theta + sum))
    }

    /// Cornish–Fisher expansion of `t(0.975, ν)` (A&S 26.7.5), used for large `ν` only.
    static func cornishFisher975(df: Int) -> Double {
        let z = normalQuantile975
        let nu = Double(df)
        let z2 = z * z
        let z3 = z2 * z
        let z5 = z3 * z2
        let z7 = z5 * z2
        let z9 = z7 * z2
        let g1 = (z3 + z) / 4
        let g2 = (5 * z5 + 16 * z3 + 3 * z) / 96
        let g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384
        let g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160
        return z + (g1 + (g2 + (g3 + g4 / nu) / nu) / nu) / nu
    }

    /// Arctangent from arithmetic and `sqrt` only, so that it is the same bits everywhere (libm's `atan` may
    /// differ in the last place between platforms). Accurate to a few ulps.
    static func arctangent(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x < 0 { return -arctangent(-x) }
        if x > 1 { return Double.pi / 2 - arctangent(1 / x) }
        // Halve the angle until the argument is small: atan(x) = 2·atan(x / (1 + √(1 + x²))).
        var y = x
        var scale = 1.0
        while y > 0.125 {
            y /= 1 + (1 + y * y).squareRoot()
            scale *= 2
        }
        // Taylor series y·(1 − y²/3 + y⁴/5 − …) by Horner's rule, smallest terms first; with y ≤ 1/8
        // twelve terms reach below 1e-22 relative.
        let y2 = y * y
        var sum = 1.0 / 23
        for k in stride(from: 10, through: 0, by: -1) {
            sum = 1 / Double(2 * k + 1) - y2 * sum
        }
        sum *= y
        return scale * sum
    }
}
