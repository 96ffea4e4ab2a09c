import Foundation
import ShareSim
import SharingModel
import SimKernel
import Testing

/// R-EVAL-1..3 over several years: notices and lost funding raise the provision rate year over year when the
/// scenario lets them shift behaviour, and leave it where it was when it does not.
@Suite struct EvaluationPressureTests {
    /// The small fixture for four years, every department unwilling, 60 owed items each, no services.
    static func world(_ pressure: EvaluationPolicy.Pressure) -> WorldSpec {
        var spec = WorldSpec.smallFixture
        spec.seed = 2015
        for i in spec.departments.indices { spec.departments[i].profile = .unwilling }
        spec.evaluation = EvaluationPolicy(pressure: pressure, owedItemsPerDepartment: 60)
        return spec
    }

    static func run(_ pressure: EvaluationPolicy.Pressure) async throws -> EvaluationMetrics {
        let run = try await finishedRun(world(pressure), days: 4 * 365)
        return run.simulation.evaluation
    }

    @Test func fixedPressureRaisesTheProvisionRateEveryYear() async throws {
        let e = try await Self.run(.fixed)
        #expect(e.years == [0, 1, 2, 3])
        let rates = e.years.map(e.provisionRate(year:))
        for (a, b) in zip(rates, rates.dropFirst()) { #expect(b > a, "rates \(rates)") }
        #expect(rates[3] - rates[0] > 0.15, "rates \(rates)")
        #expect(e.shifts > 0)
    }

    @Test func dynamicPressureRaisesTheProvisionRateLessThanFixed() async throws {
        let fixed = try await Self.run(.fixed)
        let dynamic = try await Self.run(.dynamic)
        let first = dynamic.provisionRate(year: 0)
        let last = dynamic.provisionRate(year: 3)
        #expect(last - first > 0.03)
        #expect(last < fixed.provisionRate(year: 3))
    }

    /// Without pressure, notices are still given (and repeat offenders reported to the State Council,
    /// R-EVAL-2), but nobody changes, so the rate stays where the profiles put it.
    @Test func withoutPressureNoticesAreGivenButTheRateDoesNotRise() async throws {
        let e = try await Self.run(.none)
        let rates = e.years.map(e.provisionRate(year:))
        #expect(rates.count == 4)
        #expect(e.shifts == 0)
        for rate in rates { #expect(abs(rate - rates[0]) < 0.1, "rates \(rates)") }
        #expect(rates[3] - rates[0] < 0.05)
        #expect(e.departments.contains { $0.notice.notice == .rectification })
        #expect(e.departments.contains { $0.notice.notice == .reportedToStateCouncil })
        #expect(e.departments.contains { $0.notice.projectsDefunded })
        // Same seed, same first year: pressure only acts after the first evaluation.
        let fixed = try await Self.run(.fixed)
        #expect(fixed.provisionRate(year: 0) == rates[0])
        #expect(fixed.provisionRate(year: 3) > rates[3] + 0.1)
    }
}
