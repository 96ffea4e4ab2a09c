import Testing

@testable import Departments
@testable import SharingModel
@testable import SimKernel

/// What a plan works out once for every application (docs/decisions/0014): the mean gap between arrivals
/// and the wait limit, and a service without applications never arrives.
@Suite struct ServicePlanTests {
    typealias F = DepartmentFixtures

    static func plan(_ id: ServiceID, perYear: Double, ordinal: Int) -> ServicePlan {
        ServicePlan(
            spec: ServiceSpec(
                id: id, name: "服务", department: F.id, applicationsPerYear: perYear, needs: [], waitLimit: .days(2)),
            targets: [], ordinal: ordinal)
    }

    @Test func thePlanHoldsTheMeanGapAndTheWaitLimitOfItsSpec() {
        let plan = Self.plan("s", perYear: 365_000, ordinal: 0)
        // A year over the rate: 365 days of 86,400,000 ms over 365,000 applications.
        #expect(plan.meanArrivalGap == 86_400)
        #expect(plan.waitLimit == plan.spec.waitLimit && plan.waitLimit == .days(2))
        for rate in [0, -3, Double.nan] { #expect(Self.plan("none", perYear: rate, ordinal: 0).meanArrivalGap < 0) }
    }

    @Test func aServiceWithoutApplicationsIsNeverScheduledAndTheOthersAre() throws {
        var department = F.department()
        department.configuration.services = [
            Self.plan("none", perYear: 0, ordinal: 0), Self.plan("busy", perYear: 365_000, ordinal: 1),
        ]
        department = DepartmentInstance(configuration: department.configuration)
        let timers = F.timers(department.handle(.startDemand, now: .zero))
        #expect(timers.count == 1)
        let (event, at) = try #require(timers.first)
        #expect(event == .applicationArrival(service: 1))
        #expect(at > .zero)
    }
}
