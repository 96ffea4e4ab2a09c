import Foundation

extension RandomStream {
    /// The mean at and above which `poisson(mean:)` switches from Knuth's method to PTRS.
    public static let poissonPTRSThreshold = 30.0

    /// A Poisson variate with the given mean.
    ///
    /// - mean < 30: Knuth's multiplication method (exact; mean + 1 draws on average, at most a few
    ///   dozen in practice).
    /// - mean ≥ 30: PTRS, the transformed rejection method with squeeze of W. Hörmann, "The
    ///   transformed rejection method for generating Poisson random variables", Insurance:
    ///   Mathematics and Economics 12 (1993) 39–45. Exact (not a normal approximation); two draws
    ///   per attempt, about 1.15 attempts on average.
    ///
    /// The number of draws therefore varies from call to call; that is still deterministic given
    /// the stream.
    ///
    /// - Precondition: `mean` is finite and non-negative (a mean of 0 always gives 0, one draw).
    @inlinable public mutating func poisson(mean: Double) -> Int {
        precondition(
            mean.isFinite && mean >= 0, "RandomStream.poisson: the mean must be finite and non-negative, got \(mean)")
        return mean < Self.poissonPTRSThreshold ? poissonKnuth(mean: mean) : poissonPTRS(mean: mean)
    }

    /// Knuth: count uniforms until their running product falls to e^-mean or below.
    @inlinable mutating func poissonKnuth(mean: Double) -> Int {
        let limit = Foundation.exp(-mean)
        var count = 0
        var product = uniform()
        while product > limit {
            count += 1
            product *= uniform()
        }
        return count
    }

    /// Hörmann's PTRS for mean ≥ 10 (constants from the paper, as in NumPy's `random_poisson_ptrs`).
    @usableFromInline mutating func poissonPTRS(mean lambda: Double) -> Int {
        let sqrtLambda = lambda.squareRoot()
        let logLambda = Foundation.log(lambda)
        let b = 0.931 + 2.53 * sqrtLambda
        let a = -0.059 + 0.02483 * b
        let logInverseAlpha = Foundation.log(1.1239 + 1.1328 / (b - 3.4))
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = uniform() - 0.5
            let v = uniform()
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + lambda + 0.43).rounded(.down)
            // The squeeze: most attempts are accepted here without a logarithm.
            if us >= 0.07 && v <= vr && k >= 0 { return Int(k) }
            if k < 0 || (us < 0.013 && v > us) { continue }
            let lhs = Foundation.log(v) + logInverseAlpha - Foundation.log(a / (us * us) + b)
            let rhs = -lambda + k * logLambda - Self.logGamma(k + 1)
            if lhs <= rhs { return Int(k) }
        }
    }

    /// ln Γ(x) for x ≥ 1 by the Stirling series (shifting x up to 7 first), as NumPy's `loggam`.
    /// Written out here because the C `lgamma` writes the global `signgam`, a data race when runs
    /// execute on several threads.
    @usableFromInline static func logGamma(_ x: Double) -> Double {
        if x == 1 || x == 2 { return 0 }
        var shift = 0
        var x0 = x
        if x <= 7 {
            shift = Int(7 - x)
            x0 = x + Double(shift)
        }
        let inverseSquare = 1 / (x0 * x0)
        var series = stirlingCoefficients[9]
        for index in stride(from: 8, through: 0, by: -1) {
            series = series * inverseSquare + stirlingCoefficients[index]
        }
        let halfLog2Pi = 0.5 * 1.8378770664093453
        var result = series / x0 + halfLog2Pi + (x0 - 0.5) * Foundation.log(x0) - x0
        for _ in 0..<shift {
            x0 -= 1
            result -= Foundation.log(x0)
        }
        return result
    }

    /// The Stirling-series coefficients of `logGamma`, B(2k) / (2k (2k − 1)) for k = 1...10.
    private static let stirlingCoefficients: [Double] = [
        8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
        8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
        1.796443723688307e-01, -1.39243221690590e+00,
    ]
}
