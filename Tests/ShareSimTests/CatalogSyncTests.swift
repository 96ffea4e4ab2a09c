import Foundation
import ShareSim
import SharingModel
import SimKernel
import Testing

/// A generated world small enough for a test, busy enough that losses happen.
func busyWorld(
    seed: UInt64, loss: Double, policy: SyncPolicy, changes: Int = 40, windowDays: Int = 120
) -> WorldSpec {
    var template = WorldTemplate.small(
        provinces: 2, cities: 4, centralDepartments: 3, departmentsPerProvince: 3, departmentsPerCity: 4,
        resourcesPerDepartment: 4, changes: changes)
    template.seed = seed
    template.links = LinkProfiles.healthy.withLoss(loss)
    template.policy = policy
    template.changeWindowDays = windowDays
    return WorldSpec.generated(template)
}

@Suite struct CatalogSyncConvergenceTests {
    @Test func smallFixtureConvergesAndTheNationalCatalogHoldsEveryUpdate() async throws {
        let simulation = try CatalogSyncSimulation(spec: .smallFixture)
        let outcome = await simulation.run()
        #expect(outcome.reason == .queueEmpty)
        let report = await simulation.checkInvariants()
        #expect(report.isConverged, "\(report)")
        let state = await simulation.state()
        let national = state.platforms[simulation.world.nationalIndex].catalog
        #expect(national.departmentCount == 6)
        // 18 first resources; change 1 adds one and drops one, change 2 adds one.
        #expect(national.resourceCount == 19)
        #expect(national.resource("ZJ-HZ-EDU-04", of: "ZJ-HZ-EDU") != nil)
        #expect(national.resource("ZJ-NB-HEA-02", of: "ZJ-NB-HEA") == nil)
        let counters = simulation.metrics.counters
        #expect(counters.catalogsPublished == 6)
        #expect(counters.functionChanges == 2)
        #expect(counters.deltasLost == 0)
        #expect(simulation.metrics.stalenessSamples.count == 2)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func convergesWithFivePercentLossWhenRetriesAreOn(seed: UInt64) async throws {
        let simulation = try CatalogSyncSimulation(spec: busyWorld(seed: seed, loss: 0.05, policy: .reliable))
        _ = await simulation.run()
        let report = await simulation.checkInvariants()
        #expect(report.isConverged, "\(report)")
        let counters = simulation.metrics.counters
        #expect(counters.deltasLost > 0)
        #expect(counters.deltasRetried >= counters.deltasLost)
        #expect(counters.deltasAbandoned == 0)
        #expect(simulation.metrics.updatesNotYetVisible == 0)
    }

    @Test func divergenceIsCountedWhenRetriesAreOffAndMessagesAreLost() async throws {
        let simulation = try CatalogSyncSimulation(spec: busyWorld(seed: 1, loss: 0.1, policy: .noRetries))
        _ = await simulation.run()
        let report = await simulation.checkInvariants()
        #expect(!report.isConverged)
        #expect(report.nationalDivergentDepartments > 0)
        #expect(simulation.metrics.counters.deltasRetried == 0)
        #expect(simulation.metrics.counters.snapshotsRequested == 0)
    }

    @Test func aGapIsRepairedBySnapshotWhenRetriesAreOn() async throws {
        // Heavy loss and many changes close together make later deltas arrive after missed ones:
        // gaps, then snapshot resyncs.
        let spec = busyWorld(seed: 4, loss: 0.3, policy: .reliable, changes: 300, windowDays: 10)
        let simulation = try CatalogSyncSimulation(spec: spec)
        _ = await simulation.run()
        let report = await simulation.checkInvariants()
        #expect(report.isConverged, "\(report)")
        let counters = simulation.metrics.counters
        #expect(counters.gaps > 0, "\(counters)")
        #expect(counters.snapshotsRequested > 0)
    }

    @Test func sameSeedGivesTheSameRun() async throws {
        func once() async throws -> (CatalogSyncMetrics.Counters, [Double], UInt64) {
            let simulation = try CatalogSyncSimulation(spec: busyWorld(seed: 9, loss: 0.05, policy: .reliable))
            _ = await simulation.run()
            return (
                simulation.metrics.counters, simulation.metrics.stalenessSamples,
                simulation.world.context.deliveredCount
            )
        }
        let a = try await once()
        let b = try await once()
        #expect(a.0 == b.0)
        #expect(a.1 == b.1)
        #expect(a.2 == b.2)
    }
}

@Suite struct CatalogSyncBuildTests {
    @Test func aWorldWithAnInvalidCatalogFailsToBuildNamingResourceAndRule() throws {
        var spec = WorldSpec.smallFixture
        let i = try #require(spec.departments.firstIndex { $0.id == "ZJ-HZ-HRSS" })
        let j = try #require(spec.departments[i].resources.firstIndex { $0.code == "ZJ-HZ-HRSS-03" })
        spec.departments[i].resources[j].shareType = .notShared(legalBasis: LegalBasis(kind: .law, citation: " "))
        #expect {
            try CatalogSyncSimulation(spec: spec)
        } throws: { error in
            guard case .invalidCatalog(let department, let errors) = error as? WorldError else { return false }
            let text = "\(error)"
            return department == "ZJ-HZ-HRSS" && errors.map(\.code) == [.notSharedWithoutLegalBasis]
                && text.contains("ZJ-HZ-HRSS-03") && text.contains("R-SHR-4")
        }
    }

    @Test func aBaseResourceMarkedNotSharedIsRefused() throws {
        var spec = WorldSpec.smallFixture
        spec.departments[0].resources[0].shareType = .notShared(
            legalBasis: LegalBasis(kind: .law, citation: "《某法》"))
        let problems = spec.problems()
        guard case .invalidCatalog(let department, let errors) = try #require(problems.first) else {
            Issue.record("expected an invalid catalog, got \(problems)")
            return
        }
        #expect(department == "CN-MPS")
        #expect(errors.first?.code == .baseResourceNotShared)
        #expect(errors.first?.resource == "CN-MPS-01")
    }

    @Test func theSmallFixtureIsAValidWorldOfOneProvinceAndTwoCities() {
        let spec = WorldSpec.smallFixture
        #expect(spec.problems().isEmpty)
        #expect(spec.governments.filter { $0.level == .municipal }.count == 2)
        #expect(spec.governments.filter { $0.level == .provincial }.count == 1)
    }
}

@Suite struct CatalogSyncMetricsTests {
    @Test func levelCountsAndStalenessAreReported() async throws {
        let simulation = try CatalogSyncSimulation(spec: .smallFixture)
        _ = await simulation.run()
        let state = await simulation.state()
        let report = simulation.report(state)
        let national = try #require(report.levels.first { $0.level == .national }).counts
        let provincial = try #require(report.levels.first { $0.level == .provincial }).counts
        let municipal = try #require(report.levels.first { $0.level == .municipal }).counts
        #expect(national.resources == 19)
        #expect(national[.base] == 3)
        #expect(national[.notShared] == 1)
        // The province holds everything but the central department's 3 resources.
        #expect(provincial.resources == 16)
        #expect(municipal.resources == 13)
        #expect(report.staleness.count == 2)
        #expect(report.staleness.max >= report.staleness.p50)
        #expect(report.shareOnTime >= 0 && report.shareOnTime <= 1)
        #expect(report.counters.appliedAtNational >= 8)
    }

    @Test func theNationalDayChangeIsVisibleOnlyAfterTheHoliday() async throws {
        let simulation = try CatalogSyncSimulation(spec: .smallFixture)
        let notices = NoticeLog()
        simulation.world.sink.subscribe { record in
            if case .functionsChanged(let n) = record.observation { notices.deadlines.append(n.deadline) }
        }
        _ = await simulation.run()
        let epoch = simulation.world.spec.epoch
        let deadlines = notices.deadlines.map { epoch.date(of: $0) }
        // R-CAT-4: 15 working days after 2017-09-26 skip the National Day holiday (10-01..10-08).
        #expect(deadlines.last == CivilDate(year: 2017, month: 10, day: 23))
    }

    @Test func syncBenchmarkConvergesOnASmallGeneratedWorld() async {
        var template = WorldTemplate.small()
        template.changes = 5
        let result = await SyncBenchmark.run(SyncBenchmark.Configuration(template: template))
        #expect(result.converged)
        #expect(result.platforms == 1 + 2 + 4)
        #expect(result.departments == 3 + 2 * 2 + 4 * 3)
        #expect(result.nationalResources >= result.resources)
        #expect(result.events > 0)
        #expect(result.peakRSSBytes > 0)
    }
}

final class NoticeLog: @unchecked Sendable {
    var deadlines: [SimInstant] = []
}
