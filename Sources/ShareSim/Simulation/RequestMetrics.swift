import Metrics
import SharingModel
import SimKernel

/// The metrics of sharing requests, use, demand and feedback (issue 5), fed by the observation sink
/// only, like ``CatalogSyncMetrics``. It also keeps the ledger that proves conservation: every request
/// made is closed exactly once, or still open at its user.
///
/// Confined to its run's executor like the sink (hence `@unchecked Sendable`); read it after the run. For the
/// same reason its stored properties opt out of dynamic exclusivity checks, which every request's three
/// observations otherwise pay several times (docs/decisions/0002 measured about 50 ns an access).
public final class RequestMetrics: @unchecked Sendable {
    /// How a request ended, for the counts by share type.
    public enum Terminal: String, CaseIterable, Sendable {
        /// Served from the platform (R-SHR-2, or under a standing grant).
        case served
        /// Granted after review.
        case granted
        /// Refused with a reason.
        case refused
        /// No answer in time, and no loss observed on its way: an answer that never came.
        case expired
        /// No answer in time after a message of it was lost on a link (a counted fault).
        case lost
    }

    /// Counts.
    public struct Counters: Hashable, Sendable {
        /// Requests made.
        public var made = 0
        /// Closed, by share type (as the user found it) and terminal state.
        public var closed = ClosedCounts()
        /// Refusals by reason.
        public var refusals: [RefusalReason.Kind: Int] = [:]
        /// Messages of requests lost on links (requests and answers).
        public var messagesLost = 0
        /// Answers that arrived after their request had expired.
        public var answersAfterClose = 0
        /// R-SHR-3: reviews of conditional resources, on time and granted.
        public var reviews = 0
        public var reviewsOnTime = 0
        public var reviewsGranted = 0
        /// R-USE-1: blocked uses by kind.
        public var violations: [UseLicence.Violation: Int] = [:]
        /// R-SEC-1: deliveries whose data zone differs from the user's zone (must stay 0).
        public var zoneCrossings = 0
        /// Deliveries of wrong records (R-CAT-5).
        public var erroneousDeliveries = 0
        /// R-USE-2.
        public var applications = 0
        public var crossDepartmentNeeds = 0
        public var recollectionsAvoided = 0
        public var recollectionsMade = 0
        public var tripsSaved = 0
        public var tripsMade = 0
        public var applicationsWithoutOriginals = 0
        /// R-USE-3.
        public var errorReports = 0
        public var errorReportsLost = 0
        public var corrections = 0

        /// Requests closed with `terminal`, over every share type.
        public func closed(_ terminal: Terminal) -> Int {
            ShareTypeKind.allCases.reduce(0) { $0 + closed[$1, terminal] }
        }

        /// Requests closed.
        public var closedTotal: Int { Terminal.allCases.reduce(0) { $0 + closed($1) } }
    }

    /// Requests closed by share type and terminal state: a fixed table, since every request's closure
    /// counts here (two nested dictionaries hashed twice a request).
    public struct ClosedCounts: Hashable, Sendable {
        private var counts = [Int](repeating: 0, count: 3 * Terminal.allCases.count)

        /// The requests of share type `kind` closed in state `terminal`.
        public subscript(kind: ShareTypeKind, terminal: Terminal) -> Int {
            get { counts[Self.index(kind, terminal)] }
            set { counts[Self.index(kind, terminal)] = newValue }
        }

        private static func index(_ kind: ShareTypeKind, _ terminal: Terminal) -> Int {
            let row: Int
            switch kind {
            case .unconditional: row = 0
            case .conditional: row = 1
            case .notShared: row = 2
            }
            let column: Int
            switch terminal {
            case .served: column = 0
            case .granted: column = 1
            case .refused: column = 2
            case .expired: column = 3
            case .lost: column = 4
            }
            return row * 5 + column
        }
    }

    /// The counts so far.
    @exclusivity(unchecked) public private(set) var counters = Counters()
    /// R-SHR-3: working days from receipt to answer of each conditional review.
    @exclusivity(unchecked) public private(set) var responseWorkingDays: [Double] = []
    /// R-SHR-2: the age of the data delivered, in milliseconds, of the deliveries older than zero (see
    /// `freshDeliveries`). Kept as integers, so the summary sorts them where they are, in two radix passes
    /// (``dataAgeSummary()``); their order is not part of what they mean.
    @exclusivity(unchecked) public private(set) var dataAgeMilliseconds: [UInt64] = []
    /// Data delivered at age zero (a provider integrated by API), counted, not stored: half a national
    /// year's deliveries, which the percentiles then need not sort.
    @exclusivity(unchecked) public private(set) var freshDeliveries = 0
    /// R-USE-3: working days from each report to its correction.
    @exclusivity(unchecked) public private(set) var correctionWorkingDays: [Double] = []

    /// The conservation ledger, in memory that does not grow with the number of requests (a national
    /// year makes tens of millions): users number their requests 1, 2, 3, …, so a request is made
    /// exactly when its serial is at most its user's highest serial seen and it is not among the
    /// `skipped` ones; it is open while in `open`, closed otherwise.
    @exclusivity(unchecked) private var open = OpenRequestSet()
    /// Per user address: the highest serial made so far (0: none).
    @exclusivity(unchecked) private var highestSerial: [UInt32] = []
    /// Serials below a user's highest that were jumped over (never made so far); empty when users
    /// number their requests without gaps, as departments do.
    @exclusivity(unchecked) private var skipped: Set<RequestID> = []
    @exclusivity(unchecked) private var lostRequests: Set<RequestID> = []
    /// Closures of requests already closed, or never made: conservation breaches.
    @exclusivity(unchecked) public private(set) var breaches: [String] = []
    /// Per service: applications and those without originals, in first-seen order.
    @exclusivity(unchecked) private var services:
        [(id: ServiceID, applications: Int, withoutOriginals: Int, needsSharing: Bool)] = []
    @exclusivity(unchecked) private var serviceIndex: [ServiceID: Int] = [:]
    /// `services` index by the records' ordinal hint (-1: not seen yet), so counting hashes no id.
    @exclusivity(unchecked) private var serviceIndexByOrdinal: [Int] = []

    /// A collector.
    public init() {}

    /// Takes one observation.
    public func record(_ observation: Observation) {
        switch observation {
        case .requestMade(let record):
            counters.made += 1
            made(record.id)
        case .requestLost(let id, _, _, _):
            counters.messagesLost += 1
            lostRequests.insert(id)
        case .requestReviewed(let review):
            guard review.shareType == .conditional else { break }
            counters.reviews += 1
            if !review.overdue { counters.reviewsOnTime += 1 }
            if review.granted { counters.reviewsGranted += 1 }
            responseWorkingDays.append(review.workingDays)
        case .requestClosed(let closure):
            closed(closure)
        case .answerAfterClose:
            counters.answersAfterClose += 1
        case .useBlocked(let v):
            counters.violations[v.violation, default: 0] += 1
        case .applicationCompleted(let a):
            application(a)
        case .errorReported:
            counters.errorReports += 1
        case .errorReportLost:
            counters.errorReportsLost += 1
        case .errorCorrected(let c):
            counters.corrections += 1
            correctionWorkingDays.append(c.workingDays)
        case .catalogPublished, .catalogRefused, .functionsChanged, .catalogUpdated, .deltaSent, .deltaRetried,
            .deltaLost, .deltaAbandoned, .deltaReceived, .snapshotRequested, .controlLost, .disputeOpened,
            .disputeStageStarted, .disputeEscalated, .disputeResolved, .disputeMessageLost, .vertical, .itemProvision,
            .departmentEvaluated, .governmentEvaluated, .profileShifted:
            break
        }
    }

    /// Whether `id` was made (open or closed).
    private func wasMade(_ id: RequestID) -> Bool {
        let user = Int(id.user.index)
        return user < highestSerial.count && id.serial <= highestSerial[user] && !skipped.contains(id)
    }

    private func made(_ id: RequestID) {
        let user = Int(id.user.index)
        if user >= highestSerial.count {
            highestSerial += repeatElement(0, count: user + 1 - highestSerial.count)
        }
        let highest = highestSerial[user]
        // Made (again): open until closed.
        if id.serial > highest {
            if id.serial > highest + 1 {
                for serial in (highest + 1)..<id.serial { skipped.insert(RequestID(user: id.user, serial: serial)) }
            }
            highestSerial[user] = id.serial
            open.insert(id)
        } else {
            if skipped.remove(id) == nil { breaches.append("\(id) made twice") }
            // Open once, however often it was made.
            open.insert(id)
        }
    }

    /// Takes `id` off the open requests; `false` when it was not open.
    private func takeOpen(_ id: RequestID) -> Bool {
        open.remove(id)
    }

    private func closed(_ closure: RequestClosure) {
        if !takeOpen(closure.id) {
            breaches.append(wasMade(closure.id) ? "\(closure.id) closed twice" : "\(closure.id) closed but never made")
        }
        let terminal: Terminal
        switch closure.outcome {
        case .served: terminal = .served
        case .granted: terminal = .granted
        case .refused(let reason):
            terminal = .refused
            counters.refusals[reason.kind, default: 0] += 1
        case .expired: terminal = lostRequests.contains(closure.id) ? .lost : .expired
        }
        counters.closed[closure.shareType, terminal] += 1
        if let delivery = closure.delivery {
            // R-SEC-1: counted here from what users actually received, so a breach anywhere shows.
            if !delivery.zone.canDeliver(to: closure.userZone) { counters.zoneCrossings += 1 }
            if delivery.erroneous { counters.erroneousDeliveries += 1 }
            if delivery.age.milliseconds == 0 {
                freshDeliveries += 1
            } else {
                dataAgeMilliseconds.append(UInt64(delivery.age.milliseconds))
            }
        }
    }

    private func application(_ a: ApplicationRecord) {
        counters.applications += 1
        counters.crossDepartmentNeeds += a.crossDepartmentNeeds
        counters.recollectionsAvoided += a.sharedNeeds
        counters.recollectionsMade += a.originalNeeds
        counters.tripsSaved += a.tripsSaved
        counters.tripsMade += a.tripsMade
        if a.withoutOriginals { counters.applicationsWithoutOriginals += 1 }
        let k = serviceSlot(a)
        services[k].applications += 1
        if a.withoutOriginals { services[k].withoutOriginals += 1 }
        if a.crossDepartmentNeeds > 0 { services[k].needsSharing = true }
    }

    /// Where `a`'s service is counted, found by its ordinal hint when it has one; a service seen for the
    /// first time is appended, so `services` stays in first-seen order.
    private func serviceSlot(_ a: ApplicationRecord) -> Int {
        let ordinal = Int(a.serviceOrdinalHint)
        if ordinal >= 0, ordinal < serviceIndexByOrdinal.count, serviceIndexByOrdinal[ordinal] >= 0 {
            return serviceIndexByOrdinal[ordinal]
        }
        let k: Int
        if let found = serviceIndex[a.service] {
            k = found
        } else {
            k = services.count
            serviceIndex[a.service] = k
            services.append((a.service, 0, 0, false))
        }
        if ordinal >= 0 {
            if ordinal >= serviceIndexByOrdinal.count {
                serviceIndexByOrdinal.append(
                    contentsOf: repeatElement(-1, count: ordinal + 1 - serviceIndexByOrdinal.count))
            }
            serviceIndexByOrdinal[ordinal] = k
        }
        return k
    }

    /// Requests made and not closed.
    public var openCount: Int { counters.made - counters.closedTotal }

    /// Conservation (issue 5): every request made ends in exactly one terminal state, or is still open
    /// at its user. `openAtUsers` is the sum of the users' open requests, read from the actors.
    public func conservation(openAtUsers: Int) -> RequestConservation {
        RequestConservation(
            made: counters.made, closed: counters.closedTotal, openAtUsers: openAtUsers, breaches: breaches)
    }

    /// R-SHR-2: the summary of the data ages delivered, in hours. The ages are sorted where they are, as
    /// integers: a national year's 12 million of them need no copy and half the passes their doubles took
    /// (docs/decisions/0016). The summary is the same whatever order they were in.
    public func dataAgeSummary() -> StalenessSummary {
        SampleSort.sortInPlace(&dataAgeMilliseconds)
        return StalenessSummary(zeros: freshDeliveries, ascending: dataAgeMilliseconds, dividedBy: 3_600_000)
    }

    /// R-USE-2: services whose applications needed other departments' data, and those of them realized
    /// (at least `threshold` of their applications needed no originals).
    public func realization(threshold: Double) -> (needingSharing: Int, realized: Int) {
        let needing = services.filter(\.needsSharing)
        let realized = needing.filter { Double($0.withoutOriginals) >= threshold * Double($0.applications) }
        return (needing.count, realized.count)
    }
}

/// The proof that no request was lost from the books (issue 5).
public struct RequestConservation: Hashable, Sendable {
    /// Requests made.
    public var made: Int
    /// Requests closed (served, granted, refused, expired or lost).
    public var closed: Int
    /// Requests still open at their users.
    public var openAtUsers: Int
    /// Double closures and closures of requests never made.
    public var breaches: [String]

    /// Whether every request made is closed exactly once or open.
    public var holds: Bool { breaches.isEmpty && made == closed + openAtUsers }
}
