import Foundation
import ShareSim
import SharingModel
import SimKernel
import Testing

/// Issue 12: the invariants over many random worlds and scripts (``RandomWorld``, ``PropertyRun``).
///
/// `swift test` runs 200 worlds (seeds 1…200) in 8 parallel chunks; `scripts/property-worlds N` runs N.
/// Environment: `SHARESIM_PROPERTY_WORLDS` (how many), `SHARESIM_PROPERTY_FIRST_SEED` (default 1),
/// `SHARESIM_PROPERTY_SEED` (one world only, to replay a failure), `SHARESIM_PROPERTY_DETERMINISM_EVERY`
/// (compare `--jobs 1` and `--jobs 2` bytes on every n-th world; default 10).
@Suite struct RandomWorldPropertyTests {
    static let chunks = 8

    static func setting(_ name: String) -> UInt64? {
        ProcessInfo.processInfo.environment[name].flatMap { UInt64($0) }
    }

    /// The seeds of chunk `k`.
    static func seeds(chunk k: Int) -> [UInt64] {
        if let one = setting("SHARESIM_PROPERTY_SEED") { return k == 0 ? [one] : [] }
        let count = setting("SHARESIM_PROPERTY_WORLDS") ?? 200
        let first = setting("SHARESIM_PROPERTY_FIRST_SEED") ?? 1
        return stride(from: UInt64(k), to: count, by: chunks).map { first + $0 }
    }

    @Test(arguments: 0..<chunks)
    func everyRandomWorldKeepsTheInvariants(chunk: Int) async throws {
        let every = max(1, Self.setting("SHARESIM_PROPERTY_DETERMINISM_EVERY") ?? 10)
        var tally = (
            worlds: 0, quiet: 0, converged: 0, requests: 0, deliveries: 0, disputes: 0, transfers: 0, records: 0
        )
        var compared = 0
        for seed in Self.seeds(chunk: chunk) {
            let world = RandomWorld(seed: seed)
            let run = try await PropertyRun.run(world)
            let found = run.violations.prefix(10).joined(separator: "\n  ")
            #expect(run.violations.isEmpty, "\(world.summary)\n  \(found)")
            tally.worlds += 1
            tally.quiet += run.quiet ? 1 : 0
            tally.converged += run.convergenceChecked ? 1 : 0
            tally.requests += run.requests
            tally.deliveries += run.deliveries
            tally.disputes += run.disputes
            tally.transfers += run.transfers
            tally.records += run.lineRecords
            if seed % every == 0 {
                // The same seed gives the same bytes, whatever the number of threads.
                let one = try await PropertyRun.outputBytes(world, jobs: 1)
                let two = try await PropertyRun.outputBytes(world, jobs: 2)
                #expect(one == two, "\(world.summary): --jobs 1 and --jobs 2 differ")
                #expect(one["trace.jsonl"].map { !$0.isEmpty } == true)
                compared += 1
            }
        }
        // Parsed by scripts/property-worlds.
        print(
            "property chunk \(chunk): worlds \(tally.worlds) quiet \(tally.quiet) converged \(tally.converged) "
                + "requests \(tally.requests) deliveries \(tally.deliveries) disputes \(tally.disputes) "
                + "transfers \(tally.transfers) records \(tally.records) determinism \(compared)")
    }

    @Test func randomWorldsAreValidVariedAndReproducible() throws {
        let worlds = (1...200).map { RandomWorld(seed: $0) }
        for w in worlds { #expect(w.spec.problems().isEmpty, "\(w.summary): \(w.spec.problems())") }
        #expect(RandomWorld(seed: 7).spec == worlds[6].spec)
        #expect(Set(worlds.map { $0.spec.governments.count }).count >= 4)
        #expect(worlds.contains { $0.spec.departments.contains { $0.zone == .inner } })
        #expect(Set(worlds.flatMap { $0.spec.departments.map(\.integration.description.first) }).count == 3)
        #expect(Set(worlds.map(\.spec.sharing.mode)).count == 2)
        #expect(Set(worlds.flatMap { $0.spec.departments.map(\.profile.kind) }).count == 5)
        #expect(worlds.contains { !$0.spec.policy.retriesEnabled })
        #expect(worlds.contains { $0.spec.links.frontEnd.lossProbability > 0 })
        #expect(worlds.contains { if case .scripted = $0.spec.links.frontEnd.outages { true } else { false } })
        #expect(worlds.contains { if case .random = $0.spec.links.provincialNational.outages { true } else { false } })
        #expect(worlds.contains { !$0.spec.script.isEmpty && !$0.spec.requests.isEmpty && !$0.spec.disputes.isEmpty })
        #expect(worlds.contains { !$0.spec.services.isEmpty })
        #expect(worlds.contains { $0.spec.lines.contains(where: \.verticallyManaged) && !$0.spec.lineScript.isEmpty })
    }
}

/// The oracle must be able to fail: each property is broken on purpose here.
@Suite struct PropertyOracleTests {
    let purpose = Purpose(rawValue: "入学资格审核")

    func record(_ id: UInt64, _ resource: ResourceCode, purpose: Purpose? = nil) -> RequestRecord {
        RequestRecord(
            id: RequestID(user: ActorAddress(0), serial: UInt32(id)), user: "U", provider: "P", resource: resource,
            shareType: .conditional,
            purpose: purpose ?? self.purpose, mode: .centralized)
    }

    func closure(
        _ id: UInt64, _ resource: ResourceCode, _ outcome: RequestOutcome, zone: NetworkZone = .outer
    )
        -> RequestClosure
    {
        RequestClosure(
            id: RequestID(user: ActorAddress(0), serial: UInt32(id)), user: "U", userZone: .outer, provider: "P",
            resource: resource,
            shareType: .conditional, outcome: outcome, madeAt: .zero,
            delivery: DataDelivery(zone: zone, age: .zero, erroneous: false))
    }

    func review(_ id: UInt64, _ resource: ResourceCode, granted: Bool) -> ReviewRecord {
        ReviewRecord(
            id: RequestID(user: ActorAddress(0), serial: UInt32(id)), provider: "P", resource: resource,
            shareType: .conditional, receivedAt: .zero,
            answeredAt: .zero, deadline: .zero, workingDays: 1, granted: granted)
    }

    @Test func conditionalDataServedWithoutAGrantIsAViolation() {
        let oracle = PropertyOracle(shareTypes: ["C": .conditional, "N": .notShared, "O": .unconditional])
        oracle.observe(.requestMade(record(1, "C")))
        oracle.observe(.requestClosed(closure(1, "C", .served)))
        oracle.observe(.requestMade(record(2, "N")))
        oracle.observe(.requestClosed(closure(2, "N", .served)))
        oracle.observe(.requestMade(record(3, "O")))
        oracle.observe(.requestClosed(closure(3, "O", .served)))
        #expect(oracle.violations.count == 2)
        #expect(oracle.violations.first?.contains("without a grant") == true)
    }

    @Test func aGrantedReviewAllowsLaterServingForTheSamePurposeOnly() {
        let oracle = PropertyOracle(shareTypes: ["C": .conditional])
        oracle.observe(.requestMade(record(1, "C")))
        oracle.observe(.requestReviewed(review(1, "C", granted: true)))
        oracle.observe(.requestClosed(closure(1, "C", .granted)))
        oracle.observe(.requestMade(record(2, "C")))
        oracle.observe(.requestClosed(closure(2, "C", .served)))
        #expect(oracle.violations.isEmpty)
        oracle.observe(.requestMade(record(3, "C", purpose: Purpose(rawValue: "另一用途"))))
        oracle.observe(.requestClosed(closure(3, "C", .served)))
        #expect(oracle.violations.count == 1)
    }

    @Test func grantedWithoutAGrantedReviewIsAViolation() {
        let oracle = PropertyOracle(shareTypes: ["C": .conditional])
        oracle.observe(.requestMade(record(1, "C")))
        oracle.observe(.requestReviewed(review(1, "C", granted: false)))
        oracle.observe(.requestClosed(closure(1, "C", .granted)))
        #expect(oracle.violations.count == 1)
    }

    @Test func dataFromAnotherZoneIsAViolation() {
        let oracle = PropertyOracle(shareTypes: ["O": .unconditional])
        oracle.observe(.requestMade(record(1, "O")))
        oracle.observe(.requestClosed(closure(1, "O", .served, zone: .inner)))
        #expect(oracle.violations.count == 1)
        #expect(oracle.violations.first?.contains("inner data reached U") == true)
    }

    @Test func aRequestClosedTwiceOrNeverMadeIsAViolation() {
        let oracle = PropertyOracle(shareTypes: ["O": .unconditional])
        oracle.observe(.requestMade(record(1, "O")))
        oracle.observe(.requestClosed(closure(1, "O", .served)))
        oracle.observe(.requestClosed(closure(1, "O", .served)))
        oracle.observe(.requestClosed(closure(9, "O", .served)))
        #expect(oracle.violations.count == 2)
    }

    @Test func aTransferNeitherLostNorReceivedIsAViolationOnceQuiet() {
        let oracle = PropertyOracle(shareTypes: [:])
        let trace = TransferTrace(
            from: .department("D0"), to: .platform("CN", .national), department: "D0", version: 1, kind: .delta,
            attempt: 1)
        oracle.observe(.deltaSent(trace))
        oracle.checkLedgers(quiet: false)
        #expect(oracle.violations.isEmpty)
        oracle.checkLedgers(quiet: true)
        #expect(oracle.violations.count == 1)
    }
}
