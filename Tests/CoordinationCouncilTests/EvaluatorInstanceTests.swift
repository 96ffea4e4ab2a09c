import CoordinationCouncil
import SharingModel
import SimKernel
import Testing

/// R-EVAL-1..3 on the evaluator as a value: it waits for every report, publishes, and notifies; a department
/// short twice running is reported to the State Council; missing the provision requirement costs funding; the
/// pressure follows the scenario's choice.
@Suite struct EvaluatorInstanceTests {
    let a: DepartmentID = "A"
    let b: DepartmentID = "B"

    func evaluator(_ policy: EvaluationPolicy = EvaluationPolicy()) -> EvaluatorInstance {
        EvaluatorInstance(
            configuration: .init(address: ActorAddress(9), government: "G", departments: [a, b], policy: policy))
    }

    /// A report with `provided` of 10 owed items and nothing else to be measured on.
    func report(_ department: DepartmentID, year: Int, provided: Int) -> Message {
        var f = DepartmentYearFigures()
        f.itemsOwed = 10
        f.itemsProvided = provided
        f.itemsProvidedOnline = provided
        return .yearReport(
            DepartmentYearReport(
                department: department, address: ActorAddress(department == a ? 1 : 2), year: year,
                kind: .unwilling, figures: f))
    }

    func notices(_ out: [Directive]) -> [ActorAddress: EvaluationNotice] {
        var result: [ActorAddress: EvaluationNotice] = [:]
        for case .send(.evaluationNotice(let n), let to, _) in out { result[to] = n }
        return result
    }

    @Test func waitsForEveryReportThenPublishesEveryDepartmentAndTheGovernment() {
        var e = evaluator()
        #expect(e.handle(report(a, year: 0, provided: 10), now: .zero).isEmpty)
        let out = e.handle(report(b, year: 0, provided: 5), now: .zero)
        var published: [DepartmentID] = []
        var governments = 0
        for case .observe(let o) in out {
            if case .departmentEvaluated(let d) = o { published.append(d.department) }
            if case .governmentEvaluated = o { governments += 1 }
        }
        #expect(published == [a, b])
        #expect(governments == 1)
        #expect(notices(out).count == 2)
    }

    @Test func shortTwiceRunningIsReportedToTheStateCouncil() {
        var e = evaluator()
        _ = e.handle(report(a, year: 0, provided: 10), now: .zero)
        let first = notices(e.handle(report(b, year: 0, provided: 4), now: .zero))
        // B: provision 0.4 → informationSharing 0.4, public benefit 1 → 58 points.
        #expect(first[ActorAddress(2)]?.notice == .rectification)
        #expect(first[ActorAddress(2)]?.projectsDefunded == true)
        #expect(first[ActorAddress(1)]?.notice == NoticeKind.none)
        _ = e.handle(report(a, year: 1, provided: 4), now: .zero)
        let second = notices(e.handle(report(b, year: 1, provided: 5), now: .zero))
        #expect(second[ActorAddress(2)]?.notice == .reportedToStateCouncil)
        // A was fine last year: a first notice only.
        #expect(second[ActorAddress(1)]?.notice == .rectification)
    }

    /// B provides 4 of 10 items: 58 points against a threshold of 80, a provision rate of 0.4 against 0.8.
    static let pressureCases: [(EvaluationPolicy.Pressure, Double)] = [
        (.none, 0), (.fixed, 0.3 + 0.2), (.dynamic, 0.3 * 22.0 / 80.0 + 0.2 * 0.5),
    ]

    @Test(arguments: pressureCases)
    func pressureFollowsThePolicy(pressure: EvaluationPolicy.Pressure, expected: Double) {
        var e = evaluator(EvaluationPolicy(pressure: pressure))
        _ = e.handle(report(a, year: 0, provided: 10), now: .zero)
        let n = notices(e.handle(report(b, year: 0, provided: 4), now: .zero))[ActorAddress(2)]
        #expect(abs((n?.pressure ?? -1) - expected) < 1e-9)
        // A department above the threshold and the requirement feels nothing, whatever the policy.
        var f = evaluator(EvaluationPolicy(pressure: pressure))
        _ = f.handle(report(a, year: 0, provided: 10), now: .zero)
        #expect(notices(f.handle(report(b, year: 0, provided: 10), now: .zero))[ActorAddress(2)]?.pressure == 0)
    }
}
