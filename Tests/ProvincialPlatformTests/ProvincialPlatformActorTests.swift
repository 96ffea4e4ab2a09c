import PlatformCore
import ProvincialPlatform
import Testing

/// Records what reaches it: stands for the department below and the platform above.
actor Probe: SimActor {
    nonisolated let context: SimContext<SharingModel.Message>
    nonisolated var unownedExecutor: UnownedSerialExecutor { context.executor.asUnownedSerialExecutor() }
    var received: [SharingModel.Message] = []

    init(context: SimContext<SharingModel.Message>) { self.context = context }

    func receive(_ message: SharingModel.Message) { received.append(message) }

    func transfers() -> [CatalogTransfer] {
        received.compactMap { if case .catalogTransfer(let t) = $0 { t } else { nil } }
    }

    func acks() -> [TransferAck] {
        received.compactMap { if case .transferAck(let a) = $0 { a } else { nil } }
    }
}

@Suite struct ProvincialPlatformActorTests {
    @Test func aDepartmentDeltaIsAggregatedAcknowledgedAndForwarded() async {
        let context = SimContext<SharingModel.Message>()
        let sink = ObservationSink<Observation>()
        let above = Probe(context: context)
        let below = Probe(context: context)
        let aboveAddress = context.register(above)
        let belowAddress = context.register(below)
        let link = LinkProfile.reliable(latency: .seconds(1))
        let department: DepartmentID = "D1"
        let configuration = PlatformConfiguration(
            government: "G", level: .provincial, address: context.nextAddress,
            parent: .init(address: aboveAddress, node: .platform("CN", .national), link: link),
            children: [.init(address: belowAddress, node: .department(department), link: link)],
            policy: .reliable, seed: 1)
        let platform = ProvincialPlatformActor(
            instance: PlatformInstance(configuration: configuration), context: context, sink: sink)
        let platformAddress = context.register(platform)
        var received: [DeltaApplication] = []
        sink.subscribe { record in
            if case .deltaReceived(let r) = record.observation { received.append(r.result) }
        }
        let catalog = DepartmentCatalog(
            department: department, version: 1,
            resources: [
                FixtureResources.resource(department, 1, name: "资源", publishDate: context.epoch.startDate)
            ])
        let transfer = CatalogTransfer(payload: .delta(catalog.fullDelta()), sender: belowAddress)
        context.send(.catalogTransfer(transfer), to: platformAddress, after: .seconds(1))
        context.send(.catalogTransfer(transfer), to: platformAddress, after: .seconds(2))
        let kernel = Kernel(context: context)
        _ = await context.executor.run { await kernel.run(until: SimInstant.zero + .minutes(5)) }
        let held = await context.executor.run { await platform.currentInstance().catalog }
        #expect(held.catalog(of: department) == catalog)
        #expect(received == [.applied, .duplicate])
        let acks = await context.executor.run { await below.acks() }
        #expect(acks.count == 2)
        let forwarded = await context.executor.run { await above.transfers() }
        #expect(forwarded.count == 1)
        _ = aboveAddress
    }
}
