import Departments
import SharingModel
import SimKernel
import Testing

/// A department @1 attached to its platform @0 by a lossless 2 s link, in a world starting 2017-03-01.
enum DepartmentFixtures {
    static let id: DepartmentID = "HZ-EDU"
    static let epoch = SimEpoch(startDate: CivilDate(year: 2017, month: 3, day: 1)!)

    static func resource(_ n: Int, provider: DepartmentID = id) -> ResourceMetadata {
        FixtureResources.resource(provider, n, name: "资源\(n)", publishDate: epoch.startDate)
    }

    static func department(
        resources: [ResourceMetadata] = [resource(1), resource(2)], integration: IntegrationMode = .api,
        profile: BehaviourProfile = .punctual, link: LinkProfile = .reliable(latency: .seconds(2)),
        policy: SyncPolicy = .reliable
    ) -> DepartmentInstance {
        let spec = DepartmentSpec(
            id: id, name: "杭州市教育局", government: "ZJ-HZ", integration: integration, profile: profile,
            resources: resources)
        return DepartmentInstance(
            configuration: DepartmentConfiguration(
                spec: spec, address: ActorAddress(1), platform: ActorAddress(0),
                platformNode: .platform("ZJ-HZ", .municipal), link: link, policy: policy, seed: 7, epoch: epoch))
    }

    static func at(_ date: CivilDate, hour: Int64 = 10) -> SimInstant { epoch.startOfDay(date) + .hours(hour) }

    static func observations(_ directives: [Directive]) -> [Observation] {
        directives.compactMap {
            if case .observe(let o) = $0 { return o }
            return nil
        }
    }

    static func transfers(_ directives: [Directive]) -> [(CatalogTransfer, SimDuration)] {
        directives.compactMap {
            if case .send(.catalogTransfer(let t), _, let after) = $0 { return (t, after) }
            return nil
        }
    }

    static func timers(_ directives: [Directive]) -> [(TimerEvent, SimInstant)] {
        directives.compactMap {
            if case .timer(.timer(let e), let at) = $0 { return (e, at) }
            return nil
        }
    }
}

@Suite struct DepartmentPublishingTests {
    typealias F = DepartmentFixtures

    @Test func aValidCatalogIsPublishedAsAFullDeltaOverTheFrontEndLink() throws {
        var department = F.department()
        let out = department.handle(.publishCatalog, now: .zero)
        let (transfer, delay) = try #require(F.transfers(out).first)
        #expect(delay == .seconds(2))
        guard case .delta(let delta) = transfer.payload else {
            Issue.record("expected a delta")
            return
        }
        #expect(delta.fromVersion == 0 && delta.toVersion == 1 && delta.upserts.count == 2)
        #expect(department.published == department.catalog)
    }

    @Test func aDepartmentRefusesToPublishACatalogThatBreaksTheRules() throws {
        var bad = F.resource(2)
        bad.shareType = .notShared(legalBasis: LegalBasis(kind: .law, citation: ""))
        var department = F.department(resources: [F.resource(1), bad])
        let out = department.handle(.publishCatalog, now: .zero)
        #expect(F.transfers(out).isEmpty)
        guard case .catalogRefused(let id, let changeID, let errors) = try #require(F.observations(out).first) else {
            Issue.record("expected a refusal")
            return
        }
        #expect(id == F.id && changeID == nil)
        let error = try #require(errors.first)
        #expect(error.code == .notSharedWithoutLegalBasis)
        #expect(error.rule == .shr4)
        #expect("\(error)".contains("HZ-EDU-02"))
        #expect(department.published.version == 0)
    }

    @Test func aFrontEndDepartmentWaitsForItsBatchSlot() {
        var department = F.department(integration: .frontEnd(everyHours: 6))
        let out = department.handle(.publishCatalog, now: SimInstant.zero + .hours(1))
        #expect(F.transfers(out).isEmpty)
        #expect(F.timers(out).map(\.1) == [SimInstant.zero + .hours(6)])
        let later = department.handle(.timer(.syncDue), now: SimInstant.zero + .hours(6))
        #expect(F.transfers(later).count == 1)
    }

    @Test func aLostPushIsRetriedUntilAcknowledged() throws {
        var department = F.department(link: LinkProfile(latency: .fixed(.seconds(2)), lossProbability: 1))
        let out = department.handle(.publishCatalog, now: .zero)
        #expect(F.observations(out).contains { if case .deltaLost(_, .dropped) = $0 { true } else { false } })
        let (event, at) = try #require(F.timers(out).first)
        let retry = department.handle(.timer(event), now: at)
        #expect(F.observations(retry).contains { if case .deltaRetried = $0 { true } else { false } })
        guard case .retry(let key) = event else { return }
        _ = department.handle(
            .transferAck(TransferAck(department: F.id, version: 1, kind: .delta, from: key.peer)), now: at)
        #expect(department.pendingTransfers == 0)
    }
}

@Suite struct DepartmentDeadlineTests {
    typealias F = DepartmentFixtures

    @Test func theUpdateDeadlineIsFifteenWorkingDaysAndSkipsNationalDay() {
        let department = F.department()
        // 2017-09-26 (Tue): 09-27..09-30 (a make-up Saturday) are 4 working days, 10-01..10-08 is the
        // holiday, then 10-09..10-23 brings the count to 15.
        let deadline = department.updateDeadline(after: F.at(CivilDate(year: 2017, month: 9, day: 26)!))
        #expect(F.epoch.date(of: deadline) == CivilDate(year: 2017, month: 10, day: 23))
        // 2017-05-08 (Mon) + 15 working days: 05-09..05-26 are 14, and the 15th is Saturday 05-27, the
        // make-up working day (调休) before the Dragon Boat holiday.
        let makeUp = department.updateDeadline(after: F.at(CivilDate(year: 2017, month: 5, day: 8)!))
        #expect(F.epoch.date(of: makeUp) == CivilDate(year: 2017, month: 5, day: 27))
    }

    @Test func aPunctualDepartmentUpdatesWithinTheDeadline() throws {
        var department = F.department(profile: .punctual)
        _ = department.handle(.publishCatalog, now: .zero)
        let changedAt = F.at(CivilDate(year: 2017, month: 9, day: 26)!)
        let change = FunctionChange(id: 1, department: F.id, upserts: [F.resource(3)])
        let out = department.handle(.functionsChanged(change), now: changedAt)
        let (event, at) = try #require(F.timers(out).first)
        #expect(at <= department.updateDeadline(after: changedAt))
        let update = department.handle(.timer(event), now: at)
        guard case .catalogUpdated(let u) = try #require(F.observations(update).first) else {
            Issue.record("expected an update")
            return
        }
        #expect(!u.late && u.version == 2)
        #expect(department.catalog.contains("HZ-EDU-03"))
        #expect(F.transfers(update).count == 1)
    }

    @Test func aLateDepartmentUpdatesAfterTheDeadlineAndTheLatenessIsObserved() throws {
        var department = F.department(profile: .alwaysLate(by: .days(3)))
        _ = department.handle(.publishCatalog, now: .zero)
        let changedAt = F.at(CivilDate(year: 2017, month: 5, day: 8)!)
        let out = department.handle(.functionsChanged(FunctionChange(id: 4, department: F.id)), now: changedAt)
        let (event, at) = try #require(F.timers(out).first)
        #expect(at == department.updateDeadline(after: changedAt) + .days(3))
        let update = department.handle(.timer(event), now: at)
        guard case .catalogUpdated(let u) = try #require(F.observations(update).first) else {
            Issue.record("expected an update")
            return
        }
        #expect(u.late && u.changeID == 4)
    }

    @Test func anUpdateThatBreaksTheRulesIsRefusedAndTheCatalogKept() throws {
        var department = F.department()
        _ = department.handle(.publishCatalog, now: .zero)
        var base = F.resource(9)
        base.classification = .base(.population)
        base.shareType = .conditional(conditions: "仅限公安")
        let out = department.handle(
            .functionsChanged(FunctionChange(id: 2, department: F.id, upserts: [base])), now: .zero)
        let (event, at) = try #require(F.timers(out).first)
        let update = department.handle(.timer(event), now: at)
        guard case .catalogRefused(_, let changeID, let errors) = try #require(F.observations(update).first) else {
            Issue.record("expected a refusal")
            return
        }
        #expect(changeID == 2)
        #expect(errors.map(\.code) == [.baseResourceNotUnconditional])
        #expect(department.catalog.version == 1)
        #expect(F.transfers(update).isEmpty)
    }
}
