import Metrics
import ShareSim
import SimKernel
import Testing

/// ``StalenessSummary/init(zeros:positive:)`` must give, bit for bit, the summary of the whole sample:
/// `zeros` zeros followed by the positive values, in any order.
@Suite struct StalenessSummaryZerosTests {
    /// `count` positive values in no particular order: a mix of magnitudes, repeated values (ties across
    /// interpolation points) and the extremes of the positive doubles.
    static func positives(_ count: Int, seed: UInt64) -> [Double] {
        var random = RandomStream(seed: seed, streamID: 11)
        let repeated: [Double] = [0.5, 1, 24, 1e-300, Double.leastNonzeroMagnitude, 3 * 1e5]
        return (0..<count).map { _ in
            switch random.int(below: 10) {
            case 0: repeated[random.int(below: repeated.count)]
            case 1: Double(random.int(in: 1...72))
            case 2: random.uniform() * 1e-3 + Double.leastNormalMagnitude
            case 3: random.exponential(mean: 5_000) + 1e-6
            default: random.uniform() * 48 + 1e-9
            }
        }
    }

    /// The bit patterns of a summary's five numbers and its count, for exact comparison.
    static func bits(_ s: StalenessSummary) -> [UInt64] {
        [UInt64(s.count), s.mean.bitPattern, s.p50.bitPattern, s.p95.bitPattern, s.max.bitPattern]
    }

    /// R type 7 over a sorted sample, written out here (empty: 0).
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let index = Double(sorted.count - 1) * q
        let lo = Int(index.rounded(.down))
        let hi = Int(index.rounded(.up))
        let h = index - Double(lo)
        return sorted[lo] == sorted[hi] || h == 0 ? sorted[lo] : (1 - h) * sorted[lo] + h * sorted[hi]
    }

    /// The summary computed from first principles: `sorted()`, the sum in sorted order, type 7.
    static func expected(_ all: [Double]) -> [UInt64] {
        let sorted = all.sorted()
        let mean = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
        return [
            UInt64(sorted.count), mean.bitPattern, quantile(sorted, 0.5).bitPattern,
            quantile(sorted, 0.95).bitPattern, (sorted.last ?? 0).bitPattern,
        ]
    }

    static let cases: [(zeros: Int, positive: Int)] = [
        (0, 0), (1, 0), (7, 0), (0, 1), (1, 1), (0, 2), (3, 4), (4, 4), (19, 1), (1, 19), (2, 37), (60, 40),
        // Around and above the radix threshold, for the positives alone and for the whole sample.
        (0, 4_095), (1, 4_095), (0, 4_096), (3_000, 1_500), (4_000, 200), (10_000, 3), (0, 10_000),
        (10, 10_000), (2_500, 10_000), (9_999, 10_001),
    ]

    @Test(arguments: cases.indices)
    func zerosPlusPositivesIsTheSummaryOfTheWholeSample(index: Int) {
        let sizes = Self.cases[index]
        let positive = Self.positives(sizes.positive, seed: UInt64(100 + index))
        #expect(positive.allSatisfy { $0 > 0 })
        let all = [Double](repeating: 0, count: sizes.zeros) + positive
        let summary = StalenessSummary(zeros: sizes.zeros, positive: positive)
        let whole = StalenessSummary(all)
        #expect(Self.bits(summary) == Self.bits(whole), "\(sizes.zeros) zeros, \(sizes.positive) positive")
        #expect(summary == whole)
        #expect(Self.bits(summary) == Self.expected(all), "\(sizes.zeros) zeros, \(sizes.positive) positive")
        #expect(summary.count == sizes.zeros + sizes.positive)
        // Any order of the positive values gives the same summary.
        #expect(Self.bits(StalenessSummary(zeros: sizes.zeros, positive: positive.reversed())) == Self.bits(whole))
        var shuffled = positive
        var random = RandomStream(seed: UInt64(index), streamID: 3)
        random.shuffle(&shuffled)
        #expect(Self.bits(StalenessSummary(zeros: sizes.zeros, positive: shuffled)) == Self.bits(whole))
    }

    @Test func smallCasesHaveTheirKnownSummaries() {
        #expect(Self.bits(StalenessSummary(zeros: 0, positive: [])) == [0, 0, 0, 0, 0])
        #expect(Self.bits(StalenessSummary(zeros: 5, positive: [])) == [5, 0, 0, 0, 0])
        let one = StalenessSummary(zeros: 0, positive: [2.5])
        #expect(one.count == 1 && one.mean == 2.5 && one.p50 == 2.5 && one.p95 == 2.5 && one.max == 2.5)
        // 0, 0, 0, 4, 8: median 0, p95 at index 3.8, about 4 + 0.8 × 4.
        let mixed = StalenessSummary(zeros: 3, positive: [8, 4])
        #expect(mixed.count == 5)
        #expect(mixed.mean == 12.0 / 5)
        #expect(mixed.p50 == 0)
        #expect(abs(mixed.p95 - 7.2) < 1e-12)
        #expect(mixed.max == 8)
        // 0, 0, 6, 10: the median interpolates between the last zero and the first positive.
        let between = StalenessSummary(zeros: 2, positive: [10, 6])
        #expect(between.p50 == 3)
        #expect(between.mean == 4)
        #expect(Self.bits(between) == Self.bits(StalenessSummary([0, 0, 6, 10])))
    }

    /// Whole milliseconds summarized as integers give, bit for bit, the summary of their quotients as
    /// doubles: the data ages of a run (docs/decisions/0016).
    @Test(arguments: [(0, 0), (3, 0), (0, 1), (2, 5), (0, 4_095), (10, 4_096), (4_000, 20_000)])
    func integerSamplesSummarizeLikeTheirQuotients(zeros: Int, positives: Int) {
        var random = RandomStream(seed: UInt64(zeros &* 31 &+ positives), streamID: 5)
        let milliseconds = (0..<positives).map { i -> UInt64 in
            // Repeats, whole hours, and ages of up to 60 days (above 2^32 ms, so no digit is always zero).
            switch i % 4 {
            case 0: UInt64(1 + random.int(below: 3)) * 3_600_000
            case 1: UInt64(1 + random.int(below: 5_184_000_000))
            default: UInt64(1 + random.int(below: 172_800_000))
            }
        }
        let hours = milliseconds.map { Double($0) / 3_600_000 }
        var sorted = milliseconds
        SampleSort.sortInPlace(&sorted)
        let summary = StalenessSummary(zeros: zeros, ascending: sorted, dividedBy: 3_600_000)
        #expect(Self.bits(summary) == Self.bits(StalenessSummary(zeros: zeros, positive: hours)))
        #expect(Self.bits(summary) == Self.expected([Double](repeating: 0, count: zeros) + hours))
    }
}
