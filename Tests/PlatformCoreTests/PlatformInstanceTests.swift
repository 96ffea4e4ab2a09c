import PlatformCore
import Testing

/// Builders for platform tests: a municipal platform at @1 with one department @2 below and a
/// province @0 above, on fixed-latency lossless links.
enum PlatformFixtures {
    static let department: DepartmentID = "HZ-EDU"
    static let date = CivilDate(year: 2017, month: 3, day: 1)!

    static func resource(_ n: Int) -> ResourceMetadata {
        FixtureResources.resource(department, n, name: "资源\(n)", publishDate: date)
    }

    static func catalog(version: UInt64, _ numbers: [Int]) -> DepartmentCatalog {
        DepartmentCatalog(department: department, version: version, resources: numbers.map(resource))
    }

    static func platform(policy: SyncPolicy = .reliable, link: LinkProfile = .reliable()) -> PlatformInstance {
        PlatformInstance(
            configuration: PlatformConfiguration(
                government: "ZJ-HZ", level: .municipal, address: ActorAddress(1),
                parent: .init(address: ActorAddress(0), node: .platform("ZJ", .provincial), link: link),
                children: [.init(address: ActorAddress(2), node: .department(department), link: link)],
                policy: policy, seed: 1))
    }

    static func transfer(_ delta: CatalogDelta, attempt: Int = 1) -> Message {
        .catalogTransfer(CatalogTransfer(payload: .delta(delta), sender: ActorAddress(2), attempt: attempt))
    }

    static func sends(_ directives: [Directive]) -> [(Message, ActorAddress)] {
        directives.compactMap {
            if case .send(let m, let to, _) = $0 { return (m, to) }
            return nil
        }
    }

    static func observations(_ directives: [Directive]) -> [Observation] {
        directives.compactMap {
            if case .observe(let o) = $0 { return o }
            return nil
        }
    }
}

@Suite struct PlatformInstanceTests {
    typealias F = PlatformFixtures

    @Test func anAppliedDeltaIsAcknowledgedAndForwardedUp() {
        var platform = F.platform()
        let first = F.catalog(version: 1, [1, 2])
        let out = platform.handle(F.transfer(first.fullDelta()), now: .zero)
        #expect(platform.catalog.catalog(of: F.department) == first)
        let sends = F.sends(out)
        #expect(sends.count == 2)
        guard case .transferAck(let ack) = sends[0].0 else {
            Issue.record("expected an ack first, got \(sends[0].0)")
            return
        }
        #expect(sends[0].1 == ActorAddress(2))
        #expect(ack.version == 1 && ack.from == ActorAddress(1))
        guard case .catalogTransfer(let up) = sends[1].0 else {
            Issue.record("expected a forwarded transfer")
            return
        }
        #expect(sends[1].1 == ActorAddress(0))
        #expect(up.sender == ActorAddress(1) && up.version == 1)
        #expect(platform.pendingTransfers == 1)
    }

    @Test func aRepeatedDeltaIsAcknowledgedButNotForwardedAgain() {
        var platform = F.platform()
        let delta = F.catalog(version: 1, [1]).fullDelta()
        _ = platform.handle(F.transfer(delta), now: .zero)
        let out = platform.handle(F.transfer(delta, attempt: 2), now: SimInstant.zero + .seconds(60))
        let sends = F.sends(out)
        #expect(sends.count == 1)
        #expect(
            F.observations(out).contains { o in
                if case .deltaReceived(let r) = o { return r.result == .duplicate }
                return false
            })
    }

    @Test(arguments: [true, false])
    func aGapAsksForASnapshotOnlyWhenRetriesAreOn(retries: Bool) {
        var platform = F.platform(policy: retries ? .reliable : .noRetries)
        let v1 = F.catalog(version: 1, [1])
        let v2 = F.catalog(version: 2, [1, 2])
        let v3 = F.catalog(version: 3, [1, 2, 3])
        _ = platform.handle(F.transfer(v1.fullDelta()), now: .zero)
        // v1 → v2 is lost; v2 → v3 arrives.
        let out = platform.handle(F.transfer(v3.delta(since: v2)), now: .zero)
        #expect(platform.catalog.version(of: F.department) == 1)
        let requests = F.sends(out).filter {
            if case .snapshotRequest = $0.0 { return true }
            return false
        }
        #expect(requests.count == (retries ? 1 : 0))
        #expect(platform.pendingResyncs == (retries ? 1 : 0))
        if retries {
            // The snapshot repairs the replica and is forwarded up as a snapshot.
            let repair = platform.handle(
                .catalogTransfer(CatalogTransfer(payload: .snapshot(v3), sender: ActorAddress(2))), now: .zero)
            #expect(platform.catalog.catalog(of: F.department) == v3)
            #expect(platform.pendingResyncs == 0)
            #expect(
                F.sends(repair).contains { m, to in
                    if case .catalogTransfer(let t) = m { return to == ActorAddress(0) && t.kind == .snapshot }
                    return false
                })
        }
    }

    @Test func anUnacknowledgedTransferIsRetriedWithBackoffThenAbandoned() throws {
        let policy = SyncPolicy(initialRetryDelay: .minutes(10), maxRetryDelay: .hours(1), maxAttempts: 3)
        var platform = F.platform(policy: policy)
        let out = platform.handle(F.transfer(F.catalog(version: 1, [1]).fullDelta()), now: .zero)
        let timers = out.compactMap { d -> (TransferKey, SimInstant)? in
            if case .timer(.timer(.retry(let key)), let at) = d { return (key, at) }
            return nil
        }
        let (key, at) = try #require(timers.first)
        #expect(at == SimInstant.zero + .minutes(10))
        let retry = platform.handle(.timer(.retry(key)), now: at)
        #expect(F.observations(retry).contains { if case .deltaRetried = $0 { true } else { false } })
        _ = platform.handle(.timer(.retry(key)), now: at + .minutes(20))
        let last = platform.handle(.timer(.retry(key)), now: at + .minutes(60))
        #expect(F.observations(last).contains { if case .deltaAbandoned = $0 { true } else { false } })
        #expect(platform.pendingTransfers == 0)
    }

    @Test func anAcknowledgementStopsTheRetries() {
        var platform = F.platform()
        _ = platform.handle(F.transfer(F.catalog(version: 1, [1]).fullDelta()), now: .zero)
        #expect(platform.pendingTransfers == 1)
        _ = platform.handle(
            .transferAck(TransferAck(department: F.department, version: 1, kind: .delta, from: ActorAddress(0))),
            now: .zero)
        #expect(platform.pendingTransfers == 0)
    }

    @Test func divergentDepartmentsNamesMissingExtraAndStaleReplicas() {
        let a = DepartmentCatalog(department: "A", version: 2, resources: [])
        let aOld = DepartmentCatalog(department: "A", version: 1, resources: [])
        let b = DepartmentCatalog(department: "B", version: 1, resources: [])
        let c = DepartmentCatalog(department: "C", version: 1, resources: [])
        let held = AggregatedCatalog([aOld, c])
        #expect(held.divergentDepartments(from: AggregatedCatalog([a, b])) == ["A", "B", "C"])
        #expect(AggregatedCatalog([a, b]).divergentDepartments(from: AggregatedCatalog([b, a])).isEmpty)
    }
}

@Suite struct LinkStateTests {
    @Test func aScriptedOutageLosesEverythingSentDuringIt() {
        let window = OutageWindow(start: SimInstant(milliseconds: 100), end: SimInstant(milliseconds: 200))
        var link = LinkState(profile: LinkProfile(latency: .fixed(.seconds(1)), outages: .scripted([window])))
        var random = RandomStream(seed: 1, name: "test")
        #expect(link.transmit(at: SimInstant(milliseconds: 50), random: &random) == .delivered(after: .seconds(1)))
        #expect(link.transmit(at: SimInstant(milliseconds: 150), random: &random) == .lost(.outage))
        #expect(link.transmit(at: SimInstant(milliseconds: 200), random: &random) == .delivered(after: .seconds(1)))
    }

    @Test func randomOutagesTakeTheLinkDownAboutMTTROverMTBFPlusMTTR() {
        let profile = LinkProfile(latency: .zero, outages: .random(mtbf: .hours(9), mttr: .hours(1)))
        var link = LinkState(profile: profile)
        var random = RandomStream(seed: 3, name: "outages")
        var down = 0
        let samples = 20_000
        for k in 0..<samples where link.isDown(at: SimInstant(milliseconds: Int64(k) * 600_000), random: &random) {
            down += 1
        }
        let share = Double(down) / Double(samples)
        #expect(share > 0.05 && share < 0.15, "down \(share) of the time, expected about 0.1")
    }

    @Test func lossProbabilityDropsAboutThatShare() {
        var link = LinkState(profile: LinkProfile(latency: .fixed(.zero), lossProbability: 0.2))
        var random = RandomStream(seed: 5, name: "loss")
        let lost = (0..<10_000).filter { _ in link.transmit(at: .zero, random: &random) == .lost(.dropped) }.count
        #expect(lost > 1_800 && lost < 2_200)
    }

    @Test func retryDelaysDoubleUpToTheCap() {
        let policy = SyncPolicy(initialRetryDelay: .minutes(30), maxRetryDelay: .hours(4))
        #expect(
            (1...6).map { policy.retryDelay(afterAttempt: $0) } == [
                .minutes(30), .hours(1), .hours(2), .hours(4), .hours(4), .hours(4),
            ])
    }
}
