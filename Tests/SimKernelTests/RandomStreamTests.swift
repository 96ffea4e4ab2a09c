import Foundation
import SimKernel
import Testing

// Reference vectors. They were produced by compiling the public-domain reference C code
// (splitmix64.c by Sebastiano Vigna; xoshiro256starstar.c by David Blackman and Sebastiano Vigna,
// including its `jump()`) with gcc 13 on x86_64 and printing the first outputs for the seeds and
// states below; the FNV-1a values come from a 5-line C implementation of 64-bit FNV-1a over bytes.
// The C code is not part of the repository.

@Suite struct RandomGeneratorReferenceTests {
    static let splitMixVectors: [(seed: UInt64, outputs: [UInt64])] = [
        (
            0,
            [
                0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F, 0xF88B_B8A8_724C_81EC,
                0x1B39_896A_51A8_749B,
            ]
        ),
        (
            1,
            [
                0x910A_2DEC_8902_5CC1, 0xBEEB_8DA1_658E_EC67, 0xF893_A2EE_FB32_555E, 0x71C1_8690_EE42_C90B,
                0x71BB_54D8_D101_B5B9,
            ]
        ),
        (
            42,
            [
                0xBDD7_3226_2FEB_6E95, 0x28EF_E333_B266_F103, 0x4752_6757_130F_9F52, 0x581C_E1FF_0E4A_E394,
                0x09BC_585A_2448_23F2,
            ]
        ),
        (
            0xDEAD_BEEF_CAFE_BABE,
            [
                0x0D7D_9356_0D19_29D2, 0x491D_FB74_0E50_D43F, 0x4272_2BF4_473E_5E7D,
                0xD6CA_8A07_90FF_FC45, 0xB2D3_AB00_4CDB_504B,
            ]
        ),
    ]

    @Test(arguments: splitMixVectors.indices)
    func splitMix64MatchesReferenceOutputs(vector: Int) {
        let (seed, expected) = Self.splitMixVectors[vector]
        var generator = SplitMix64(seed: seed)
        #expect((0..<expected.count).map { _ in generator.next() } == expected)
    }

    @Test func xoshiroFromExplicitStateMatchesReferenceOutputs() {
        var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
        let expected: [UInt64] = [
            0x0000_0000_0000_2D00, 0x0000_0000_0000_0000, 0x0000_0000_5A00_7080, 0x10E0_0000_0000_9D80,
            0x10E0_B61C_E100_9D80, 0x0870_021C_E143_AD00,
        ]
        #expect((0..<expected.count).map { _ in generator.next() } == expected)
    }

    @Test func xoshiroSeededFromUInt64FillsStateWithFourSplitMixOutputs() {
        let generator = Xoshiro256StarStar(seed: 42)
        #expect(
            generator.state == (
                0xBDD7_3226_2FEB_6E95, 0x28EF_E333_B266_F103, 0x4752_6757_130F_9F52,
                0x581C_E1FF_0E4A_E394
            ))
    }

    @Test(arguments: [
        (
            UInt64(0),
            [
                UInt64(0x99EC_5F36_CB75_F2B4), 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0,
                0x6AA5_94F1_262D_2D2C, 0xBBA5_AD4A_1F84_2E59, 0xFFEF_8375_D9EB_CACA,
            ]
        ),
        (
            UInt64(42),
            [
                UInt64(0x1578_0B2E_0C2E_C716), 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1,
                0xECB8_AD47_03B3_60A1, 0xFDE6_DC7F_E2EC_5E64, 0xC50D_A531_0179_5238,
            ]
        ),
    ])
    func xoshiroSeededFromUInt64MatchesReferenceOutputs(seed: UInt64, expected: [UInt64]) {
        var generator = Xoshiro256StarStar(seed: seed)
        #expect((0..<expected.count).map { _ in generator.next() } == expected)
    }

    @Test func jumpMatchesReferenceStateAndOutputs() {
        var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
        generator.jump()
        #expect(
            generator.state == (
                0x8C7A_1539_56B5_F3D1, 0x701F_1A71_3401_D85E, 0x6527_F66A_6546_9085,
                0x8386_B786_C440_8050
            ))
        let expected: [UInt64] = [
            0xBBD2_F312_2984_43D8, 0x62E5_7DB2_D570_6577, 0x34D1_8903_74A6_D72B,
            0xA042_5028_CA8B_66A0,
        ]
        #expect((0..<expected.count).map { _ in generator.next() } == expected)
    }

    @Test(arguments: [
        ("", UInt64(0xCBF2_9CE4_8422_2325)),
        ("a", UInt64(0xAF63_DC4C_8601_EC8C)),
        ("foobar", UInt64(0x8594_4171_F739_67E8)),
        ("department:beijing:education", UInt64(0x3BD0_9B74_9C03_FACB)),
        ("部门", UInt64(0x8451_CAEB_0F94_96ED)),
    ])
    func fnv1a64MatchesReferenceOverUTF8Bytes(text: String, expected: UInt64) {
        #expect(RandomStream.fnv1a64(text) == expected)
    }
}

@Suite struct RandomStreamDerivationTests {
    private static func prefix(_ stream: RandomStream, _ count: Int = 8) -> [UInt64] {
        var copy = stream
        return (0..<count).map { _ in copy.next() }
    }

    @Test func sameSeedAndStreamIDGiveSameSequence() {
        let a = RandomStream(seed: 2024, streamID: 7)
        let b = RandomStream(seed: 2024, streamID: 7)
        #expect(Self.prefix(a, 100) == Self.prefix(b, 100))
    }

    @Test func differentStreamIDsAndSeedsGiveDifferentSequences() {
        var firstOutputs: Set<UInt64> = []
        for seed: UInt64 in 0..<8 {
            for id: UInt64 in 0..<64 {
                firstOutputs.insert(Self.prefix(RandomStream(seed: seed, streamID: id), 1)[0])
            }
        }
        #expect(firstOutputs.count == 8 * 64)
    }

    @Test func neighbouringStreamIDsLookIndependent() {
        // Agreeing bits between streams 0 and 1 over 1,000 draws: 32,000 expected, sd ≈ 126.
        var a = RandomStream(seed: 1, streamID: 0)
        var b = RandomStream(seed: 1, streamID: 1)
        var agreeing = 0
        for _ in 0..<1000 { agreeing += 64 - (a.next() ^ b.next()).nonzeroBitCount }
        #expect(abs(agreeing - 32_000) < 630)
    }

    @Test func addingAStreamDoesNotShiftAnotherStreamsDraws() {
        var alone = RandomStream(seed: 9, streamID: 2)
        let aloneDraws = (0..<20).map { _ in alone.next() }
        var streams = (UInt64(0)..<5).map { RandomStream(seed: 9, streamID: $0) }
        var interleaved: [UInt64] = []
        for _ in 0..<20 {
            for index in streams.indices {
                let value = streams[index].next()
                if index == 2 { interleaved.append(value) }
            }
        }
        #expect(interleaved == aloneDraws)
    }

    @Test func nameDerivedStreamIsStableAcrossProcesses() {
        var stream = RandomStream(seed: 42, name: "department:beijing:education")
        // Pinned once computed: a change here means every scenario's results change.
        #expect(stream.next() == 0x509A_E49D_1E8C_97CE)
        #expect(
            Self.prefix(RandomStream(seed: 42, name: "department:beijing:education"))
                == Self.prefix(RandomStream(seed: 42, streamID: 0x3BD0_9B74_9C03_FACB)))
    }

    @Test func derivedSeedIsPinned() {
        #expect(RandomStream.derivedSeed(seed: 0, streamID: 0) == 0x3308_AB31_58BE_0674)
        #expect(RandomStream.derivedSeed(seed: 42, streamID: 1) == 0x49ED_5F28_AEFA_35BC)
    }

    @Test func jumpedGeneratorContinuesAsAnIndependentStream() {
        var generator = Xoshiro256StarStar(seed: 5)
        var jumped = generator
        jumped.jump()
        #expect(generator != jumped)
        var stream = RandomStream(generator: jumped)
        #expect(stream.next() == jumped.next())
        #expect(generator.next() != stream.next())
    }
}

@Suite struct RandomStreamDistributionTests {
    private static func meanAndVariance(_ values: [Double]) -> (mean: Double, variance: Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        return (mean, variance)
    }

    @Test func uniformStaysInUnitIntervalWithMeanAndVarianceOfU01() {
        var stream = RandomStream(seed: 1, streamID: 1)
        let values = (0..<100_000).map { _ in stream.uniform() }
        #expect(values.allSatisfy { $0 >= 0 && $0 < 1 })
        let (mean, variance) = Self.meanAndVariance(values)
        // Tolerances in these tests are about 5 standard errors: here 5 · 0.2887 / sqrt(100k) for
        // the mean and 5 · sqrt((1/80 − 1/144) / 100k) for the variance.
        #expect(abs(mean - 0.5) < 0.0046)
        #expect(abs(variance - 1.0 / 12) < 0.0012)
    }

    @Test func uniformInRangeStaysInRange() {
        var stream = RandomStream(seed: 1, streamID: 2)
        let values = (0..<50_000).map { _ in stream.uniform(-2.0..<3.0) }
        #expect(values.allSatisfy { $0 >= -2 && $0 < 3 })
        #expect(abs(Self.meanAndVariance(values).mean - 0.5) < 0.033)
    }

    @Test func intInClosedRangeCoversBothBoundsAndStaysInRange() {
        var stream = RandomStream(seed: 1, streamID: 3)
        var seen = Set<Int>()
        for _ in 0..<5_000 {
            let value = stream.int(in: -3...3)
            #expect((-3...3).contains(value))
            seen.insert(value)
        }
        #expect(seen == Set(-3...3))
        #expect(stream.int(in: 5...5) == 5)
        let full = (0..<64).map { _ in stream.int(in: Int.min...Int.max) }
        #expect(full.contains { $0 < 0 } && full.contains { $0 > 0 })
        let nearMax = (0..<1000).map { _ in stream.int(in: (Int.max - 1)...Int.max) }
        #expect(Set(nearMax) == [Int.max - 1, Int.max])
    }

    @Test func intBelowIsUniformByChiSquare() {
        var stream = RandomStream(seed: 1, streamID: 4)
        let buckets = 10
        let draws = 100_000
        var counts = [Int](repeating: 0, count: buckets)
        for _ in 0..<draws { counts[stream.int(below: buckets)] += 1 }
        let expected = Double(draws) / Double(buckets)
        let chiSquare = counts.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        // 9 degrees of freedom: P(chi² > 27.88) = 0.001.
        #expect(chiSquare < 27.88)
    }

    @Test func intBelowHasNoModuloBiasForLargeBounds() {
        // With `next() % n` and n = 0.75 · 2^63, values below n/2 would come up 56% of the time.
        var stream = RandomStream(seed: 1, streamID: 5)
        let bound = Int.max / 4 * 3
        let draws = 20_000
        var below = 0
        for _ in 0..<draws {
            let value = stream.int(below: bound)
            #expect(value >= 0 && value < bound)
            if value < bound / 2 { below += 1 }
        }
        #expect(abs(Double(below) / Double(draws) - 0.5) < 0.018)
    }

    @Test func bernoulliRateMatchesProbabilityAndAlwaysConsumesOneDraw() {
        var stream = RandomStream(seed: 1, streamID: 6)
        let draws = 100_000
        let hits = (0..<draws).reduce(0) { count, _ in count + (stream.bernoulli(0.3) ? 1 : 0) }
        #expect(abs(Double(hits) / Double(draws) - 0.3) < 0.0073)
        #expect((0..<1000).allSatisfy { _ in !stream.bernoulli(0) && stream.bernoulli(1) })
        var a = stream
        var b = stream
        _ = a.bernoulli(0)
        _ = b.next()
        #expect(a == b)
    }

    @Test func exponentialMeanMatches() {
        var stream = RandomStream(seed: 1, streamID: 7)
        let values = (0..<100_000).map { _ in stream.exponential(mean: 2.5) }
        #expect(values.allSatisfy { $0 >= 0 && $0.isFinite })
        let (mean, variance) = Self.meanAndVariance(values)
        #expect(abs(mean - 2.5) < 0.04)
        #expect(abs(variance - 6.25) < 0.28)
    }

    @Test func normalMeanAndStandardDeviationMatch() {
        var stream = RandomStream(seed: 1, streamID: 8)
        let values = (0..<100_000).map { _ in stream.normal(mean: 10, sd: 3) }
        let (mean, variance) = Self.meanAndVariance(values)
        #expect(abs(mean - 10) < 0.047)
        #expect(abs(variance.squareRoot() - 3) < 0.034)
        // About 95.45% within two sd.
        let within = values.filter { abs($0 - 10) < 6 }.count
        #expect(abs(Double(within) / 100_000 - 0.9545) < 0.0033)
    }

    @Test func normalConsumesExactlyTwoDraws() {
        var stream = RandomStream(seed: 1, streamID: 9)
        for _ in 0..<100 {
            var skipped = stream
            _ = skipped.next()
            _ = skipped.next()
            _ = stream.normal(mean: 0, sd: 1)
            #expect(stream == skipped)
        }
    }

    @Test func lognormalMedianIsExpMu() {
        var stream = RandomStream(seed: 1, streamID: 10)
        let draws = 100_000
        let below = (0..<draws).filter { _ in stream.lognormal(mu: 1, sigma: 0.5) < M_E }.count
        #expect(abs(Double(below) / Double(draws) - 0.5) < 0.008)
    }

    @Test func lognormalFromMedianAndP95HitsBothQuantiles() {
        var stream = RandomStream(seed: 1, streamID: 11)
        let draws = 100_000
        let values = (0..<draws).map { _ in stream.lognormal(median: 4, p95: 12) }
        #expect(abs(Double(values.filter { $0 < 4 }.count) / Double(draws) - 0.5) < 0.008)
        #expect(abs(Double(values.filter { $0 < 12 }.count) / Double(draws) - 0.95) < 0.0035)
    }

    @Test(arguments: [0.0, 0.5, 3.5, 29.5, 30, 100, 2_000])
    func poissonMeanAndVarianceMatch(mean: Double) {
        var stream = RandomStream(seed: 1, streamID: 12)
        let draws = 20_000
        let values = (0..<draws).map { _ in stream.poisson(mean: mean) }
        #expect(values.allSatisfy { $0 >= 0 })
        let (sampleMean, sampleVariance) = Self.meanAndVariance(values.map(Double.init))
        // sd of the mean is sqrt(λ/n); sd of the variance is sqrt(λ(1 + 2λ)/n) for a Poisson.
        let n = Double(draws)
        #expect(abs(sampleMean - mean) <= 5 * (mean / n).squareRoot())
        #expect(abs(sampleVariance - mean) <= 5 * (mean * (1 + 2 * mean) / n).squareRoot())
    }

    @Test func poissonLargeMeanHasPoissonModeAndSkewNotANormalApproximation() {
        // For λ = 40: P(X = 40) = e^-40 · 40^40 / 40! = 0.06295, and the third central moment is λ = 40,
        // where any normal approximation gives 0 (its sd over 100k draws is about sqrt(15 λ³ / n) ≈ 3.1).
        var stream = RandomStream(seed: 1, streamID: 13)
        let draws = 100_000
        let values = (0..<draws).map { _ in Double(stream.poisson(mean: 40)) }
        let p40 = Double(values.filter { $0 == 40 }.count) / Double(draws)
        #expect(abs(p40 - 0.062_95) < 0.004)
        let mean = values.reduce(0, +) / Double(draws)
        let thirdMoment = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) * ($1 - mean) } / Double(draws)
        #expect(abs(thirdMoment - 40) < 16)
    }

    @Test func weightedIndexFrequenciesFollowWeightsAndSkipZeros() {
        var stream = RandomStream(seed: 1, streamID: 14)
        let weights = [1.0, 0, 3, 6]
        let draws = 100_000
        var counts = [0, 0, 0, 0]
        for _ in 0..<draws { counts[stream.weightedIndex(weights)] += 1 }
        #expect(counts[1] == 0)
        for (index, share) in [(0, 0.1), (2, 0.3), (3, 0.6)] {
            #expect(abs(Double(counts[index]) / Double(draws) - share) < 0.008)
        }
    }

    @Test func weightedChooserAgreesWithWeightedIndexOnTheSameStream() {
        let weights = [0.0, 2, 0, 0.5, 7.25, 0, 1]
        let chooser = WeightedChooser(weights)
        var a = RandomStream(seed: 1, streamID: 15)
        var b = a
        let fromWeights = (0..<10_000).map { _ in a.weightedIndex(weights) }
        let fromChooser = (0..<10_000).map { _ in b.weightedIndex(chooser) }
        #expect(fromWeights == fromChooser)
        #expect(Set(fromChooser) == [1, 3, 4, 6])
        #expect(chooser.total == 10.75)
        #expect(chooser.count == 7)
    }

    @Test func weightedChooserWithOnePositiveWeightAlwaysChoosesIt() {
        var stream = RandomStream(seed: 1, streamID: 16)
        let chooser = WeightedChooser([0, 0, 2, 0])
        #expect((0..<1000).allSatisfy { _ in stream.weightedIndex(chooser) == 2 })
    }

    @Test func shuffleIsADeterministicPermutation() {
        var a = RandomStream(seed: 1, streamID: 17)
        var b = a
        var first = Array(0..<50)
        var second = Array(0..<50)
        a.shuffle(&first)
        b.shuffle(&second)
        #expect(first == second)
        #expect(first != Array(0..<50))
        #expect(first.sorted() == Array(0..<50))
    }

    @Test func weightedIndexRejectsAllZeroWeights() async {
        await #expect(processExitsWith: .failure) {
            var stream = RandomStream(seed: 1, streamID: 18)
            _ = stream.weightedIndex([0, 0])
        }
    }
}
