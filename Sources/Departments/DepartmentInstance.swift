import SharingModel
import SimKernel

/// The rules of a department as a value (STYLE.md example 1). As a provider of catalog data it
/// compiles its catalog (R-CAT-3), refuses to publish one that breaks the rules, pushes deltas to its
/// platform when its integration mode allows, and updates its catalog after a change of functions on
/// time or late according to its profile (R-CAT-4). As a provider of data it reviews applications and
/// corrects reported errors (DepartmentInstance+Provider.swift); as a user it makes requests, uses what
/// it gets under its licence (DepartmentInstance+User.swift) and handles service applications
/// (DepartmentInstance+Demand.swift).
public struct DepartmentInstance: Sendable {
    /// R-CAT-4: the catalog is updated within this many working days of a change of functions.
    public static let updateDeadlineWorkingDays = 15

    // Declaration order is memory order: the fields an application arrival, its requests and their answers
    // touch come first, so that a department the run has not visited for thousands of events costs a few
    // cache lines, not one per field (docs/decisions/0014).

    /// As a user: the serial of the last request made.
    var lastSerial: UInt32 = 0
    /// As a user: the number of the last application taken.
    var lastApplication: UInt32 = 0
    /// As a user: requests with no answer yet.
    var openRequests = OpenRequests()
    // Copies of what every request and answer reads of the configuration, so that the request flow reads no
    // line of it (docs/decisions/0018); `configuration`'s observer keeps them equal to it.
    /// `configuration.sharing.mode`.
    private(set) var sharingMode = SharingMode.centralized
    /// `configuration.platformChild`, or -1 past `Int16.max`: two bytes, in the padding before `ownAddress`.
    private(set) var platformChild: Int16 = -1
    /// `configuration.address`.
    private(set) var ownAddress = ActorAddress(0)
    /// As a user (R-USE-2): applications waiting for data, by number.
    var applications = SerialWindow<OpenApplication>()
    /// As a user (R-USE-2): what an application reads of its service, and each service's arrival stream
    /// (docs/decisions/0019); built from `plans`.
    var arrivals = ArrivalTables(plans: [], seed: 0)
    /// As a user, centralized (R-SHR-3): access to conditional resources, by `service * 64 + need`.
    var access: [Int: ConditionalAccess] = [:]
    /// As a user (R-USE-2): the one sweep timer for the open applications' wait limits (DepartmentInstance+Demand).
    var waitLimits = ApplicationDeadlines(limits: [])
    /// `configuration.platform`.
    private(set) var platformAddress = ActorAddress(0)
    // Internal, not private: the request flow (the +Provider, +User and +Demand files) uses them too.
    var random: RandomStream
    /// Whether the scenario runs an evaluation (`evaluation.setup` is set): every handler asks.
    var evaluating = false
    /// The spec's zone and id, which every request carries: copied here so that a request reads no line
    /// of the spec (docs/decisions/0017).
    let ownZone: NetworkZone
    let ownID: DepartmentID
    /// R-USE-1: the profile's `misuseProbability`, which every answer with data reads (a copy: the profile
    /// lies lines deep in the spec, and it moves under evaluation pressure, R-EVAL-2).
    private(set) var misuseProbability = 0.0
    var uplink: LinkState
    /// R-EVAL-1: provision to the evaluation catalog and the yearly figures (DepartmentInstance+Evaluation).
    var evaluation = EvaluationState()
    /// `configuration.services`, the same array (one reference): the plans `arrivals` was built from, read by
    /// the cold paths (disputes, the requests of applications that waited for access).
    private(set) var plans: [ServicePlan] = []
    /// What the department is connected to. Its profile moves under evaluation pressure (R-EVAL-2, R-EVAL-3).
    public internal(set) var configuration: DepartmentConfiguration {
        didSet { copyHotFields() }
    }
    /// The catalog as the department holds it now.
    public private(set) var catalog: DepartmentCatalog
    /// The catalog as last pushed to the platform (version 0 before the first push).
    public private(set) var published: DepartmentCatalog

    private var outbox: SyncOutbox
    private var syncScheduled = false
    /// The catalog version last found valid: a push of it need not validate it again.
    private var validatedVersion: UInt64 = 0
    private var pendingChanges: [Int: PendingChange] = [:]
    /// As a provider (R-SHR-3): applications under review.
    var reviews: [RequestID: PendingReview] = [:]
    /// As a provider (R-USE-3): reported errors being verified, by the request whose data was wrong.
    var corrections: [RequestID: ErrorReport] = [:]
    /// As a user (R-ESC-*): the serial of the last dispute opened.
    var lastDispute: UInt32 = 0
    /// As a user: disputes not settled yet, with the service need slot each is about (if any).
    var openDisputes: [DisputeID: Int?] = [:]
    /// As a provider (R-ESC-1): disputes under negotiation, with the answer already decided.
    var negotiations: [DisputeID: (dispute: Dispute, stage: Int, decision: DisputeStageRules.Decision)] = [:]
    /// R-RET-1: its roles as a collector on vertical lines.
    var collectors: [LineCollector]
    /// R-RET-2: its roles as the receiver of vertical lines.
    var receivers: [LineReceiver]

    private struct PendingChange: Sendable {
        var change: FunctionChange
        var changedAt: SimInstant
        var deadline: SimInstant
    }

    /// A department that has compiled its first catalog (version 1) and published nothing.
    public init(configuration: DepartmentConfiguration) {
        self.configuration = configuration
        let id = configuration.spec.id
        ownID = id
        ownZone = configuration.spec.zone
        catalog = DepartmentCatalog(department: id, version: 1, resources: configuration.spec.resources)
        published = DepartmentCatalog(department: id)
        random = RandomStream(seed: configuration.seed, name: configuration.streamName)
        outbox = SyncOutbox(policy: configuration.policy)
        uplink = LinkState(profile: configuration.link)
        collectors = configuration.collecting.map { LineCollector(plan: $0, department: id, seed: configuration.seed) }
        receivers = configuration.receiving.map { LineReceiver(plan: $0, department: id, seed: configuration.seed) }
        // An initializer's assignment runs no observer. The plans' tables are built there too, from no plans.
        copyHotFields()
    }

    /// Sets the hot copies of the configuration's fields from it (docs/decisions/0018). The spec's id and zone
    /// are not among them: nothing changes them. New plans get new arrival tables, with their streams from the
    /// start, and new wait limits, as a new instance would have; the same plans keep theirs, and their streams'
    /// positions.
    private mutating func copyHotFields() {
        sharingMode = configuration.sharing.mode
        ownAddress = configuration.address
        platformAddress = configuration.platform
        platformChild = Int16(exactly: configuration.platformChild) ?? -1
        misuseProbability = configuration.spec.profile.sharing.misuseProbability
        if !plans.elementsEqual(configuration.services, by: ===) {
            plans = configuration.services
            arrivals = ArrivalTables(plans: plans, seed: configuration.seed)
            waitLimits = ApplicationDeadlines(limits: plans.map(\.waitLimit))
        }
    }

    /// The department's id.
    public var id: DepartmentID { configuration.spec.id }

    /// The department's name in observations.
    public var node: SyncNode { .department(id) }

    /// Transfers sent and not yet acknowledged.
    public var pendingTransfers: Int { outbox.pendingCount }

    /// Changes of functions whose catalog update has not been made yet.
    public var pendingChangeCount: Int { pendingChanges.count }

    /// Requests made and not answered or expired yet.
    public var openRequestCount: Int { openRequests.count }

    /// Service applications still waiting for data.
    public var openApplicationCount: Int { applications.count }

    /// Applications under review here.
    public var pendingReviewCount: Int { reviews.count }

    /// Reported errors not corrected yet.
    public var pendingCorrectionCount: Int { corrections.count }

    /// Disputes this department opened that are not settled.
    public var openDisputeCount: Int { openDisputes.count }

    /// R-CAT-4: the deadline of the update after a change of functions at `instant`: the end of the
    /// 15th working day after it on the department's calendar (weekends, holidays and 调休 respected).
    public func updateDeadline(after instant: SimInstant) -> SimInstant {
        configuration.calendar.deadline(
            workingDays: Self.updateDeadlineWorkingDays, after: instant, epoch: configuration.epoch)
    }

    /// Handles one message delivered at `now` and returns what it asks of its shell (tests; shells use
    /// ``handle(_:now:into:)`` with a buffer they reuse).
    public mutating func handle(_ message: Message, now: SimInstant) -> [Directive] {
        var out = DirectiveBuffer()
        handle(message, now: now, into: &out)
        return out.takeAll()
    }

    /// Handles one message delivered at `now`, appending what it asks of its shell to `out`.
    public mutating func handle(_ message: Message, now: SimInstant, into out: inout DirectiveBuffer) {
        let start = out.observationCount
        switch message {
        case .publishCatalog:
            publish(now: now, into: &out)
        case .functionsChanged(let change):
            functionsChanged(change, now: now, into: &out)
        case .timer(.applyChange(let changeID)):
            applyChange(changeID, now: now, into: &out)
        case .timer(.syncDue):
            syncScheduled = false
            push(now: now, into: &out)
        case .timer(.retry(let key)):
            outbox.retry(key, route: route, link: &uplink, random: &random, now: now, into: &out)
        case .transferAck(let ack):
            outbox.acknowledge(ack)
        case .snapshotRequest(let request):
            // The platform lost track of us (a gap): resend everything it should have.
            guard request.requester == configuration.platform, published.version > 0 else { break }
            outbox.send(
                CatalogTransfer(payload: .snapshot(published), sender: configuration.address),
                to: configuration.platform, route: route, link: &uplink, random: &random, now: now, into: &out)
        case .startDemand:
            startDemand(now: now, into: &out)
        case .timer(.applicationArrival(let service)):
            applicationArrives(service: service, now: now, into: &out)
        case .timer(.applicationDeadlines):
            applicationDeadlines(now: now, into: &out)
        case .makeRequest(let target, let purpose):
            makeRequest(target, purpose: purpose, origin: .scripted, now: now, into: &out)
        case .shareRequest(let request):
            review(request, now: now, into: &out)
        case .timer(.reviewDue(let id)):
            answerReview(id, now: now, into: &out)
        case .shareResponse(let response):
            receive(response, now: now, into: &out)
        case .timer(.expirySweep):
            sweepExpired(now: now, into: &out)
        case .errorReport(let report):
            receive(report, now: now, into: &out)
        case .timer(.correctionDue(let id)):
            correct(id, now: now, into: &out)
        case .openDispute(let target, let purpose):
            openDispute(over: target, purpose: purpose, refusal: nil, slot: nil, now: now, into: &out)
        case .dispute(let dispute, let stage):
            negotiate(dispute, stage: stage, now: now, into: &out)
        case .timer(.disputeStageDue(let id)):
            answerNegotiation(id, now: now, into: &out)
        case .disputeNotice(let notice):
            receive(notice, now: now, into: &out)
        case .vertical(let message):
            handleVertical(message, now: now, into: &out)
        case .timer(.vertical(let timer)):
            handleVerticalTimer(timer, now: now, into: &out)
        case .startEvaluation(let setup):
            startEvaluation(setup, now: now, into: &out)
        case .timer(.provisionDue(let year, let item)):
            feed(item: item, year: year, into: &out)
        case .timer(.evaluationYearEnd(let year)):
            closeYear(year, now: now, into: &out)
        case .evaluationNotice(let notice):
            receive(notice, now: now, into: &out)
        case .catalogTransfer, .timer(.snapshotRequestDue), .rulingGrant, .yearReport:
            // Platform (and evaluator) business.
            break
        }
        // R-EVAL-1: the department keeps its yearly figures from what it observes about itself.
        if evaluating { tally(out, from: start, now: now) }
    }

    private var route: SyncOutbox.Route { SyncOutbox.Route(from: node, to: configuration.platformNode) }

    // MARK: Publishing (R-CAT-3)

    private mutating func publish(now: SimInstant, into out: inout DirectiveBuffer) {
        let errors = catalog.validate()
        guard errors.isEmpty else {
            // R-CAT-2, R-CAT-3, R-SHR-4: a catalog that breaks the rules is refused, never published.
            out.append(.observe(.catalogRefused(department: id, changeID: nil, errors: errors)))
            return
        }
        validatedVersion = catalog.version
        out.append(.observe(.catalogPublished(department: id, version: catalog.version, resources: catalog.count)))
        scheduleSync(now: now, into: &out)
    }

    private mutating func scheduleSync(now: SimInstant, into out: inout DirectiveBuffer) {
        let slot = configuration.spec.integration.nextSync(atOrAfter: now)
        if slot == now {
            push(now: now, into: &out)
        } else if !syncScheduled {
            syncScheduled = true
            out.append(.timer(.timer(.syncDue), at: slot))
        }
    }

    /// Sends what changed since the last push as one delta (a first push shares the catalog's storage).
    private mutating func push(now: SimInstant, into out: inout DirectiveBuffer) {
        guard catalog.version > published.version, catalog.version == validatedVersion || catalog.isValid else {
            return
        }
        let delta = published.version == 0 ? catalog.fullDelta() : catalog.delta(since: published)
        published = catalog
        outbox.send(
            CatalogTransfer(payload: .delta(delta), sender: configuration.address), to: configuration.platform,
            route: route, link: &uplink, random: &random, now: now, into: &out)
    }

    // MARK: Changes of functions (R-CAT-4)

    private mutating func functionsChanged(_ change: FunctionChange, now: SimInstant, into out: inout DirectiveBuffer) {
        let deadline = updateDeadline(after: now)
        let profile = configuration.spec.profile
        let updateAt: SimInstant
        if random.bernoulli(profile.onTimeProbability) {
            // On time: somewhere in the window, never after the deadline.
            let window = (deadline - now).milliseconds
            let fraction = random.uniform(0.05..<1.0)
            updateAt = now + SimDuration(milliseconds: Int64(Double(window) * fraction))
        } else {
            updateAt = deadline + max(.minutes(1), profile.lateness.sample(&random))
        }
        pendingChanges[change.id] = PendingChange(change: change, changedAt: now, deadline: deadline)
        out.append(
            .observe(.functionsChanged(FunctionChangeNotice(department: id, changeID: change.id, deadline: deadline))))
        out.append(.timer(.timer(.applyChange(changeID: change.id)), at: updateAt))
    }

    private mutating func applyChange(_ changeID: Int, now: SimInstant, into out: inout DirectiveBuffer) {
        guard let pending = pendingChanges.removeValue(forKey: changeID) else { return }
        var next = catalog
        // One update, one version (R-CAT-4), whatever the number of resources touched.
        next.apply(
            CatalogDelta(
                department: id, fromVersion: catalog.version, toVersion: catalog.version + 1,
                upserts: pending.change.upserts, removals: pending.change.removals))
        let errors = next.validate()
        guard errors.isEmpty else {
            out.append(.observe(.catalogRefused(department: id, changeID: changeID, errors: errors)))
            return
        }
        catalog = next
        validatedVersion = catalog.version
        out.append(
            .observe(
                .catalogUpdated(
                    CatalogUpdate(
                        department: id, changeID: changeID, version: catalog.version, changedAt: pending.changedAt,
                        deadline: pending.deadline, late: now > pending.deadline))))
        scheduleSync(now: now, into: &out)
    }
}
