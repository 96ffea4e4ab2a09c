import Testing

@testable import Departments
@testable import SharingModel
@testable import SimKernel

/// A department's arrival tables (docs/decisions/0019) say what its plans say: an application that reads
/// them instead of the plans and targets makes the same requests and the same records.
@Suite struct ArrivalTablesTests {
    typealias F = DepartmentFixtures

    static func target(_ provider: DepartmentID, _ resource: ResourceCode, index: Int, address: Int32) -> RequestTarget
    {
        RequestTarget(
            provider: provider, providerAddress: ActorAddress(address), providerPlatform: ActorAddress(address + 100),
            resource: resource, shareType: index.isMultiple(of: 2) ? .unconditional : .conditional,
            catalogIndex: index)
    }

    /// Two services: the first with three needs, one the department holds itself (`nil`) and two from one
    /// provider; the second with one need.
    static func plans() -> [ServicePlan] {
        let first = ServicePlan(
            spec: ServiceSpec(
                id: "first-service-with-a-long-id", name: "甲", department: F.id, applicationsPerYear: 36_500,
                needs: [
                    .init(provider: "A", resource: "A.00"), .init(provider: F.id, resource: "HZ-EDU.00"),
                    .init(provider: "A", resource: "A.03"),
                ], waitLimit: .days(2)),
            targets: [
                target("A", "A.00", index: 0, address: 7), nil, target("A", "A.03", index: 3, address: 7),
            ], ordinal: 4)
        let second = ServicePlan(
            spec: ServiceSpec(
                id: "second", name: "乙", department: F.id, applicationsPerYear: 0,
                needs: [.init(provider: "B", resource: "B.01")], waitLimit: .hours(5)),
            targets: [target("B", "B.01", index: 1, address: 9)], ordinal: 9)
        return [first, second]
    }

    @Test func theTablesHoldWhatThePlansSay() {
        let plans = Self.plans()
        let tables = ArrivalTables(plans: plans, seed: 42)
        #expect(tables.services.count == 2)
        #expect(tables.needs.count == 4)
        for (s, plan) in plans.enumerated() {
            let entry = tables.services[s]
            #expect(entry.stream == RandomStream(seed: 42, name: plan.streamName))
            #expect(entry.meanGap == plan.meanArrivalGap)
            #expect(entry.waitLimit == plan.waitLimit)
            #expect(entry.name.purpose == plan.purpose)
            #expect(entry.name.id == plan.spec.id)
            #expect(entry.ordinal == plan.ordinal)
            #expect(Int(entry.needCount) == plan.targets.count)
            for (n, target) in plan.targets.enumerated() {
                let need = tables.needs[Int(entry.firstNeed) + n]
                #expect(Int(need.group) == plan.providerGroup[n])
                #expect(need.isTarget == (target != nil))
                guard let target else { continue }
                #expect(need.provider == target.provider && need.resource == target.resource)
                #expect(need.providerAddress == target.providerAddress)
                #expect(need.providerPlatform == target.providerPlatform)
                #expect(need.shareType == target.shareType)
                #expect(Int(need.catalogIndex) == target.catalogIndex)
            }
        }
        // The second service's needs follow the first's; the two needs from "A" are one provider group.
        #expect(tables.services[1].firstNeed == 3)
        #expect(tables.needs[2].group == 0)
    }

    /// The tables follow the plans: a change of the configuration that keeps them keeps the tables, streams
    /// where they are; new plans get new tables, as a new instance would have.
    @Test func newPlansGetNewTablesAndTheSamePlansKeepTheirStreams() {
        var department = F.department()
        department.configuration.services = Self.plans()
        #expect(department.arrivals.services.count == 2)
        _ = department.handle(.startDemand, now: .zero)
        let drawn = department.arrivals.services[0].stream
        #expect(drawn != RandomStream(seed: department.configuration.seed, name: Self.plans()[0].streamName))
        department.configuration.spec.profile.sharing.misuseProbability = 0.5
        #expect(department.arrivals.services[0].stream == drawn)
        department.configuration.services = [Self.plans()[1]]
        #expect(department.arrivals.services.count == 1)
        #expect(department.arrivals.services[0].name.id == "second")
        #expect(
            department.arrivals.services[0].stream
                == RandomStream(seed: department.configuration.seed, name: Self.plans()[1].streamName))
    }

    /// Plans given in place get their wait limits too: an application of a service the department did not have
    /// when it was built is closed at its own limit (R-USE-2), not looked up in the old, empty list.
    @Test func plansGivenInPlaceCloseTheirApplicationsAtTheirOwnLimit() {
        var department = F.department()
        department.configuration.services = Self.plans()
        let arrived = SimInstant.zero + .hours(1)
        let directives = department.handle(.timer(.applicationArrival(service: 0)), now: arrived)
        #expect(department.openApplicationCount == 1)
        let sweep = directives.compactMap { directive -> SimInstant? in
            if case .timer(.timer(.applicationDeadlines), let at) = directive { return at }
            return nil
        }
        #expect(sweep == [arrived + .days(2)])
        let closed = department.handle(.timer(.applicationDeadlines), now: arrived + .days(2))
        #expect(department.openApplicationCount == 0)
        #expect(
            F.observations(closed).contains {
                if case .applicationCompleted(let record) = $0 { return record.originalNeeds == 2 }
                return false
            })
    }
}
