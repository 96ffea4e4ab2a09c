import SimKernel

/// A value that holds a request and shows its fields (the request records of the observation stream).
public protocol ShowsShareRequest {
    /// The request held.
    var request: ShareRequest { get }
}

extension ShowsShareRequest {
    /// The request.
    public var id: RequestID { request.id }
    /// The user.
    public var user: DepartmentID { request.user }
    /// The user's zone.
    public var userZone: NetworkZone { request.userZone }
    /// The provider.
    public var provider: DepartmentID { request.provider }
    /// The resource.
    public var resource: ResourceCode { request.resource }
    /// The share type the user found in the catalog when it asked.
    public var shareType: ShareTypeKind { request.shareType }
    /// The declared purpose.
    public var purpose: Purpose { request.purpose }
    /// Through the platforms or one to one.
    public var mode: SharingMode { request.mode }
}

/// A request as its user sent it.
///
/// It holds the request itself: one reference to retain where a copy of its identifiers retained each
/// (one record per request made, docs/decisions/0007). Its value, its hash and its mirror (hence its trace
/// line) are the seven fields below, as when they were stored.
public struct RequestRecord: Hashable, Sendable, CustomReflectable, ShowsShareRequest {
    /// The request recorded.
    public let request: ShareRequest

    /// A record of a request with these fields (its addresses and zone, which a record does not show, are
    /// placeholders).
    public init(
        id: RequestID, user: DepartmentID, provider: DepartmentID, resource: ResourceCode, shareType: ShareTypeKind,
        purpose: Purpose, mode: SharingMode
    ) {
        let nowhere = ActorAddress(-1)
        self.init(
            ShareRequest(
                id: id, mode: mode, user: user, userPlatform: nowhere, userZone: .outer, provider: provider,
                providerAddress: nowhere, providerPlatform: nowhere, resource: resource, shareType: shareType,
                purpose: purpose))
    }

    /// The record of `request`.
    public init(_ request: ShareRequest) { self.request = request }

    /// The seven fields: the record's value, hash and mirror all derive from this one list.
    private struct Shown: Hashable {
        let id: RequestID
        let user: DepartmentID
        let provider: DepartmentID
        let resource: ResourceCode
        let shareType: ShareTypeKind
        let purpose: Purpose
        let mode: SharingMode
    }

    private var shown: Shown {
        Shown(
            id: id, user: user, provider: provider, resource: resource, shareType: shareType, purpose: purpose,
            mode: mode)
    }

    /// Equal when the seven fields are.
    public static func == (lhs: RequestRecord, rhs: RequestRecord) -> Bool {
        lhs.request === rhs.request || lhs.shown == rhs.shown
    }

    /// Hashes the seven fields.
    public func hash(into hasher: inout Hasher) { hasher.combine(shown) }

    /// The seven fields, in order (the trace writes a record from its mirror).
    public var customMirror: Mirror { Mirror(reflecting: shown) }
}

/// Which way a lost request message was going.
public enum RequestLeg: String, Hashable, Sendable, CustomStringConvertible {
    /// Towards the provider.
    case request
    /// Back towards the user.
    case response

    /// The raw value.
    public var description: String { rawValue }
}

/// R-SHR-3: a provider's review of a conditional application (or of a one-to-one request).
public struct ReviewRecord: Hashable, Sendable {
    /// The request reviewed.
    public var id: RequestID
    /// The reviewing provider.
    public var provider: DepartmentID
    /// The resource.
    public var resource: ResourceCode
    /// Its share type in the provider's catalog (one-to-one requests for unconditional data are reviewed too).
    public var shareType: ShareTypeKind
    /// When the application reached the provider.
    public var receivedAt: SimInstant
    /// When the provider answered.
    public var answeredAt: SimInstant
    /// The end of the last working day allowed (10 working days unless the scenario says otherwise).
    public var deadline: SimInstant
    /// The working time from receipt to answer, in working days.
    public var workingDays: Double
    /// Whether it was granted.
    public var granted: Bool

    /// A record.
    public init(
        id: RequestID, provider: DepartmentID, resource: ResourceCode, shareType: ShareTypeKind,
        receivedAt: SimInstant, answeredAt: SimInstant, deadline: SimInstant, workingDays: Double, granted: Bool
    ) {
        self.id = id
        self.provider = provider
        self.resource = resource
        self.shareType = shareType
        self.receivedAt = receivedAt
        self.answeredAt = answeredAt
        self.deadline = deadline
        self.workingDays = workingDays
        self.granted = granted
    }

    /// R-SHR-3: an answer after the deadline is overdue (an answer on working day 11 of 10 is).
    public var overdue: Bool { answeredAt > deadline }
}

/// How a request ended, as its user saw it.
public enum RequestOutcome: Hashable, Sendable, CustomStringConvertible {
    /// Data served by the platform.
    case served
    /// Granted after review, with data.
    case granted
    /// Refused, with its reason.
    case refused(RefusalReason)
    /// No answer within the scenario's time limit (a message lost on the way, or a provider that never
    /// answered); the metrics tell the two apart by the losses observed.
    case expired

    /// `served`, `granted`, `refused`, `expired`.
    public var description: String {
        switch self {
        case .served: "served"
        case .granted: "granted"
        case .refused: "refused"
        case .expired: "expired"
        }
    }
}

/// The one terminal state of a request (issue 5's conservation rule), observed by its user.
///
/// Like ``RequestRecord`` it holds the request, not a copy of its identifiers; its value, hash and
/// mirror (hence its trace line) are the nine fields below, as when they were stored.
public struct RequestClosure: Hashable, Sendable, CustomReflectable, ShowsShareRequest {
    /// The request closed.
    public let request: ShareRequest
    /// How it ended.
    public var outcome: RequestOutcome
    /// When it was sent.
    public var madeAt: SimInstant
    /// The data received, for `served` and `granted`.
    public var delivery: DataDelivery?

    /// The closure of `request`.
    public init(request: ShareRequest, outcome: RequestOutcome, madeAt: SimInstant, delivery: DataDelivery?) {
        self.request = request
        self.outcome = outcome
        self.madeAt = madeAt
        self.delivery = delivery
    }

    /// A closure of a request with these fields (its addresses and purpose, which a closure does not show,
    /// are placeholders).
    public init(
        id: RequestID, user: DepartmentID, userZone: NetworkZone, provider: DepartmentID, resource: ResourceCode,
        shareType: ShareTypeKind, outcome: RequestOutcome, madeAt: SimInstant, delivery: DataDelivery?
    ) {
        let nowhere = ActorAddress(-1)
        self.init(
            request: ShareRequest(
                id: id, mode: .centralized, user: user, userPlatform: nowhere, userZone: userZone, provider: provider,
                providerAddress: nowhere, providerPlatform: nowhere, resource: resource, shareType: shareType,
                purpose: Purpose(rawValue: "")),
            outcome: outcome, madeAt: madeAt, delivery: delivery)
    }

    /// The nine fields: the closure's value, hash and mirror all derive from this one list.
    private struct Shown: Hashable {
        let id: RequestID
        let user: DepartmentID
        let userZone: NetworkZone
        let provider: DepartmentID
        let resource: ResourceCode
        let shareType: ShareTypeKind
        let outcome: RequestOutcome
        let madeAt: SimInstant
        let delivery: DataDelivery?
    }

    private var shown: Shown {
        Shown(
            id: id, user: user, userZone: userZone, provider: provider, resource: resource, shareType: shareType,
            outcome: outcome, madeAt: madeAt, delivery: delivery)
    }

    /// Equal when the nine fields are.
    public static func == (lhs: RequestClosure, rhs: RequestClosure) -> Bool { lhs.shown == rhs.shown }

    /// Hashes the nine fields.
    public func hash(into hasher: inout Hasher) { hasher.combine(shown) }

    /// The nine fields, in order (the trace writes a closure from its mirror).
    public var customMirror: Mirror { Mirror(reflecting: shown) }
}

/// R-USE-1: an attempt to use shared data outside its licence, blocked.
public struct UseViolation: Hashable, Sendable {
    /// The licence the attempt broke.
    public var licence: UseLicence
    /// What was attempted.
    public var attempted: UseLicence.Use
    /// The kind of violation.
    public var violation: UseLicence.Violation

    /// A blocked attempt.
    public init(licence: UseLicence, attempted: UseLicence.Use, violation: UseLicence.Violation) {
        self.licence = licence
        self.attempted = attempted
        self.violation = violation
    }
}

/// R-USE-2: a service application finished, and how its data needs were met.
///
/// It holds its service as a ``ServiceName`` (docs/decisions/0022); its value, hash and mirror (hence its trace
/// line) are the eight fields of ``Shown``, with the service's id, as when the id was stored.
public struct ApplicationRecord: Hashable, Sendable, CustomReflectable {
    /// The service, by name table and index.
    public var serviceName: ServiceName
    /// The department handling it.
    public var department: DepartmentID
    /// When the applicant applied.
    public var arrivedAt: SimInstant
    /// Resources needed from other departments.
    public var crossDepartmentNeeds: Int
    /// Of those, obtained by sharing in time: re-collections avoided.
    public var sharedNeeds: Int
    /// Of those, brought as originals by the applicant: re-collections made.
    public var originalNeeds: Int
    /// Providing departments whose every needed resource came by sharing: trips the applicant did not make.
    public var tripsSaved: Int
    /// Providing departments the applicant had to visit for originals.
    public var tripsMade: Int
    /// The service's place in the world's list of services, or -1 when not known: a hint that lets a
    /// collector count per service without hashing the id (not part of the record's value).
    public var serviceOrdinalHint: Int32

    /// A record of the service `service` names.
    public init(
        service: ServiceName, department: DepartmentID, arrivedAt: SimInstant, crossDepartmentNeeds: Int,
        sharedNeeds: Int, originalNeeds: Int, tripsSaved: Int, tripsMade: Int, serviceOrdinalHint: Int32 = -1
    ) {
        self.serviceOrdinalHint = serviceOrdinalHint
        self.serviceName = service
        self.department = department
        self.arrivedAt = arrivedAt
        self.crossDepartmentNeeds = crossDepartmentNeeds
        self.sharedNeeds = sharedNeeds
        self.originalNeeds = originalNeeds
        self.tripsSaved = tripsSaved
        self.tripsMade = tripsMade
    }

    /// A record of service `service`.
    public init(
        service: ServiceID, department: DepartmentID, arrivedAt: SimInstant, crossDepartmentNeeds: Int,
        sharedNeeds: Int, originalNeeds: Int, tripsSaved: Int, tripsMade: Int, serviceOrdinalHint: Int32 = -1
    ) {
        self.init(
            service: ServiceName(id: service, purpose: .service(service)), department: department,
            arrivedAt: arrivedAt, crossDepartmentNeeds: crossDepartmentNeeds, sharedNeeds: sharedNeeds,
            originalNeeds: originalNeeds, tripsSaved: tripsSaved, tripsMade: tripsMade,
            serviceOrdinalHint: serviceOrdinalHint)
    }

    /// The service.
    public var service: ServiceID {
        get { serviceName.id }
        set { serviceName = ServiceName(id: newValue, purpose: .service(newValue)) }
    }

    /// The eight fields: the record's value, hash and mirror all derive from this one list.
    private struct Shown: Hashable {
        let service: ServiceID
        let department: DepartmentID
        let arrivedAt: SimInstant
        let crossDepartmentNeeds: Int
        let sharedNeeds: Int
        let originalNeeds: Int
        let tripsSaved: Int
        let tripsMade: Int
    }

    private var shown: Shown {
        Shown(
            service: service, department: department, arrivedAt: arrivedAt, crossDepartmentNeeds: crossDepartmentNeeds,
            sharedNeeds: sharedNeeds, originalNeeds: originalNeeds, tripsSaved: tripsSaved, tripsMade: tripsMade)
    }

    /// Equal in the eight fields (not the ordinal hint).
    public static func == (lhs: ApplicationRecord, rhs: ApplicationRecord) -> Bool { lhs.shown == rhs.shown }

    /// Hashes the eight fields.
    public func hash(into hasher: inout Hasher) { hasher.combine(shown) }

    /// The eight fields, in order (the trace writes a record from its mirror, without the hint).
    public var customMirror: Mirror { Mirror(reflecting: shown) }

    /// Whether the applicant brought no originals at all.
    public var withoutOriginals: Bool { originalNeeds == 0 }
}

/// R-USE-3: a provider corrected a record a user reported.
public struct ErrorCorrection: Hashable, Sendable {
    /// The report.
    public var report: ErrorReport
    /// When it was corrected.
    public var correctedAt: SimInstant
    /// The working time from report to correction, in working days.
    public var workingDays: Double

    /// A correction.
    public init(report: ErrorReport, correctedAt: SimInstant, workingDays: Double) {
        self.report = report
        self.correctedAt = correctedAt
        self.workingDays = workingDays
    }
}
