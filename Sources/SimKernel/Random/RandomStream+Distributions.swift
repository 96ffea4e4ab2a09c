import Foundation

// Distributions drawn from a `RandomStream`. Each method is deterministic given the stream's state,
// and says how many 64-bit draws it consumes; use these rather than the standard library's
// `Double.random(in:using:)` or `shuffle(using:)`, whose algorithms may change between toolchains.
// Results that go through `log`, `exp`, `sin` or `cos` rely on the platform's libm, which is
// deterministic on one platform but may differ in the last bit between platforms.

extension RandomStream {
    /// A uniform `Double` in [0, 1): the top 53 bits of one draw, times 2^-53.
    @inlinable public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform `Double` in `range` (one draw).
    ///
    /// - Precondition: the bounds are finite and the range is not empty.
    @inlinable public mutating func uniform(_ range: Range<Double>) -> Double {
        precondition(
            range.lowerBound.isFinite && range.upperBound.isFinite,
            "RandomStream.uniform: the range \(range) must have finite bounds")
        precondition(!range.isEmpty, "RandomStream.uniform: the range \(range) is empty")
        let value = range.lowerBound + (range.upperBound - range.lowerBound) * uniform()
        // Rounding can land on the excluded upper bound; step back inside the half-open range.
        return value < range.upperBound ? value : range.upperBound.nextDown
    }

    /// A uniform integer in [0, bound) by Lemire's nearly divisionless method: unbiased, one draw
    /// almost always (a retry happens with probability below bound / 2^64).
    @inlinable mutating func boundedUInt64(_ bound: UInt64) -> UInt64 {
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// A uniform integer in [0, n) (Lemire's method, unbiased).
    ///
    /// - Precondition: `n > 0`.
    @inlinable public mutating func int(below n: Int) -> Int {
        precondition(n > 0, "RandomStream.int(below:): the bound must be positive, got \(n)")
        return Int(boundedUInt64(UInt64(n)))
    }

    /// A uniform integer in `range`, both bounds included (Lemire's method, unbiased).
    @inlinable public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(UInt(bitPattern: range.upperBound &- range.lowerBound)) &+ 1
        // A span of 0 means the range covers all 2^64 values of Int: every draw is in range.
        let offset = span == 0 ? next() : boundedUInt64(span)
        return range.lowerBound &+ Int(truncatingIfNeeded: offset)
    }

    /// `true` with probability `p` (always one draw, even for p = 0 or 1, so the stream advances the
    /// same way whatever `p` is).
    ///
    /// - Precondition: `0 <= p <= 1`.
    @inlinable public mutating func bernoulli(_ p: Double) -> Bool {
        precondition(p >= 0 && p <= 1, "RandomStream.bernoulli: the probability must be in [0, 1], got \(p)")
        return uniform() < p
    }

    /// An exponential variate with the given mean, by inversion: −mean · ln(1 − U) (one draw).
    ///
    /// - Precondition: `mean` is finite and positive.
    @inlinable public mutating func exponential(mean: Double) -> Double {
        precondition(
            mean.isFinite && mean > 0, "RandomStream.exponential: the mean must be finite and positive, got \(mean)")
        // 1 − U is in (0, 1], so the logarithm is finite.
        return -mean * Foundation.log1p(-uniform())
    }

    /// A standard normal variate by Box–Muller, using the cosine branch only: exactly two draws per
    /// call and no cached second value, so a stream's position never depends on call history.
    @inlinable public mutating func standardNormal() -> Double {
        let u1 = 1 - uniform()  // (0, 1]: the logarithm is finite
        let u2 = uniform()
        return (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
    }

    /// A normal variate with mean `mean` and standard deviation `sd` (Box–Muller, two draws).
    ///
    /// - Precondition: `mean` is finite and `sd` is finite and non-negative.
    @inlinable public mutating func normal(mean: Double, sd: Double) -> Double {
        precondition(mean.isFinite, "RandomStream.normal: the mean must be finite, got \(mean)")
        precondition(sd.isFinite && sd >= 0, "RandomStream.normal: sd must be finite and non-negative, got \(sd)")
        return mean + sd * standardNormal()
    }

    /// A log-normal variate exp(N(mu, sigma²)) (two draws). Its median is e^mu.
    ///
    /// - Precondition: `mu` is finite and `sigma` is finite and non-negative.
    @inlinable public mutating func lognormal(mu: Double, sigma: Double) -> Double {
        precondition(mu.isFinite, "RandomStream.lognormal: mu must be finite, got \(mu)")
        precondition(
            sigma.isFinite && sigma >= 0, "RandomStream.lognormal: sigma must be finite and non-negative, got \(sigma)")
        return Foundation.exp(mu + sigma * standardNormal())
    }

    /// A log-normal variate given by its median and 95th percentile, the way delays are usually
    /// described ("a review takes 4 days, 1 in 20 take more than 12"): mu = ln(median),
    /// sigma = ln(p95 / median) / 1.6448536269514722 (the standard normal's 95% quantile). Two draws.
    ///
    /// - Precondition: `0 < median < p95`, both finite.
    @inlinable public mutating func lognormal(median: Double, p95: Double) -> Double {
        precondition(
            median.isFinite && p95.isFinite && median > 0 && p95 > median,
            "RandomStream.lognormal: need 0 < median < p95, got median \(median), p95 \(p95)")
        let sigma = Foundation.log(p95 / median) / 1.644_853_626_951_472_2
        return lognormal(mu: Foundation.log(median), sigma: sigma)
    }

    /// An index of `weights` chosen with probability proportional to its weight (one draw, linear
    /// scan). Gives the same index as `WeightedChooser(weights)` on the same stream state; prefer the
    /// chooser when the same weights are used many times.
    ///
    /// - Precondition: `weights` is not empty, every weight is finite and non-negative, and at least
    ///   one is positive. A zero weight is never chosen.
    @inlinable public mutating func weightedIndex(_ weights: [Double]) -> Int {
        var total = 0.0
        for weight in weights {
            precondition(
                weight.isFinite && weight >= 0,
                "RandomStream.weightedIndex: weights must be finite and non-negative, got \(weight)")
            total += weight
        }
        precondition(total > 0, "RandomStream.weightedIndex: at least one weight must be positive, got \(weights)")
        precondition(total.isFinite, "RandomStream.weightedIndex: the weights' sum overflows")
        let target = uniform() * total
        var cumulative = 0.0
        var lastPositive = 0
        for (index, weight) in weights.enumerated() where weight > 0 {
            cumulative += weight
            if target < cumulative { return index }
            lastPositive = index
        }
        // Only reached when rounding put the target at the total; the last positive weight owns it.
        return lastPositive
    }

    /// An index chosen by a precomputed `WeightedChooser` (one draw, binary search).
    @inlinable public mutating func weightedIndex(_ chooser: WeightedChooser) -> Int {
        chooser.index(at: uniform() * chooser.total)
    }

    /// Shuffles `elements` in place by Fisher–Yates, drawing `int(below:)` from the end; n − 1 draws
    /// (plus rare Lemire retries). Independent of the standard library's shuffle algorithm.
    @inlinable public mutating func shuffle<Element>(_ elements: inout [Element]) {
        var i = elements.count - 1
        while i > 0 {
            elements.swapAt(i, int(below: i + 1))
            i -= 1
        }
    }
}
