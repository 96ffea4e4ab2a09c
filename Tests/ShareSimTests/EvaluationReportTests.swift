import Foundation
import Metrics
import ShareSim
import SharingModel
import Testing

/// R-EVAL-1: the published evaluation report lists every department and government each year with its
/// indicators and notice, and the figures behind them are what the trace shows.
@Suite struct EvaluationReportTests {
    /// The run both tests read, made once.
    static let shared = Task { try await result() }

    /// The school-place city for two years, a mix of profiles, fixed pressure, traced.
    static func result() async throws -> RunResult {
        var world = schoolPlaceWorld(perYear: 150)
        world.setProfile(.afraid, of: "ZJ-AMR")
        world.setProfile(.dontKnowHow, of: "ZJ-HZ-HRSS")
        world.evaluation = EvaluationPolicy(pressure: .fixed, owedItemsPerDepartment: 20)
        var options = RunOptions()
        options.trace = true
        options.replications = 2
        let input = RunInput(name: "evaluation", file: "fixture", scenarioHash: 1, world: world, durationDays: 730)
        return try await SimulationRun.runAsync(input, options: options)
    }

    @Test func everyDepartmentAndGovernmentIsListedEachYearWithScoresAndNotice() async throws {
        let result = try await Self.shared.value
        let world = result.input.world
        for r in result.replications {
            for year in [0, 1] {
                let listed = r.evaluations.filter { $0.year == year }
                #expect(listed.map(\.department).sorted() == world.departments.map(\.id).sorted())
                #expect(r.governmentEvaluations.filter { $0.year == year }.count == world.governments.count)
                for e in listed {
                    #expect(e.figures.itemsOwed == 20)
                    #expect(e.notice.score == e.scores.shenzhenTotal)
                    // R-EVAL-2: below the threshold means a notice, at or above it none.
                    #expect(e.notice.notice.isShort == (e.notice.score < 80))
                    // R-EVAL-3: defunded exactly when the provision rate misses the requirement.
                    #expect(e.notice.projectsDefunded == (e.figures.provisionRate < 0.8))
                }
            }
        }
        // evaluation.csv: a header, then per replication and year one row per department and per government.
        let csv = RunOutputs.evaluationCSV(result).split(separator: "\n")
        #expect(csv.count == 1 + 2 * 2 * (world.departments.count + world.governments.count))
        #expect(csv[0].hasPrefix("replication,year,level,id,government,profile,items_owed,items_provided"))
        #expect(RunOutputs.files(result).map(\.name).contains("evaluation.csv"))
        #expect(RunOutputs.summaryText(result).contains("evaluation (replication 0"))
    }

    /// The provision and review figures recounted from the JSON Lines trace equal those published.
    @Test func figuresRecountedFromTheTraceEqualThePublishedOnes() async throws {
        let result = try await Self.shared.value
        let r = try #require(result.replications.first)
        let lines = try #require(r.traceLines)
        struct Key: Hashable {
            var department: String
            var year: Int
        }
        var owed: [Key: Int] = [:]
        var provided: [Key: Int] = [:]
        var reviews: [Key: Int] = [:]
        var granted: [Key: Int] = [:]
        let yearMs = 365 * 86_400_000
        for line in lines {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let observation = try #require(json["observation"] as? [String: Any])
            let t = try #require(json["t"] as? Int)
            switch observation["kind"] as? String {
            case "itemProvision":
                let key = Key(department: observation["department"] as! String, year: observation["year"] as! Int)
                owed[key, default: 0] += 1
                let outcome = observation["outcome"] as! String
                if outcome == "providedOnline" || outcome == "providedOffline" { provided[key, default: 0] += 1 }
            case "requestReviewed":
                // The books close an hour before the year's last midnight (EvaluationYear).
                let key = Key(department: observation["provider"] as! String, year: (t + 3_600_000) / yearMs)
                reviews[key, default: 0] += 1
                if observation["granted"] as! Bool { granted[key, default: 0] += 1 }
            default:
                break
            }
        }
        #expect(!r.evaluations.isEmpty)
        for e in r.evaluations {
            let key = Key(department: e.department.rawValue, year: e.year)
            #expect(e.figures.itemsOwed == owed[key, default: 0], "\(key)")
            #expect(e.figures.itemsProvided == provided[key, default: 0], "\(key)")
            #expect(e.figures.reviewsAnswered == reviews[key, default: 0], "\(key)")
            #expect(e.figures.reviewsGranted == granted[key, default: 0], "\(key)")
            // And the published indicators are those of the published figures.
            #expect(e.scores == IndicatorScores(e.figures))
        }
        #expect(reviews.values.reduce(0, +) > 0)
        #expect(r.metrics.value("evaluation.recount_mismatches") == 0)
    }
}
