/// The rules of a sharing platform at any level, as a value (STYLE.md example 1): it aggregates the
/// catalogs below it (R-CAT-3), acknowledges transfers, forwards what it applied one level up, and
/// resyncs by snapshot after a gap; it routes sharing requests and serves its departments' data
/// (PlatformInstance+Requests.swift). Handlers take an input and return directives; no I/O, no kernel.
public struct PlatformInstance: Sendable {
    // Declaration order is memory order: what routing and serving a request read comes first, so that a
    // platform costs a few cache lines per visit, not one per field (docs/decisions/0014).

    /// For a request or answer bound to an address: the child it goes down to (its own child first, else
    /// the child whose subtree holds it), or `nil`: up.
    let nextChild: AddressTable<ChildHop>
    /// `configuration.parent`'s address: going up reads it here, not from the parent's whole configuration
    /// on a line of its own (docs/decisions/0017).
    let parentAddress: ActorAddress?
    /// What serving reads of the providers' resources, copied from `catalog` (emptied when it changes),
    /// and `configuration.providers`' traits.
    var served: ServedTable
    /// R-SHR-3: the standing grants of the departments attached here, each for one purpose.
    var grants: Set<GrantKey> = []
    /// R-ESC-*: grants a ruling ordered, which stand even for a resource the catalog does not share.
    var rulings: Set<GrantKey> = []
    // Internal, not private: the request flow (PlatformInstance+Requests.swift) sends on the same links.
    var downlinks: [LinkState]
    var random: RandomStream
    /// What the platform is connected to.
    public let configuration: PlatformConfiguration
    var uplink: LinkState?
    /// The platform's aggregated catalog: one replica per department below it.
    public private(set) var catalog = AggregatedCatalog()
    private var outbox: SyncOutbox
    let childIndex: [ActorAddress: Int]
    /// Departments whose snapshot was asked for after a gap: the version needed and the attempts made.
    private var awaitingSnapshot: [DepartmentID: (wanted: UInt64, attempts: Int)] = [:]
    /// The child that supplies each department, learned from the transfers received.
    private var sources: [DepartmentID: Int] = [:]
    /// R-RET-2: the local government's side of the vertical lines (PlatformInstance+Returns.swift).
    var returns: LocalReturns

    /// A platform that holds nothing yet.
    public init(configuration: PlatformConfiguration) {
        self.configuration = configuration
        random = RandomStream(seed: configuration.seed, name: configuration.streamName)
        outbox = SyncOutbox(policy: configuration.policy)
        uplink = configuration.parent.map { LinkState(profile: $0.link) }
        downlinks = configuration.children.map { LinkState(profile: $0.link) }
        var index: [ActorAddress: Int] = [:]
        for (i, child) in configuration.children.enumerated() { index[child.address] = i }
        childIndex = index
        nextChild = AddressTable(
            configuration.children.enumerated().map { ($1.address.index, ChildHop($0, configuration.children)) }
                + configuration.routes.map { ($0.key, ChildHop($0.value, configuration.children)) })
        parentAddress = configuration.parent?.address
        served = ServedTable(providers: configuration.providers)
        returns = LocalReturns(configuration: configuration)
    }

    /// The platform's name in observations.
    public var node: SyncNode { configuration.node }

    /// Transfers sent up and not yet acknowledged.
    public var pendingTransfers: Int { outbox.pendingCount }

    /// Departments waiting for a snapshot after a gap.
    public var pendingResyncs: Int { awaitingSnapshot.count }

    /// Handles one message delivered at `now` and returns what it asks of its shell (tests; shells use
    /// ``handle(_:now:into:)`` with a buffer they reuse).
    public mutating func handle(_ message: Message, now: SimInstant) -> [Directive] {
        var out = DirectiveBuffer()
        handle(message, now: now, into: &out)
        return out.takeAll()
    }

    /// Handles one message delivered at `now`, appending what it asks of its shell to `out`.
    public mutating func handle(_ message: Message, now: SimInstant, into out: inout DirectiveBuffer) {
        switch message {
        case .catalogTransfer(let transfer):
            receive(transfer, now: now, into: &out)
        case .transferAck(let ack):
            outbox.acknowledge(ack)
        case .snapshotRequest(let request):
            answer(request, now: now, into: &out)
        case .timer(.retry(let key)):
            guard let parent = configuration.parent, uplink != nil else { break }
            outbox.retry(
                key, route: SyncOutbox.Route(from: node, to: parent.node), link: &uplink!, random: &random, now: now,
                into: &out)
        case .timer(.snapshotRequestDue(let department)):
            askAgain(for: department, now: now, into: &out)
        case .shareRequest(let request):
            route(request, now: now, into: &out)
        case .shareResponse(let response):
            route(response, now: now, into: &out)
        case .rulingGrant(let key):
            // A ruling binds the provider (R-ESC-2, R-ESC-3); the grant then flows like any other.
            grants.insert(key)
            rulings.insert(key)
        case .vertical(let message):
            returns.handle(message, now: now, into: &out)
        case .timer(.vertical(let timer)):
            returns.handle(timer, now: now, into: &out)
        case .publishCatalog, .functionsChanged, .timer(.syncDue), .timer(.applyChange), .startDemand, .makeRequest,
            .errorReport, .timer(.applicationArrival), .timer(.applicationDeadlines), .timer(.expirySweep),
            .timer(.reviewDue), .timer(.correctionDue), .openDispute, .dispute, .disputeNotice,
            .timer(.disputeStageDue), .startEvaluation, .yearReport, .evaluationNotice, .timer(.evaluationYearEnd),
            .timer(.provisionDue):
            // Department business; a platform has no catalog of its own to compile and no services.
            break
        }
    }

    // MARK: Receiving

    private mutating func receive(_ transfer: CatalogTransfer, now: SimInstant, into out: inout DirectiveBuffer) {
        guard let child = childIndex[transfer.sender] else { return }
        let department = transfer.department
        if configuration.policy.retriesEnabled {
            // Idempotency: every copy is acknowledged, applied or not, so the sender stops retrying.
            let ack = TransferAck(
                department: department, version: transfer.version, kind: transfer.kind, from: configuration.address)
            sendControl(.transferAck(ack), what: .ack, toChild: child, now: now, into: &out)
        }
        if sources[department] == nil { sources[department] = child }
        let result: DeltaApplication
        switch transfer.payload {
        case .delta(let delta): result = catalog.apply(delta)
        case .snapshot(let snapshot): result = catalog.applySnapshot(snapshot)
        }
        // Whatever the result: the copies in the served table are of the catalog as it was.
        served.removeAll()
        out.append(
            .observe(
                .deltaReceived(
                    TransferReceipt(
                        platform: node, department: department, version: transfer.version, kind: transfer.kind,
                        result: result))))
        switch result {
        case .applied:
            if let awaiting = awaitingSnapshot[department], catalog.version(of: department) >= awaiting.wanted {
                awaitingSnapshot[department] = nil
            }
            forwardUp(transfer.payload, now: now, into: &out)
        case .gap:
            // A delta went missing below: only a full catalog can repair the replica.
            guard configuration.policy.retriesEnabled else { break }
            if let awaiting = awaitingSnapshot[department], awaiting.wanted >= transfer.version { break }
            awaitingSnapshot[department] = (transfer.version, 0)
            requestSnapshot(of: department, now: now, into: &out)
        case .duplicate, .stale:
            break
        }
    }

    /// R-CAT-3: what a platform applied becomes part of the catalog of the level above.
    private mutating func forwardUp(
        _ payload: CatalogTransfer.Payload, now: SimInstant, into out: inout DirectiveBuffer
    ) {
        guard let parent = configuration.parent, uplink != nil else { return }
        outbox.send(
            CatalogTransfer(payload: payload, sender: configuration.address), to: parent.address,
            route: SyncOutbox.Route(from: node, to: parent.node), link: &uplink!, random: &random, now: now, into: &out)
    }

    // MARK: Resync

    private mutating func requestSnapshot(of department: DepartmentID, now: SimInstant, into out: inout DirectiveBuffer)
    {
        guard var awaiting = awaitingSnapshot[department], let child = sources[department] else { return }
        awaiting.attempts += 1
        awaitingSnapshot[department] = awaiting
        out.append(.observe(.snapshotRequested(by: node, department: department, wantedVersion: awaiting.wanted)))
        let request = SnapshotRequest(
            department: department, wantedVersion: awaiting.wanted, requester: configuration.address)
        sendControl(.snapshotRequest(request), what: .snapshotRequest, toChild: child, now: now, into: &out)
        let delay = configuration.policy.retryDelay(afterAttempt: awaiting.attempts)
        out.append(.timer(.timer(.snapshotRequestDue(department)), at: now + delay))
    }

    private mutating func askAgain(for department: DepartmentID, now: SimInstant, into out: inout DirectiveBuffer) {
        guard let awaiting = awaitingSnapshot[department] else { return }
        if catalog.version(of: department) >= awaiting.wanted {
            awaitingSnapshot[department] = nil
        } else if awaiting.attempts >= configuration.policy.maxAttempts {
            awaitingSnapshot[department] = nil
        } else {
            requestSnapshot(of: department, now: now, into: &out)
        }
    }

    /// The level above asked for a department's full catalog: send the replica held.
    private mutating func answer(_ request: SnapshotRequest, now: SimInstant, into out: inout DirectiveBuffer) {
        guard let parent = configuration.parent, request.requester == parent.address, uplink != nil,
            let held = catalog.catalog(of: request.department)
        else { return }
        outbox.send(
            CatalogTransfer(payload: .snapshot(held), sender: configuration.address), to: parent.address,
            route: SyncOutbox.Route(from: node, to: parent.node), link: &uplink!, random: &random, now: now, into: &out)
    }

    // MARK: Links

    private mutating func sendControl(
        _ message: Message, what: ControlMessageKind, toChild child: Int, now: SimInstant,
        into out: inout DirectiveBuffer
    ) {
        let neighbour = configuration.children[child]
        switch downlinks[child].transmit(at: now, random: &random) {
        case .delivered(let delay):
            out.append(.send(message, to: neighbour.address, after: delay))
        case .lost(let reason):
            out.append(.observe(.controlLost(from: node, to: neighbour.node, what: what, reason: reason)))
        }
    }
}
