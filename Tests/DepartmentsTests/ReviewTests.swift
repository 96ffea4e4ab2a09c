import Departments
import SharingModel
import SimKernel
import Testing

/// The provider's side of R-SHR-3, on the instance alone: decisions and deadlines, no kernel.
@Suite struct ReviewTests {
    static let conditional = FixtureResources.resource(
        DepartmentFixtures.id, 3, name: "学籍变动", shareType: .conditional(conditions: "入学审核"),
        publishDate: DepartmentFixtures.epoch.startDate)

    static func application(purpose: Purpose = "入学审核") -> ShareRequest {
        ShareRequest(
            id: RequestID(user: ActorAddress(9), serial: 1), mode: .centralized, user: "NB-HEA",
            userPlatform: ActorAddress(0), userZone: .outer, provider: DepartmentFixtures.id,
            providerAddress: ActorAddress(1), providerPlatform: ActorAddress(0), resource: conditional.code,
            shareType: .conditional, purpose: purpose)
    }

    static func reviewTimer(_ directives: [Directive]) -> SimInstant? {
        directives.lazy.compactMap {
            if case .timer(.timer(.reviewDue), let at) = $0 { return at }
            return nil
        }.first
    }

    /// R-SHR-3: received on Monday 2025-01-06, the answer is due by the end of Monday 2025-01-20 (10
    /// working days after); an answer on working day 11 (Tuesday 2025-01-21) is overdue.
    @Test func anAnswerOnWorkingDay11IsOverdue() {
        let department = DepartmentFixtures.department(resources: [Self.conditional])
        let received = DepartmentFixtures.epoch.startOfDay(CivilDate(year: 2025, month: 1, day: 6)!) + .hours(10)
        let deadline = department.reviewDeadline(after: received)
        #expect(
            deadline == DepartmentFixtures.epoch.startOfDay(CivilDate(year: 2025, month: 1, day: 21)!)
                - .milliseconds(1))
        func record(answeredAt: SimInstant) -> ReviewRecord {
            ReviewRecord(
                id: RequestID(user: ActorAddress(9), serial: 1), provider: DepartmentFixtures.id,
                resource: Self.conditional.code, shareType: .conditional, receivedAt: received, answeredAt: answeredAt,
                deadline: deadline, workingDays: 0, granted: true)
        }
        let day10 = DepartmentFixtures.epoch.startOfDay(CivilDate(year: 2025, month: 1, day: 20)!) + .hours(17)
        let day11 = DepartmentFixtures.epoch.startOfDay(CivilDate(year: 2025, month: 1, day: 21)!) + .hours(9)
        #expect(!record(answeredAt: day10).overdue)
        #expect(record(answeredAt: day11).overdue)
    }

    /// A punctual provider answers in office hours on one of the 10 working days after receipt.
    @Test func aPunctualProviderAnswersWithinTheDeadline() {
        var department = DepartmentFixtures.department(resources: [Self.conditional])
        let now = DepartmentFixtures.at(CivilDate(year: 2017, month: 9, day: 29)!)  // the Friday before National Day
        let at = Self.reviewTimer(department.handle(.shareRequest(Self.application()), now: now))
        let deadline = department.reviewDeadline(after: now)
        #expect(at != nil)
        #expect(at! > now && at! <= deadline)
        // 10 working days after 2017-09-29: Saturday 09-30 is a make-up working day (调休), 10-01..08 a
        // holiday, then 10-09..13 and 10-16..19: the deadline is the end of Thursday 2017-10-19.
        #expect(
            deadline == DepartmentFixtures.epoch.startOfDay(CivilDate(year: 2017, month: 10, day: 20)!)
                - .milliseconds(1))
    }

    /// R-SHR-4, R-SEC-1: what the rules forbid is refused at once, with its reason, without review.
    @Test func mandatoryRefusalsNeedNoReview() {
        var department = DepartmentFixtures.department(resources: [Self.conditional])
        let missing = ShareRequest(
            id: RequestID(user: ActorAddress(9), serial: 2), mode: .oneToOne, user: "NB-HEA",
            userPlatform: ActorAddress(0), userZone: .inner, provider: DepartmentFixtures.id,
            providerAddress: ActorAddress(1), providerPlatform: ActorAddress(0), resource: Self.conditional.code,
            shareType: .conditional, purpose: "入学审核")
        let directives = department.handle(
            .shareRequest(missing), now: DepartmentFixtures.at(DepartmentFixtures.epoch.startDate))
        #expect(Self.reviewTimer(directives) == nil)
        let answers = directives.compactMap {
            if case .send(.shareResponse(let r), let to, _) = $0 { return (r.answer, to) }
            return nil
        }
        #expect(answers.count == 1)
        #expect(answers.first?.0 == .refused(.networkZone(from: .outer, to: .inner)))
        #expect(answers.first?.1 == ActorAddress(9))
    }
}
