import Testing

@testable import Metrics

/// ``SampleSort/ascending(_:)`` and ``SampleSort/sortInPlace(_:)`` give exactly what `sorted()` gives,
/// whichever path they take.
@Suite struct SampleSortTests {
    /// A small deterministic generator (the test must not depend on the system's randomness).
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z &>> 31)
        }
    }

    @Test(arguments: [10, 4_095, 4_096, 50_000])
    func sortsLikeTheStandardSort(count: Int) {
        var random = SplitMix(state: UInt64(count))
        // Ages in hours from milliseconds, as the metrics make them, with repeats, zeros and a wide range.
        let values = (0..<count).map { i -> Double in
            switch i % 5 {
            case 0: Double(Int.random(in: 0..<100_000_000, using: &random)) / 3_600_000
            case 1: 0
            case 2: Double.random(in: 0..<1e-300, using: &random)
            case 3: Double.random(in: 1e6..<1e300, using: &random)
            default: Double(Int.random(in: 0..<10, using: &random))
            }
        }
        let radix = SampleSort.ascending(values)
        #expect(radix.map(\.bitPattern) == values.sorted().map(\.bitPattern))
    }

    @Test func negativeValuesNegativeZeroAndNaNTakeTheStandardSort() {
        var random = SplitMix(state: 7)
        var values = (0..<10_000).map { _ in Double.random(in: 0..<1_000, using: &random) }
        for special in [-1.5, -0.0, .infinity] {
            values[17] = special
            #expect(SampleSort.ascending(values).map(\.bitPattern) == values.sorted().map(\.bitPattern))
        }
        values[17] = .nan
        #expect(SampleSort.ascending(values).count == values.count)
    }

    /// Milliseconds as the metrics keep them (high digits all zero, so two passes are skipped), keys below
    /// 2^40 (three passes move, so the sorted keys end in the scratch array) and keys that differ in every
    /// digit (all four passes move), each with repeats.
    @Test(arguments: [0, 1, 4_095, 4_096, 50_000])
    func sortsIntegersInPlaceLikeTheStandardSort(count: Int) {
        var random = SplitMix(state: UInt64(count) &+ 99)
        let milliseconds = (0..<count).map { i -> UInt64 in
            i % 7 == 0 ? 3_600_000 : UInt64.random(in: 1..<200_000_000, using: &random)
        }
        let wide = (0..<count).map { i -> UInt64 in
            i % 5 == 0 ? UInt64.max - UInt64(i % 3) : random.next()
        }
        let forty = (0..<count).map { i in i % 3 == 0 ? 1 << 39 : random.next() & (1 << 40 - 1) }
        for keys in [milliseconds, forty, wide, milliseconds.sorted(), Array(milliseconds.sorted().reversed())] {
            var sorted = keys
            SampleSort.sortInPlace(&sorted)
            // A Bool, so that a failure does not print fifty thousand keys.
            let same = sorted == keys.sorted()
            #expect(same, "\(keys.count) keys, the first \(keys.first.map(String.init) ?? "none")")
        }
    }
}
