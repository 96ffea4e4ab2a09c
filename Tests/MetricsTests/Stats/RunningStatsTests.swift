import Testing

@testable import Metrics

struct RunningStatsTests {
    let values: [Double] = [2, 4, 4, 4, 5, 5, 7, 9, 0.125, 1e3]

    @Test func runningStatsAgreeWithTwoPassSummary() {
        let stats = RunningStats(values)
        let summary = SampleSummary(values)
        #expect(stats.count == summary.count)
        #expect(Swift.abs(stats.mean - summary.mean) < 1e-12)
        #expect(Swift.abs(stats.sd - summary.sd) < 1e-10)
        #expect(stats.min == summary.min)
        #expect(stats.max == summary.max)
        #expect(Swift.abs(stats.ciLow - summary.ciLow) < 1e-9)
        #expect(Swift.abs(stats.ciHigh - summary.ciHigh) < 1e-9)
    }

    @Test func mergedStatsAgreeWithOneAccumulator() {
        let whole = RunningStats(values)
        let merged = RunningStats(values[..<3]).merging(RunningStats(values[3...]))
        #expect(merged.count == whole.count)
        #expect(merged.sum == whole.sum)
        #expect(merged.min == whole.min && merged.max == whole.max)
        #expect(Swift.abs(merged.mean - whole.mean) < 1e-12)
        #expect(Swift.abs(merged.variance - whole.variance) < 1e-9)
    }

    @Test func mergingInTheSameOrderGivesTheSameBits() {
        let parts = stride(from: 0, to: values.count, by: 3).map {
            RunningStats(values[$0..<Swift.min($0 + 3, values.count)])
        }
        let first = parts.reduce(RunningStats()) { $0.merging($1) }
        let second = parts.reduce(RunningStats()) { $0.merging($1) }
        #expect(first == second)
        #expect(first.mean.bitPattern == second.mean.bitPattern)
    }

    @Test func mergingWithEmptyKeepsValuesAndCountsMissing() {
        var stats = RunningStats()
        stats.push(.nan)
        stats.merge(RunningStats([1, 3]))
        #expect(stats.count == 2)
        #expect(stats.missing == 1)
        #expect(stats.mean == 2)
        #expect(RunningStats([1, 3]).merging(RunningStats()) == RunningStats([1, 3]))
    }

    @Test func emptyAndSingleStatsHaveNoSpread() {
        #expect(RunningStats().mean.isNaN)
        #expect(RunningStats().variance.isNaN)
        let one = RunningStats([5])
        #expect(one.mean == 5)
        #expect(one.sd.isNaN)
        #expect(one.ciLow.isNaN)
    }
}
