import SimKernel

extension RandomStream {
    /// A binomial count: how many of `n` independent trials succeed with probability `p`.
    ///
    /// Exact (a Bernoulli per trial) up to 256 trials; above that, a Poisson draw when the expected
    /// count (of successes, or of failures) is small, else a rounded normal draw, clamped to 0…n. Used
    /// for records collected and records lost in upload (R-RET-1, seed 002), where counts can be large.
    public mutating func binomial(_ n: Int, _ p: Double) -> Int {
        guard n > 0, p > 0 else { return 0 }
        guard p < 1 else { return n }
        if n <= 256 {
            var k = 0
            for _ in 0..<n where bernoulli(p) { k += 1 }
            return k
        }
        let mean = Double(n) * p
        let failures = Double(n) * (1 - p)
        if mean < 20 { return min(n, poisson(mean: mean)) }
        if failures < 20 { return max(0, n - poisson(mean: failures)) }
        let draw = normal(mean: mean, sd: (mean * (1 - p)).squareRoot()).rounded()
        return Int(min(Double(n), max(0, draw)))
    }
}
