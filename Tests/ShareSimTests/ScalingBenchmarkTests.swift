import Foundation
import ShareSim
import Testing

/// `bench scaling`'s bookkeeping, with a fake measurement in place of the national world: which runs it
/// makes, in what order, which it keeps and what it fits.
@Suite struct ScalingBenchmarkTests {
    /// A run of `departments` departments taking `seconds`, peak memory proportional to the departments; the
    /// provinces and cities are a fiftieth of the departments unless given.
    static func result(
        scale: Double, departments: Int, governments: Int? = nil, seconds: Double
    ) -> NationalBenchmark.Result {
        NationalBenchmark.Result(
            scale: scale, days: 365, departments: departments, governments: governments ?? departments / 50,
            applications: Double(departments) * 600,
            requests: Double(departments) * 1_400, events: UInt64(departments) * 4_000, seconds: seconds,
            eventsPerSecond: 0, peakRSSBytes: UInt64(departments) * 30_000, baselineEventsPerSecond: 0, ratio: 0,
            expectationsPassed: true)
    }

    /// Sizes take turns, every size keeps its fastest run, and the exponents are fitted on those.
    @Test func repeatsTakeTurnsAndTheFastestRunOfEachSizeIsFitted() throws {
        // Time grows exactly as departments^1.2 on the fastest runs; the other runs are slower by a
        // factor that differs by round, so fitting any of them would give another exponent.
        let slowdown: [Double] = [1.3, 1.0, 1.6]
        var calls: [Double] = []
        let result = try ScalingBenchmark.run(NationalBenchmark.Configuration(), repeats: 3) { configuration in
            let round = calls.count / ScalingBenchmark.scales.count
            calls.append(configuration.scale)
            let departments = Int(configuration.scale * 16_000)
            let seconds = 1e-4 * Foundation.pow(Double(departments), 1.2) * slowdown[round]
            return Self.result(scale: configuration.scale, departments: departments, seconds: seconds)
        }
        #expect(calls == ScalingBenchmark.scales + ScalingBenchmark.scales + ScalingBenchmark.scales)
        #expect(result.repeats == 3)
        #expect(result.runs.map(\.scale) == ScalingBenchmark.scales)
        let fastest = result.runs.map(\.seconds)
        let expected = ScalingBenchmark.scales.map { 1e-4 * Foundation.pow($0 * 16_000, 1.2) }
        for (a, b) in zip(fastest, expected) { #expect(abs(a - b) < 1e-9 * b) }
        #expect(abs(result.timeExponent - 1.2) < 1e-9)
        #expect(abs(result.memoryExponent - 1.0) < 1e-9)
        // Every run's seconds are kept, in the order the size ran.
        #expect(result.secondsPerSize.allSatisfy { $0.count == 3 })
        let smallest = result.secondsPerSize[0].map { $0 / expected[0] }
        for (ratio, factor) in zip(smallest, slowdown) { #expect(abs(ratio - factor) < 1e-9) }
    }

    /// Each round (the r-th run of every size) is fitted on its own too, so that the report shows how far the
    /// machine moves the exponent; the fit of the fastest runs takes each size's fastest, whatever its round.
    @Test func eachRoundIsFittedOnItsOwn() throws {
        // Round 0 grows linearly, round 1 as the size to the power 1.3, round 2 as 1.1 but twice as slow.
        let exponents = [1.0, 1.3, 1.1]
        let factors = [1.0, 1.0, 2.0]
        var calls = 0
        let result = try ScalingBenchmark.run(NationalBenchmark.Configuration(), repeats: 3) { configuration in
            let round = calls / ScalingBenchmark.scales.count
            calls += 1
            let governments = Int(configuration.scale * 400)
            return Self.result(
                scale: configuration.scale, departments: governments * 50, governments: governments,
                seconds: 1e-2 * factors[round] * Foundation.pow(Double(governments), exponents[round]))
        }
        #expect(result.timeExponentByRound.count == 3)
        for (fitted, expected) in zip(result.timeExponentByRound, exponents) { #expect(abs(fitted - expected) < 1e-9) }
        // Round 0 is the fastest at every size (the sizes are above 1).
        #expect(abs(result.timeExponent - 1.0) < 1e-9)
        #expect(
            result.text.contains(
                "time exponent of each round (the r-th run of every size): 1.000, 1.300, 1.100; range 1.000 to 1.300"))
        #expect(result.json.render(style: .compact).contains("\"timeExponentByRound\":[1,1.3,1.1]"))
    }

    /// The size is the count of provinces and cities, not of departments: with a fixed block of central
    /// departments, time proportional to the provinces and cities is linear growth, exponent 1, which the fit
    /// on departments overstates (docs/decisions/0018).
    @Test func theWorldsSizeIsItsProvincesAndCitiesNotItsDepartments() throws {
        // The national template's shape: 60 central departments, 40 per province, 50 per city, about ten
        // cities per province.
        let result = try ScalingBenchmark.run(NationalBenchmark.Configuration()) { configuration in
            let provinces = max(1, Int((31 * configuration.scale).rounded()))
            let cities = max(1, Int((333 * configuration.scale).rounded()))
            let departments = 60 + 40 * provinces + 50 * cities
            var run = Self.result(
                scale: configuration.scale, departments: departments, governments: provinces + cities,
                seconds: Double(provinces + cities) / 10)
            run.peakRSSBytes = UInt64(provinces + cities) << 20
            return run
        }
        #expect(result.runs.map(\.governments) == [46, 91, 183, 364])
        #expect(abs(result.timeExponent - 1) < 1e-9)
        #expect(abs(result.memoryExponent - 1) < 1e-9)
        #expect(result.timeExponentByDepartments > 1.005)
        #expect(result.memoryExponentByDepartments > 1.005)
        let json = result.json.render(style: .compact)
        #expect(json.contains("\"timeExponent\":1,") && json.contains("\"governments\":364"))
        #expect(result.text.contains("growth exponent: time 1.000, memory 1.000 (on provinces + cities"))
    }

    /// One run per size (the default) is fitted as it is, and the report says nothing of repeats.
    @Test func oneRunPerSizeIsTheDefault() throws {
        let result = try ScalingBenchmark.run(NationalBenchmark.Configuration()) { configuration in
            let departments = Int(configuration.scale * 8_000)
            return Self.result(
                scale: configuration.scale, departments: departments, seconds: Double(departments) / 1_000)
        }
        #expect(result.repeats == 1)
        #expect(abs(result.timeExponent - 1.0) < 1e-9)
        // Each size's wall time over its events: d / 1,000 s over 4,000 d events is 250 ns.
        for line in result.text.components(separatedBy: "\n")[2...5] { #expect(line.contains("       250  ")) }
        #expect(!result.text.contains("spread"))
        #expect(!result.text.contains("each round"))
        let json = result.json.render(style: .compact)
        #expect(json.contains("\"repeats\":1") && json.contains("\"secondsAll\":[8]"))
    }

    /// With repeats the text shows each size's spread: the slowest run over the fastest.
    @Test func theTextShowsTheSpreadOfRepeatedRuns() throws {
        var round = 0
        let result = try ScalingBenchmark.run(NationalBenchmark.Configuration(), scales: [0.5, 1], repeats: 2) {
            configuration in
            defer { round += 1 }
            let departments = Int(configuration.scale * 8_000)
            return Self.result(
                scale: configuration.scale, departments: departments, seconds: round < 2 ? 2.0 : 2.5)
        }
        #expect(result.text.contains("fastest of 2 runs per size"))
        #expect(result.text.components(separatedBy: "\n")[2].hasSuffix("   1.250"))
    }
}
