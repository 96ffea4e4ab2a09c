import Testing

@testable import Metrics

struct PercentileTests {
    /// R: quantile(c(1, 2, 3, 4, 10), c(0, .1, .25, .5, .9, .95, 1)) = 1 1.4 2 3 7.6 8.8 10.
    @Test(arguments: [(0.0, 1.0), (0.1, 1.4), (0.25, 2.0), (0.5, 3.0), (0.9, 7.6), (0.95, 8.8), (1.0, 10.0)])
    func percentileMatchesRType7(p: Double, expected: Double) {
        #expect(Swift.abs(Percentile.of([1, 2, 3, 4, 10], p: p) - expected) < 1e-12)
    }

    /// R: quantile(c(3.5, 1.2, 7.8, 2.2), c(.5, .95)) = 2.85 7.155 (unsorted input sorted first).
    @Test func percentileOfUnsortedSampleSortsFirst() {
        #expect(Swift.abs(Percentile.of(unsorted: [3.5, 1.2, 7.8, 2.2], p: 0.5) - 2.85) < 1e-12)
        #expect(Swift.abs(Percentile.of(unsorted: [3.5, 1.2, 7.8, 2.2, .nan], p: 0.95) - 7.155) < 1e-12)
    }

    @Test func percentileOfEmptySampleIsNaNAndOfOneValueIsThatValue() {
        #expect(Percentile.of([], p: 0.5).isNaN)
        #expect(Percentile.of([42], p: 0.95) == 42)
    }

    @Test func percentileOfConstantSampleIsExactlyTheConstant() {
        #expect(Percentile.of([0.1, 0.1, 0.1], p: 0.37) == 0.1)
    }
}
