import SharingModel
import SimKernel

/// A user's requests that have no answer yet, and the order their time runs out in.
///
/// Requests are made in time order and the timeout is a fixed number of working days, so expiry times
/// are non-decreasing in making order: a FIFO queue finds the expired ones without sorting.
struct OpenRequests: Sendable {
    /// Why a request was made.
    enum Origin: Hashable, Sendable {
        /// A scripted request, outside any service.
        case scripted
        /// Need `need` of application `application` of service `service`; `applying` when it is the one
        /// application for access to a conditional resource that other applications wait on.
        case need(application: UInt32, service: Int, need: Int, applying: Bool)
    }

    /// An open request.
    struct Entry: Sendable {
        var request: ShareRequest
        var madeAt: SimInstant
        var expiresAt: SimInstant
        var origin: Origin
    }

    private var byID: [RequestID: Entry] = [:]
    private var queue: [RequestID] = []
    private var head = 0
    /// Whether an expiry sweep is on the calendar.
    var sweepScheduled = false

    /// The number of open requests.
    var count: Int { byID.count }

    /// Adds a request made now (after every other open one).
    mutating func add(_ entry: Entry) {
        byID[entry.request.id] = entry
        queue.append(entry.request.id)
    }

    /// Removes the request answered; `nil` when it is not open (closed as expired before).
    mutating func remove(_ id: RequestID) -> Entry? { byID.removeValue(forKey: id) }

    /// Removes and returns, in making order, the open requests whose time is up at `now`.
    mutating func takeExpired(at now: SimInstant) -> [Entry] {
        var expired: [Entry] = []
        while head < queue.count {
            let id = queue[head]
            guard let entry = byID[id] else {
                head += 1
                continue
            }
            guard entry.expiresAt <= now else { break }
            byID[id] = nil
            expired.append(entry)
            head += 1
        }
        compact()
        return expired
    }

    /// When the oldest open request expires, skipping the answered ones in front.
    mutating func nextExpiry() -> SimInstant? {
        while head < queue.count, byID[queue[head]] == nil { head += 1 }
        compact()
        return head < queue.count ? byID[queue[head]]!.expiresAt : nil
    }

    private mutating func compact() {
        if head > 1024, head * 2 > queue.count {
            queue.removeFirst(head)
            head = 0
        }
    }
}

/// R-USE-2: a service application waiting for the data it needs. Needs are bits (at most
/// ``ServiceSpec/maxNeeds``).
struct OpenApplication: Sendable {
    /// The service, by index in the department's plans.
    var service: Int
    /// When the applicant applied.
    var arrivedAt: SimInstant
    /// Needs from other departments.
    var crossDepartment: UInt64 = 0
    /// Needs still waiting for shared data.
    var pending: UInt64 = 0
    /// Needs met by sharing.
    var shared: UInt64 = 0
}

/// R-SHR-3, centralized mode: where a user stands with a conditional resource it needs for a service.
enum ConditionalAccess: Sendable {
    /// It applied; the applications listed wait for the answer.
    case applying(RequestID, waiters: [UInt32])
    /// Granted for the service's purpose: the platform serves it.
    case granted
    /// Refused; the user applies again no sooner than `until`.
    case refused(until: SimInstant)
    /// R-ESC-1..3: the user disputes a refusal (or the not-shared type); originals meanwhile.
    case disputing(DisputeID)
}

/// R-SHR-3: an application under review at its provider, with the answer already decided.
struct PendingReview: Sendable {
    var request: ShareRequest
    var receivedAt: SimInstant
    var deadline: SimInstant
    var shareType: ShareTypeKind
    var zone: NetworkZone
    var grant: Bool
    var refusal: RefusalReason?
}
