import Foundation
import Testing

@testable import ScenarioKit

/// Issue 12: every size a file can ask for is checked against a limit with a clear error, before anything is
/// generated or run.
@Suite struct ScenarioLimitsTests {
    /// The errors of decoding `text` with `limits`, or `nil` when it decodes.
    func errors(_ text: String, limits: ScenarioLimits) -> ScenarioErrors? {
        do {
            _ = try ScenarioLoader.decode(bytes: Array(text.utf8), file: "big.json", limits: limits)
            return nil
        } catch {
            return error
        }
    }

    /// A scenario whose whole topology is generated from `counts`.
    func generated(_ counts: String) -> String {
        """
        {"name": "big", "seed": 1, "startDate": "2017-03-01", "durationDays": 30,
         "topology": {"generate": {\(counts)}}}
        """
    }

    @Test func aWorldTooLargeForTheMemoryBudgetSaysSoBeforeItIsGenerated() throws {
        // The national shape (about 18,000 departments × 40 resources) against a 256 MiB budget.
        var limits = ScenarioLimits()
        limits.memoryBudget = 256 << 20
        let text = generated(#""provinces": 31, "cities": 333"#)
        let failure = try #require(errors(text, limits: limits))
        let error = try #require(failure.errors.first)
        #expect(error.code == .limitExceeded)
        #expect(error.path == JSONPath([.key("topology")]))
        #expect(error.message.contains("more memory than this machine has (256.0 MiB)"), "\(error.message)")
        #expect(error.message.contains("17950 departments"), "\(error.message)")
        // A world of the same shape, a hundredth of the size, fits the same budget.
        #expect(errors(generated(#""provinces": 2, "cities": 4"#), limits: limits) == nil)
    }

    @Test func demandOverALongRunCountsTowardTheMemoryEstimate() throws {
        // 10 million applications a year, within the applications limit, checking one resource for 100 years:
        // 10^9 needs, about 119 GiB of ledgers and samples.
        let service = #"""
             "durationDays": 36500,
             "services": [{"id": "s", "name": "服务", "department": "ZJ-EDU", "applicationsPerYear": 10000000,
                           "needs": [{"department": "ZJ-EDU", "resource": "ZJ-EDU-01"}]}],
            """#
        let text = minimalScenario().replacingOccurrences(of: "\"durationDays\": 30,", with: service)
        var limits = ScenarioLimits()
        limits.memoryBudget = 24 << 30
        let failure = try #require(errors(text, limits: limits))
        #expect(failure.errors.map(\.code) == [.limitExceeded])
        #expect(failure.errors.first?.message.contains("needs over 36500 days") == true, "\(failure)")
        // A year of it fits.
        let year = text.replacingOccurrences(of: "\"durationDays\": 36500,", with: "\"durationDays\": 365,")
        #expect(errors(year, limits: limits) == nil)
    }

    @Test func theEstimateGrowsWithEveryCount() {
        let base = ScenarioSizeEstimate(governments: 3, departments: 10, resources: 40, durationDays: 365)
        #expect(base.bytes > ScenarioSizeEstimate.baseBytes)
        var more = base
        more.departments += 1
        #expect(more.bytes > base.bytes)
        more = base
        more.resources += 1
        #expect(more.bytes > base.bytes)
        more = base
        more.needsOverRun = 1e6
        #expect(more.bytes > base.bytes + 100_000_000)
        more.needsOverRun = .infinity
        #expect(more.bytes == Int.max)
        #expect(!more.fits(in: Int.max - 1))
        #expect(ScenarioSizeEstimate.text(bytes: 3 << 30) == "3.0 GiB")
        #expect(ScenarioSizeEstimate.text(bytes: 100) == "100 bytes")
    }

    @Test func theNationalWorldEstimateIsNearWhatItWasMeasuredAt() {
        // `sharesim bench sync` measured about 200 MiB for 365 platforms and 17,950 departments × 40
        // resources; the estimate must cover that without being absurd (within 4x).
        let national = ScenarioSizeEstimate(governments: 365, departments: 17_950, resources: 718_000)
        #expect(national.bytes >= 200 << 20)
        #expect(national.bytes <= 800 << 20)
    }

    @Test func generatedGovernmentsAreLimitedEvenWithoutDepartments() throws {
        // A billion cities with no departments would be a billion platforms: refused, not generated.
        let text = generated(
            #""provinces": 1, "cities": 1000000000, "centralDepartments": 0, "departmentsPerProvince": 0, "#
                + #""departmentsPerCity": 0"#)
        let failure = try #require(errors(text, limits: .default))
        #expect(failure.errors.map(\.code) == [.limitExceeded])
        #expect(failure.errors.first?.message.contains("too many governments (1000000002)") == true)
        #expect(failure.errors.first?.path == JSONPath([.key("topology"), .key("generate")]))
    }

    @Test func generatedChangesAreLimited() throws {
        let text = generated(
            #""provinces": 0, "cities": 0, "centralDepartments": 1, "resourcesPerDepartment": 1, "#
                + #""changes": 1000000000000"#)
        let failure = try #require(errors(text, limits: .default))
        #expect(failure.errors.first?.code == .limitExceeded)
        #expect(failure.errors.first?.path == JSONPath([.key("topology"), .key("generate"), .key("changes")]))
    }

    @Test func listedGovernmentsCountTowardTheLimit() throws {
        var limits = ScenarioLimits()
        limits.maxGovernments = 1
        let failure = try #require(errors(minimalScenario(), limits: limits))
        #expect(failure.errors.first?.message == "the world has too many governments (2)")
    }

    @Test func nestingDeeperThanTheLimitIsAnError() throws {
        var limits = ScenarioLimits()
        limits.maxNestingDepth = 8
        let deep = minimalScenario(extra: #" "description": "x", "calendarOverrides": [[[[[[[[[]]]]]]]]],"#)
        let failure = try #require(errors(deep, limits: limits))
        #expect(failure.errors.first?.code == .limitExceeded)
        #expect(failure.errors.first?.message.contains("nesting is deeper than 8 levels") == true)
        // The default limit reads the same file (and reports the wrong type instead).
        #expect(errors(deep, limits: .default)?.errors.first?.code == .wrongType)
    }

    @Test func theDefaultBudgetIsThePhysicalMemory() {
        #expect(ScenarioLimits.default.memoryBudget == Int(clamping: ProcessInfo.processInfo.physicalMemory))
        #expect(ScenarioLimits.default.memoryBudget > 0)
    }
}
