import Foundation
import ShareSim
import SharingModel
import SimKernel
import Testing

@Suite struct SharingRequestRoutingTests {
    /// R-PLT-1: a request goes up to the lowest platform covering both sides and down to the provider's
    /// platform; the answer comes back the same way.
    @Test func requestsClimbOnlyAsHighAsTheyMust() async throws {
        var spec = schoolPlaceWorld()
        spec.services = []
        spec.requests = [
            scripted("ZJ-HZ-EDU", "ZJ-HZ-HRSS", 1, hour: 9, in: spec),  // same city
            scripted("ZJ-HZ-EDU", "ZJ-NB-HEA", 1, hour: 11, in: spec),  // same province
            scripted("ZJ-HZ-EDU", "CN-MPS", 1, hour: 13, in: spec),  // across the nation
        ]
        let simulation = try CatalogSyncSimulation(spec: spec)
        let hops = HopRecorder()
        let names = spec.governments.map(\.id.rawValue) + spec.departments.map(\.id.rawValue)
        simulation.world.context.deliveryHook = { event in
            if case .shareRequest(let r) = event.message {
                hops.paths[Int(r.id.serial), default: []].append(names[Int(event.target.index)])
            }
        }
        _ = await simulation.run(until: spec.epoch.startOfDay(spec.startDate.adding(days: 3)))
        #expect(hops.paths[1] == ["ZJ-HZ"])
        #expect(hops.paths[2] == ["ZJ-HZ", "ZJ", "ZJ-NB"])
        #expect(hops.paths[3] == ["ZJ-HZ", "ZJ", "CN"])
        let c = simulation.requests.counters
        #expect(c.made == 3)
        #expect(c.closed(.served) == 3)
        #expect(await simulation.checkRequestConservation().holds)
    }
}

final class HopRecorder: @unchecked Sendable {
    var paths: [Int: [String]] = [:]
}

@Suite struct ShareTypeRuleTests {
    /// R-SHR-2: unconditional data is served by the platform, as old as the provider's integration
    /// mode makes it: online (`api`) is current, six-hourly batches are under six hours old.
    @Test func unconditionalDataIsServedAndItsAgeFollowsIntegration() async throws {
        var spec = schoolPlaceWorld()
        spec.services = []
        spec.requests = (0..<24).flatMap { hour in
            [
                scripted("ZJ-HZ-EDU", "CN-MPS", 1, hour: hour, in: spec),
                scripted("ZJ-HZ-EDU", "ZJ-HZ-HRSS", 1, hour: hour, in: spec),
            ]
        }
        let run = try await finishedRun(spec, days: 4)
        #expect(run.closures.count == 48)
        #expect(run.closures.allSatisfy { $0.outcome == .served })
        let api = run.closures.filter { $0.provider == "CN-MPS" }.compactMap(\.delivery?.age)
        let batches = run.closures.filter { $0.provider == "ZJ-HZ-HRSS" }.compactMap(\.delivery?.age)
        #expect(api.allSatisfy { $0 == .zero })
        #expect(batches.allSatisfy { $0 < .hours(6) })
        #expect(batches.contains { $0 > .hours(1) })
    }

    /// R-SHR-3: a conditional application is reviewed by the provider; the grant covers its purpose,
    /// so the next request for the same purpose is served from the platform, while another purpose
    /// needs its own review.
    @Test func aGrantCoversThePurposeItWasGivenFor() async throws {
        var spec = schoolPlaceWorld()
        spec.services = []
        spec.setProfile(.punctual, of: "ZJ-NB-HEA")
        spec.requests = [
            scripted("ZJ-HZ-EDU", "ZJ-NB-HEA", 3, purpose: "入学查验", day: 1, in: spec),
            scripted("ZJ-HZ-EDU", "ZJ-NB-HEA", 3, purpose: "入学查验", day: 20, in: spec),
            scripted("ZJ-HZ-EDU", "ZJ-NB-HEA", 3, purpose: "体检统计", day: 21, in: spec),
        ]
        let run = try await finishedRun(spec, days: 45)
        let outcomes = run.closures.sorted { $0.id < $1.id }.map(\.outcome)
        #expect(outcomes == [.granted, .served, .granted])
        #expect(run.reviews.count == 2)
        #expect(run.reviews.allSatisfy { !$0.overdue })
    }

    /// R-SHR-3: with a provider that is always late, every answer is overdue; enforcing the deadline
    /// makes every answer come by the 10th working day.
    @Test func lateReviewsAreOverdueUnlessTheDeadlineIsEnforced() async throws {
        for enforce in [false, true] {
            var spec = schoolPlaceWorld(perYear: 400)
            spec.sharing.enforceReviewDeadline = enforce
            var profile = BehaviourProfile.alwaysLate(by: .days(3))
            profile.sharing.reviewOnTimeProbability = 0
            profile.sharing.silenceProbability = 0
            profile.sharing.reviewLateness = .fixed(.days(3))
            for id: DepartmentID in ["ZJ-NB-HEA", "ZJ-NB-NRP"] { spec.setProfile(profile, of: id) }
            let run = try await finishedRun(spec, days: 200)
            #expect(run.reviews.count >= 2)
            #expect(run.reviews.allSatisfy { $0.overdue == !enforce })
            #expect(run.value("request.conditional.on_time_share") == (enforce ? 1 : 0))
            // The day of receipt counts for what is left of it, so "by the 10th working day" is < 11.
            #expect(run.reviews.allSatisfy { enforce ? $0.workingDays < 11 : $0.workingDays > 10 })
        }
    }

    /// R-SHR-4: a not-shared resource is refused citing the legal basis its catalog records.
    @Test func notSharedIsRefusedCitingTheCatalogsBasis() async throws {
        var spec = schoolPlaceWorld()
        spec.services = []
        spec.requests = [scripted("ZJ-NB-HEA", "ZJ-HZ-HRSS", 3, in: spec)]
        let run = try await finishedRun(spec, days: 3)
        let basis = LegalBasis(kind: .law, citation: "《中华人民共和国社会保险法》第九十二条")
        #expect(run.closures.map(\.outcome) == [.refused(.notShared(basis))])
        #expect(run.value("request.notShared.refused") == 1)
    }

    /// R-SHR-4: base resources are shared by principle: however unwilling or afraid the provider, a
    /// base resource is never refused, even one to one where every request is reviewed; its
    /// conditional resources are (so the test would see a refusal if the rule were dropped).
    @Test func aBaseResourceIsNeverRefused() async throws {
        var spec = schoolPlaceWorld(mode: .oneToOne)
        spec.services = []
        var afraid = BehaviourProfile.afraid
        afraid.sharing.silenceProbability = 0
        afraid.sharing.approvalProbability = 0
        afraid.sharing.reviewOnTimeProbability = 1
        spec.setProfile(afraid, of: "ZJ-NB-NRP")
        spec.requests = (1...30).flatMap { day in
            [
                scripted("ZJ-HZ-EDU", "ZJ-NB-NRP", 1, day: day, in: spec),  // base
                scripted("ZJ-HZ-EDU", "ZJ-NB-NRP", 2, day: day, in: spec),  // conditional
            ]
        }
        let run = try await finishedRun(spec, days: 120)
        let base = run.closures.filter { $0.resource == "ZJ-NB-NRP-01" }
        let conditional = run.closures.filter { $0.resource == "ZJ-NB-NRP-02" }
        #expect(base.count == 30 && conditional.count == 30)
        #expect(base.allSatisfy { $0.outcome == .granted })
        #expect(conditional.allSatisfy { if case .refused = $0.outcome { true } else { false } })
    }

    /// R-SHR-3: a refusal always carries a reason (by construction), and silence ends as expired.
    @Test func aSilentProviderLeavesRequestsToExpire() async throws {
        var spec = schoolPlaceWorld()
        spec.services = []
        var silent = BehaviourProfile.unwilling
        silent.sharing.silenceProbability = 1
        spec.setProfile(silent, of: "ZJ-NB-HEA")
        spec.requests = (1...5).map { scripted("ZJ-HZ-EDU", "ZJ-NB-HEA", 3, day: $0, in: spec) }
        let run = try await finishedRun(spec, days: 80)
        #expect(run.closures.count == 5)
        #expect(run.closures.allSatisfy { $0.outcome == .expired })
        #expect(run.value("request.conditional.expired") == 5)
        #expect(run.value("request.conditional.lost") == 0)
    }
}

@Suite struct UseRuleTests {
    /// R-USE-1: every attempt to use data for another purpose or pass it on is blocked and observed.
    @Test func misuseIsBlockedAndCounted() async throws {
        var spec = schoolPlaceWorld(perYear: 300)
        var careless = BehaviourProfile.cooperative
        careless.sharing.misuseProbability = 1
        spec.setProfile(careless, of: "ZJ-HZ-EDU")
        let run = try await finishedRun(spec, days: 120)
        let deliveries = run.closures.filter { $0.delivery != nil }.count
        #expect(deliveries > 50)
        #expect(run.value("use.violations_blocked") == Double(deliveries))
        #expect(run.value("use.violations_otherPurpose") > 0)
        #expect(run.value("use.violations_thirdParty") > 0)
    }

    @Test func theLicenceAllowsOnlyTheDeclaredPurposeInTheHoldersOwnDuties() {
        let licence = UseLicence(holder: "ZJ-HZ-EDU", resource: "CN-MPS-01", purpose: "service:school-place")
        #expect(licence.violation(of: .ownDuty("service:school-place")) == nil)
        #expect(licence.violation(of: .ownDuty("marketing")) == .otherPurpose)
        #expect(licence.violation(of: .passTo("ZJ-HZ-HRSS")) == .thirdParty)
        #expect(licence.violation(of: .passTo("ZJ-HZ-EDU")) == nil)
    }

    /// R-SEC-1: in many random worlds with departments and resources scattered over both zones, no
    /// user ever receives data of another zone; such requests are refused with the zone as reason.
    @Test(arguments: 1...12) func dataNeverCrossesNetworkZones(seed: UInt64) async throws {
        var spec = schoolPlaceWorld(seed: seed, perYear: 200)
        var random = RandomStream(seed: seed, name: "test.zones")
        for j in spec.departments.indices {
            spec.departments[j].zone = random.bernoulli(0.3) ? .inner : .outer
            for k in spec.departments[j].resources.indices {
                spec.departments[j].resources[k].zone = random.bernoulli(0.3) ? .inner : .outer
            }
        }
        let ids = spec.departments.map(\.id)
        spec.requests = (0..<40).map { i in
            let user = ids[random.int(below: ids.count)]
            let provider = ids[random.int(below: ids.count)]
            return scripted(user, provider, 1 + random.int(below: 3), day: 1 + i / 4, hour: 8 + i % 4, in: spec)
        }
        let run = try await finishedRun(spec, days: 90)
        #expect(run.value("security.zone_crossings") == 0)
        for closure in run.closures {
            if let delivery = closure.delivery { #expect(delivery.zone == closure.userZone, "\(closure)") }
        }
        let crossing = run.closures.filter { closure in
            let provider = spec.departments.first { $0.id == closure.provider }!
            let resource = provider.resources.first { $0.code == closure.resource }!
            return resource.zone != closure.userZone && resource.shareTypeKind != .notShared
        }
        #expect(!crossing.isEmpty)
        #expect(crossing.allSatisfy { if case .refused(.networkZone) = $0.outcome { true } else { false } })
    }
}
