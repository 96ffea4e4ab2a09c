import SharingModel
import SimKernel

/// A whole world run (issue 4's catalog sync, issue 5's requests, demand and feedback): builds the
/// world's actors on one kernel, runs it, checks convergence and conservation and collects the
/// metrics. Integration tests and the tool use this same API.
public final class CatalogSyncSimulation: Sendable {
    /// The world.
    public let world: SharingWorld
    /// The metrics collector, subscribed to the world's sink.
    public let metrics: CatalogSyncMetrics
    /// The request, demand and feedback metrics, subscribed to the same sink.
    public let requests: RequestMetrics
    /// The dispute metrics, subscribed to the same sink.
    public let disputes: DisputeMetrics
    /// The vertical-flow metrics (R-RET-1, R-RET-2), subscribed to the same sink.
    public let vertical: VerticalMetrics
    /// The yearly evaluation as published, and its recount (R-EVAL-1..4), subscribed to the same sink.
    public let evaluation: EvaluationMetrics
    /// The costs of sharing (seed 001), subscribed to the same sink.
    public let costs: CostMetrics

    /// Builds `spec`.
    /// - Throws: the first ``WorldError`` (an invalid catalog names the department, resource and rule).
    public init(spec: WorldSpec, calendar: WorkingDayCalendar = .china) throws(WorldError) {
        world = try SharingWorld(spec: spec, calendar: calendar)
        metrics = CatalogSyncMetrics(epoch: spec.epoch, calendar: calendar)
        requests = RequestMetrics()
        disputes = DisputeMetrics()
        vertical = VerticalMetrics(lines: spec.lines.map(\.id), epoch: spec.epoch, calendar: calendar)
        evaluation = EvaluationMetrics()
        costs = CostMetrics(prices: spec.costs, departments: spec.departments.count)
        // One subscription feeds every collector, in this order: a closure per collector cost a call and a
        // retain of its context per observation each. Collectors of flows the world does not have are left
        // out (their tables then report zeros, as they would anyway).
        let (metrics, requests, disputes, costs) = (metrics, requests, disputes, costs)
        let vertical = spec.lines.isEmpty ? nil : vertical
        let evaluation = spec.evaluation == nil ? nil : evaluation
        world.sink.subscribe { record in
            switch record.observation {
            case .requestMade, .requestClosed, .applicationCompleted:
                // Most observations of a run are these, and the catalog, dispute and vertical collectors
                // ignore them (`CollectorsSkipTests`): they are not asked.
                requests.record(record.observation)
                evaluation?.record(record.observation, at: record.time)
                costs.record(record.observation)
            default:
                metrics.record(record)
                requests.record(record.observation)
                disputes.record(record.observation, at: record.time)
                vertical?.record(record.observation, at: record.time)
                evaluation?.record(record.observation, at: record.time)
                costs.record(record.observation)
            }
        }
    }

    /// Runs until the queue is empty or the next event is after `limit`.
    public func run(until limit: SimInstant = .distantFuture) async -> RunOutcome {
        let kernel = world.kernel
        return await world.context.executor.run { await deliverEvents(kernel, until: limit) }
    }

    /// Like ``run(until:)`` on the calling thread (the tool and benchmarks; never from a pool task).
    public func runBlocking(until limit: SimInstant = .distantFuture) -> RunOutcome {
        let kernel = world.kernel
        return world.context.executor.runBlocking { await deliverEvents(kernel, until: limit) }
    }

    /// Every actor's catalogs now.
    public func state() async -> WorldState {
        let world = self.world
        return await world.context.executor.run { await Self.gather(world.kernel, world) }
    }

    /// Like ``state()`` on the calling thread.
    public func stateBlocking() -> WorldState {
        let world = self.world
        return world.context.executor.runBlocking { await Self.gather(world.kernel, world) }
    }

    /// Reads every actor in one job on the simulation executor. Isolated to the kernel, whose executor every
    /// actor of the world shares, it reads each actor synchronously; awaiting each one hopped the task
    /// from the global pool to the simulation thread and back, two thread wake-ups per actor, 36,000 at
    /// national scale (docs/decisions/0011).
    private static func gather(_ kernel: isolated Kernel<SharingModel.Message>, _ world: SharingWorld) -> WorldState {
        var platforms: [WorldState.Platform] = []
        platforms.reserveCapacity(world.platforms.count)
        for handle in world.platforms {
            let p = handle.currentInstance()
            platforms.append(
                WorldState.Platform(
                    government: p.configuration.government, level: p.configuration.level, catalog: p.catalog,
                    pendingTransfers: p.pendingTransfers, pendingResyncs: p.pendingResyncs,
                    returnedLineRecords: p.returnedLineRecords, openReturnRequests: p.openReturnRequests))
        }
        var departments: [WorldState.Department] = []
        departments.reserveCapacity(world.departments.count)
        for actor in world.departments {
            let d = actor.assumeIsolated { $0.currentInstance() }
            departments.append(
                WorldState.Department(
                    id: d.id, catalog: d.catalog, published: d.published, pendingChanges: d.pendingChangeCount,
                    openRequests: d.openRequestCount, openApplications: d.openApplicationCount,
                    pendingReviews: d.pendingReviewCount, pendingCorrections: d.pendingCorrectionCount,
                    outstandingLineRecords: d.outstandingLineRecords, lineRecordsReceived: d.lineRecordsReceived,
                    lineRecordsHeld: d.lineRecordsHeld))
        }
        return WorldState(platforms: platforms, departments: departments)
    }

    /// R-CAT-3 convergence: each platform's catalog equals the union of the catalogs below it (its
    /// departments' and its child platforms'), and the national catalog equals the union of every
    /// published department catalog. Call after the last change and enough quiet time.
    public func checkInvariants() async -> ConvergenceReport { Self.check(await state(), world) }

    /// Like ``checkInvariants()`` on the calling thread.
    public func checkInvariantsBlocking() -> ConvergenceReport { Self.check(stateBlocking(), world) }

    /// The check on a gathered state.
    public static func check(_ state: WorldState, _ world: SharingWorld) -> ConvergenceReport {
        func departmentCatalog(_ j: Int) -> DepartmentCatalog? {
            // A department that never published (its catalog was refused) is below no platform.
            let d = state.departments[j]
            return d.published.version > 0 ? d.catalog : nil
        }
        var divergences: [ConvergenceReport.Divergence] = []
        for (i, platform) in state.platforms.enumerated() {
            var expected = AggregatedCatalog(world.departmentsOfPlatform[i].compactMap(departmentCatalog))
            for c in world.childPlatforms[i] { expected.merge(state.platforms[c].catalog) }
            let wrong = platform.catalog.divergentDepartments(from: expected)
            if !wrong.isEmpty {
                divergences.append(
                    .init(
                        platform: platform.government, level: platform.level, comparedWith: "below", departments: wrong)
                )
            }
        }
        let national = state.platforms[world.nationalIndex]
        let all = AggregatedCatalog(state.departments.indices.compactMap(departmentCatalog))
        let wrong = national.catalog.divergentDepartments(from: all)
        if !wrong.isEmpty {
            divergences.append(
                .init(
                    platform: national.government, level: .national, comparedWith: "allDepartments", departments: wrong)
            )
        }
        let unpushed = state.departments.filter {
            $0.published.version > 0 && $0.catalog.version > $0.published.version
        }
        return ConvergenceReport(
            divergences: divergences, nationalDivergentDepartments: wrong.count, unpushedDepartments: unpushed.count)
    }

    /// Conservation of requests (issue 5): every request made is closed exactly once, or still open at
    /// its user. Call after the run, on a state gathered then.
    public func checkRequestConservation(_ state: WorldState) -> RequestConservation {
        requests.conservation(openAtUsers: state.openRequests)
    }

    /// Conservation of requests on the current state.
    public func checkRequestConservation() async -> RequestConservation { checkRequestConservation(await state()) }

    /// The metrics with the per-level counts of `state`.
    public func report(_ state: WorldState) -> CatalogSyncReport {
        CatalogSyncReport(
            staleness: metrics.staleness, shareOnTime: metrics.shareOnTime,
            updatesNotYetVisible: metrics.updatesNotYetVisible, counters: metrics.counters,
            levels: Level.allCases.map { CatalogSyncReport.LevelCounts(level: $0, counts: state.counts(at: $0)) })
    }
}
