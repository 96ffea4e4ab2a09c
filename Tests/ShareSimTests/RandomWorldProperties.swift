import Foundation
import ShareSim
import SharingModel
import SimKernel

/// The invariants every run of every world must keep (issue 12), checked on the observation stream by an
/// oracle that shares no code with the metrics: its own ledgers, its own idea of a grant.
///
/// Fed in observation order (the sink's), on the run's executor; read after the run.
final class PropertyOracle: @unchecked Sendable {
    /// What a user may hold a grant for: R-SHR-3 grants are per user, provider, resource and purpose.
    struct GrantKey: Hashable {
        var user: DepartmentID
        var provider: DepartmentID
        var resource: ResourceCode
        var purpose: Purpose?
    }

    /// The share type of every resource code in any catalog version (a world's changes keep types).
    let shareTypes: [ResourceCode: ShareTypeKind]
    private(set) var violations: [String] = []

    // Requests: made, then closed exactly once.
    private var made: [RequestID: RequestRecord] = [:]
    private var closed: Set<RequestID> = []
    private(set) var requestsMade = 0
    private(set) var requestsClosed = 0
    private(set) var deliveries = 0
    // Grants: reviews that granted (by request) and the keys they stand for; rulings that granted.
    private var grantedReviews: Set<RequestID> = []
    private var grants: Set<GrantKey> = []
    private var ruledGrants: Set<GrantKey> = []
    // Disputes: opened, then settled at most once.
    private var disputes: [DisputeID: DisputeRecord] = [:]
    private var settled: Set<DisputeID> = []
    private(set) var disputesOpened = 0
    private(set) var disputesSettled = 0
    // Catalog transfers: every one put on a link is lost or received.
    private(set) var transfersSent = 0
    private(set) var transfersLost = 0
    private(set) var transfersReceived = 0
    private(set) var transfersAbandoned = 0
    private(set) var transfersDelivered = 0
    /// Catalog activity: sends, retries, snapshot requests, updates. Quiet when it stops growing.
    private(set) var catalogActivity = 0
    // Error reports (R-USE-3): never more arrive or are lost than were sent.
    private(set) var errorReports = 0
    private(set) var errorReportsLost = 0
    private(set) var errorReportsDelivered = 0
    private(set) var corrections = 0

    init(shareTypes: [ResourceCode: ShareTypeKind]) {
        self.shareTypes = shareTypes
    }

    /// Subscribes to the world's sink and counts deliveries through the kernel's hook.
    func attach(to simulation: CatalogSyncSimulation) {
        simulation.world.sink.subscribe { [self] record in observe(record.observation) }
        simulation.world.context.deliveryHook = { [self] event in
            switch event.message {
            case .catalogTransfer: transfersDelivered += 1
            case .errorReport: errorReportsDelivered += 1
            default: break
            }
        }
    }

    func violation(_ text: String) { violations.append(text) }

    func observe(_ observation: Observation) {
        switch observation {
        case .requestMade(let r):
            requestsMade += 1
            if made.updateValue(r, forKey: r.id) != nil { violation("\(r.id) made twice") }
        case .requestReviewed(let review) where review.granted:
            grantedReviews.insert(review.id)
            if let r = made[review.id] {
                grants.insert(GrantKey(user: r.user, provider: r.provider, resource: r.resource, purpose: r.purpose))
            }
        case .requestClosed(let c):
            requestClosed(c)
        case .disputeOpened(let d):
            disputesOpened += 1
            if disputes.updateValue(d, forKey: d.id) != nil { violation("\(d.id) opened twice") }
        case .disputeResolved(let r):
            disputesSettled += 1
            guard let d = disputes[r.id] else {
                violation("\(r.id) settled but never opened")
                break
            }
            if !settled.insert(r.id).inserted { violation("\(r.id) settled twice") }
            if r.outcome.isGranted {
                ruledGrants.insert(GrantKey(user: d.user, provider: d.provider, resource: d.resource, purpose: nil))
            }
        case .deltaSent, .deltaRetried:
            transfersSent += 1
            catalogActivity += 1
        case .deltaLost:
            transfersLost += 1
        case .deltaAbandoned:
            transfersAbandoned += 1
        case .deltaReceived:
            transfersReceived += 1
        case .snapshotRequested, .catalogUpdated, .catalogPublished, .catalogRefused:
            catalogActivity += 1
        case .errorReported:
            errorReports += 1
        case .errorReportLost:
            errorReportsLost += 1
        case .errorCorrected:
            corrections += 1
        default:
            break
        }
    }

    private func requestClosed(_ c: RequestClosure) {
        requestsClosed += 1
        guard let record = made[c.id] else {
            violation("\(c.id) closed but never made")
            return
        }
        if !closed.insert(c.id).inserted { violation("\(c.id) closed twice") }
        let delivers: Bool
        switch c.outcome {
        case .served, .granted: delivers = true
        case .refused, .expired: delivers = false
        }
        if delivers != (c.delivery != nil) {
            violation("\(c.id) ended \(c.outcome) \(c.delivery == nil ? "without" : "with") data")
        }
        guard let delivery = c.delivery else { return }
        deliveries += 1
        // R-SEC-1: nothing crosses network zones.
        if delivery.zone != c.userZone {
            violation("\(c.id): \(delivery.zone) data reached \(c.user) in the \(c.userZone) zone")
        }
        // R-SHR-2, R-SHR-3, R-SHR-4, R-ESC-*: data without a grant only when it is unconditional.
        let key = GrantKey(user: c.user, provider: c.provider, resource: c.resource, purpose: record.purpose)
        let ruled = ruledGrants.contains(GrantKey(user: c.user, provider: c.provider, resource: c.resource))
        let granted: Bool
        switch c.outcome {
        case .granted: granted = grantedReviews.contains(c.id) || ruled
        default: granted = shareTypes[c.resource] == .unconditional || grants.contains(key) || ruled
        }
        if !granted {
            let type = shareTypes[c.resource].map { "\($0)" } ?? "unknown"
            violation(
                "\(c.id): \(c.user) received \(c.resource) (\(type)) of \(c.provider) for \(record.purpose) "
                    + "(\(c.outcome)) without a grant")
        }
    }

    /// The ledgers at the end of a quiet run (no catalog transfer in flight): every transfer sent was lost or
    /// received, every received one was delivered once, error reports are not created on the way.
    func checkLedgers(quiet: Bool) {
        if transfersDelivered != transfersReceived {
            violation("\(transfersDelivered) transfers delivered but \(transfersReceived) received")
        }
        if quiet && transfersSent != transfersLost + transfersDelivered {
            violation(
                "transfers: \(transfersSent) sent != \(transfersLost) lost + \(transfersDelivered) delivered")
        }
        if !quiet && transfersSent < transfersLost + transfersDelivered {
            violation("transfers: more lost and delivered than \(transfersSent) sent")
        }
        if errorReportsLost + errorReportsDelivered > errorReports {
            violation("error reports: \(errorReportsLost) lost + \(errorReportsDelivered) delivered > \(errorReports)")
        }
        if corrections > errorReportsDelivered {
            violation("\(corrections) corrections of \(errorReportsDelivered) reports delivered")
        }
    }
}

/// One world run to the end and then on until its catalogs are quiet, with every property checked.
struct PropertyRun {
    /// What the run found; empty when every property held.
    var violations: [String] = []
    /// Records collected on vertical lines (R-RET-1).
    var lineRecords = 0
    /// Whether catalog activity stopped (faults over, every update pushed and acknowledged).
    var quiet = false
    /// Whether convergence was checked (quiet, and nothing the policy allows to be lost was lost).
    var convergenceChecked = false
    var requests = 0
    var deliveries = 0
    var disputes = 0
    var transfers = 0

    /// Days of quiet a step waits for; longer than any retry delay the generator draws (at most 24 h).
    static let quietStepDays = 10
    /// Steps after the end before a world that never quiets is a failure (5 years).
    static let maxQuietSteps = 183

    static func run(_ world: RandomWorld) async throws -> PropertyRun {
        var result = PropertyRun()
        let spec = world.spec
        let simulation = try CatalogSyncSimulation(spec: spec)
        let oracle = PropertyOracle(shareTypes: world.shareTypes)
        oracle.attach(to: simulation)
        let epoch = spec.epoch
        var day = world.durationDays
        _ = await simulation.run(until: epoch.startOfDay(spec.startDate.adding(days: day)))
        // Then on, until a whole step passes with no catalog activity and nothing pending.
        var state = await simulation.state()
        for _ in 0..<maxQuietSteps {
            let before = oracle.catalogActivity
            day += quietStepDays
            _ = await simulation.run(until: epoch.startOfDay(spec.startDate.adding(days: day)))
            state = await simulation.state()
            let pending =
                state.departments.contains { $0.pendingChanges > 0 || $0.catalog.version > $0.published.version }
                || state.platforms.contains { $0.pendingTransfers > 0 || $0.pendingResyncs > 0 }
            if oracle.catalogActivity == before && !pending {
                result.quiet = true
                break
            }
        }
        if !result.quiet { oracle.violation("catalog activity never stopped within 5 years after the end") }
        oracle.checkLedgers(quiet: result.quiet)

        // Requests: exactly one terminal state, or open at the user (the system's own ledger too).
        let conservation = simulation.checkRequestConservation(state)
        if !conservation.holds { oracle.violation("request conservation broken: \(conservation)") }
        if oracle.requestsMade != oracle.requestsClosed + state.openRequests {
            oracle.violation(
                "requests: \(oracle.requestsMade) made != \(oracle.requestsClosed) closed + \(state.openRequests) open")
        }
        // Disputes: settled once, or open.
        if !simulation.disputes.holds { oracle.violation("dispute ledger broken: \(simulation.disputes.breaches)") }
        if oracle.disputesSettled > oracle.disputesOpened { oracle.violation("more disputes settled than opened") }
        // R-SEC-1 as the metrics count it.
        if simulation.requests.counters.zoneCrossings != 0 {
            oracle.violation("\(simulation.requests.counters.zoneCrossings) zone crossings counted")
        }

        // R-RET-1, R-RET-2: every record collected is received, lost for good or pending; what comes back was
        // received first; every return request is refused, answered or open at its platform.
        let v = simulation.vertical
        if !v.breaches.isEmpty { oracle.violation("vertical ledger broken: \(v.breaches.prefix(3))") }
        let heldAbove = state.departments.reduce(0) { $0 + $1.lineRecordsReceived }
        let heldBack = state.departments.reduce(0) { $0 + $1.lineRecordsHeld }
        let returnedHere = state.platforms.reduce(0) { $0 + $1.returnedLineRecords }
        let openReturns = state.platforms.reduce(0) { $0 + $1.openReturnRequests }
        if heldAbove != v.total.received {
            oracle.violation("receivers hold \(heldAbove), observed \(v.total.received)")
        }
        if v.total.received + v.total.lost > v.total.collected || v.total.pending != v.pendingInLedger {
            oracle.violation("records: \(v.total.collected) collected < received + lost, or ledgers disagree")
        }
        if returnedHere != v.total.returned || heldBack + returnedHere > heldAbove {
            oracle.violation("returns: \(returnedHere) at platforms, \(v.total.returned) observed, \(heldBack) held")
        }
        if v.total.requests != v.total.refused + v.total.answered + openReturns {
            oracle.violation("return requests: \(v.total.requests) != refused + answered + \(openReturns) open")
        }
        let retrying = spec.lines.allSatisfy(\.retries)
        if retrying && v.total.lost > 0 { oracle.violation("\(v.total.lost) records lost with retries on") }

        // R-CAT-3: once quiet, every platform holds the union below it, unless the policy let a transfer go.
        let counters = simulation.metrics.counters
        let mayDiverge =
            spec.policy.retriesEnabled ? counters.deltasAbandoned > 0 : counters.deltasLost > 0 || counters.gaps > 0
        if result.quiet && !mayDiverge {
            result.convergenceChecked = true
            let report = CatalogSyncSimulation.check(state, simulation.world)
            if !report.isConverged { oracle.violation("catalogs did not converge: \(report)") }
        }
        result.violations = oracle.violations
        result.requests = oracle.requestsMade
        result.deliveries = oracle.deliveries
        result.disputes = oracle.disputesOpened
        result.transfers = oracle.transfersSent
        result.lineRecords = v.total.collected
        return result
    }

    /// The files of `sharesim run` for `world` (two replications, trace of the first) with `jobs` threads.
    static func outputBytes(_ world: RandomWorld, jobs: Int) async throws -> [String: Data] {
        let input = RunInput(
            name: "random-\(world.seed)", file: "random-\(world.seed).json", scenarioHash: world.seed,
            world: world.spec, durationDays: world.durationDays)
        var options = RunOptions()
        options.replications = 2
        options.jobs = jobs
        options.trace = true
        let result = try await SimulationRun.runAsync(input, options: options)
        var files: [String: Data] = [:]
        for entry in RunOutputs.files(result) { files[entry.name] = entry.data }
        files["trace.jsonl"] = Data((RunOutputs.trace(result) ?? "").utf8)
        return files
    }
}
