import Testing

@testable import Metrics

struct NiceScaleTests {
    @Test func ticksAreRoundMultiplesCoveringTheData() {
        let scale = NiceScale(min: 0.3, max: 9.7, maxTicks: 6)
        #expect(scale.step == 2)
        #expect(scale.ticks == [0, 2, 4, 6, 8, 10])
        #expect(scale.decimals == 0)
    }

    @Test func smallStepsHaveExactTicksAndDecimals() {
        let scale = NiceScale(min: 0.1, max: 0.7, maxTicks: 7)
        #expect(scale.step == 0.1)
        #expect(scale.ticks == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
        #expect(scale.decimals == 1)
        #expect(scale.ticks.map(scale.label) == ["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"])
    }

    @Test func includeZeroStretchesTheRange() {
        let scale = NiceScale(min: 40, max: 95, includeZero: true)
        #expect(scale.lower == 0)
        #expect(scale.upper >= 95)
    }

    @Test func degenerateRangesStillGiveTwoTicks() {
        for scale in [NiceScale(min: 5, max: 5), NiceScale(min: 0, max: 0), NiceScale(min: .nan, max: 3)] {
            #expect(scale.ticks.count >= 2)
            #expect(scale.lower < scale.upper)
        }
        let constant = NiceScale(min: 5, max: 5)
        #expect(constant.lower <= 5 && constant.upper >= 5)
    }

    @Test func negativeRangesRoundOutward() {
        let scale = NiceScale(min: -13, max: -2)
        #expect(scale.lower <= -13)
        #expect(scale.upper >= -2)
        #expect(scale.ticks.allSatisfy { ($0 / scale.step).rounded() == $0 / scale.step })
    }

    @Test func positionMapsLinearly() {
        let scale = NiceScale(min: 0, max: 10)
        #expect(scale.position(of: 0, from: 100, to: 0) == 100)
        #expect(scale.position(of: scale.upper, from: 100, to: 0) == 0)
    }
}
