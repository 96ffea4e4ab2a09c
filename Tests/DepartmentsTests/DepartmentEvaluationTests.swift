import Departments
import SharingModel
import SimKernel
import Testing

/// The department's side of R-EVAL-1..3 on the instance alone: one provision record per owed item and year,
/// a report of what it counted when the books close, and a profile that moves as the notice says.
@Suite struct DepartmentEvaluationTests {
    static let evaluator = ActorAddress(50)

    static func provisionRecords(_ directives: [Directive]) -> [ProvisionRecord] {
        DepartmentFixtures.observations(directives).compactMap {
            if case .itemProvision(let r) = $0 { return r }
            return nil
        }
    }

    /// Runs the department's own timers up to `limit`, in time order, collecting every directive.
    static func runTimers(
        _ d: inout DepartmentInstance, from start: [Directive], until limit: SimInstant
    )
        -> [Directive]
    {
        var all = start
        var queue = DepartmentFixtures.timers(start).filter { $0.1 <= limit }
        while !queue.isEmpty {
            queue.sort { $0.1 < $1.1 }
            let (event, at) = queue.removeFirst()
            let out = d.handle(.timer(event), now: at)
            all += out
            queue += DepartmentFixtures.timers(out).filter { $0.1 <= limit }
        }
        return all
    }

    @Test func everyOwedItemHasOneOutcomeAndTheReportCountsThem() throws {
        var d = DepartmentFixtures.department(profile: .unable)
        let start = d.handle(.startEvaluation(EvaluationSetup(evaluator: Self.evaluator, owedItems: 40)), now: .zero)
        let all = Self.runTimers(&d, from: start, until: EvaluationYear.end(of: 0))
        let records = Self.provisionRecords(all)
        #expect(records.count == 40)
        #expect(Set(records.map(\.item)) == Set(0..<40))
        #expect(records.allSatisfy { $0.year == 0 })
        // Unable: months of integration leave some items not fed by the year's end.
        #expect(records.contains { $0.outcome == .notIntegrated })
        var report: DepartmentYearReport?
        for case .send(.yearReport(let r), let to, _) in all where to == Self.evaluator { report = r }
        let r = try #require(report)
        #expect(r.figures.itemsOwed == 40)
        #expect(r.figures.itemsProvided == records.filter(\.outcome.isProvided).count)
        #expect(r.figures == d.evaluationFigures(year: 0))
    }

    @Test func aNoticeWithPressureMovesTheProfileAndStartsNextYear() {
        var d = DepartmentFixtures.department(profile: .unwilling)
        _ = d.handle(.startEvaluation(EvaluationSetup(evaluator: Self.evaluator, owedItems: 5)), now: .zero)
        let at = EvaluationYear.end(of: 0) + .seconds(2)
        let out = d.handle(
            .evaluationNotice(
                EvaluationNotice(year: 0, score: 50, notice: .rectification, projectsDefunded: true, pressure: 0.5)),
            now: at)
        #expect(abs(d.configuration.spec.profile.provision.provisionProbability - 0.775) < 1e-12)
        #expect(d.configuration.spec.profile.kind == .unwilling)
        #expect(DepartmentFixtures.observations(out).contains { if case .profileShifted = $0 { true } else { false } })
        let next =
            Self.provisionRecords(out)
            + DepartmentFixtures.timers(out).compactMap {
                if case .provisionDue(let year, _) = $0.0 {
                    ProvisionRecord(department: d.id, year: year, item: 0, outcome: .providedOnline)
                } else {
                    nil
                }
            }
        #expect(!next.isEmpty && next.allSatisfy { $0.year == 1 })
    }

    @Test func aNoticeWithoutPressureChangesNothing() {
        var d = DepartmentFixtures.department(profile: .afraid)
        _ = d.handle(.startEvaluation(EvaluationSetup(evaluator: Self.evaluator, owedItems: 5)), now: .zero)
        let before = d.configuration.spec.profile
        _ = d.handle(
            .evaluationNotice(
                EvaluationNotice(year: 0, score: 50, notice: .rectification, projectsDefunded: true, pressure: 0)),
            now: EvaluationYear.end(of: 0) + .seconds(2))
        #expect(d.configuration.spec.profile == before)
    }

    @Test func withoutAnEvaluationTheDepartmentCountsNothing() {
        var d = DepartmentFixtures.department()
        _ = d.handle(.publishCatalog, now: .zero)
        #expect(d.evaluationFigures(year: 0) == DepartmentYearFigures())
    }
}
