import SharingModel
import SimKernel

/// A user's requests that have no answer yet, and the order their time runs out in.
///
/// Requests are made in time order and the timeout is a fixed number of working days, so expiry times
/// are non-decreasing in making order: a FIFO queue finds the expired ones without sorting.
struct OpenRequests: Sendable {
    /// Why a request was made: a scripted request, or need `need` of application `application` of service
    /// `service`, `applying` when it is the one application for access to a conditional resource that other
    /// applications wait on.
    ///
    /// Packed into 8 bytes, so that an entry takes 32: a department appends three entries per application to
    /// a window that a large world has evicted since its last visit, and an entry of 56 bytes wrote three new
    /// lines where 32 write one and a half (docs/decisions/0022).
    struct Origin: Hashable, Sendable {
        /// The application's number.
        private let application: UInt32
        /// `service << 7 | need << 1 | applying`, or `UInt32.max` for a scripted request.
        private let packed: UInt32

        /// Services are numbered below this: the largest 25-bit number, all ones with need 63 and
        /// `applying`, would pack to the scripted request's `UInt32.max`.
        static let serviceLimit = (1 << 25) - 1

        /// A scripted request, outside any service.
        static let scripted = Origin(application: 0, packed: .max)

        private init(application: UInt32, packed: UInt32) {
            self.application = application
            self.packed = packed
        }

        /// Need `need` (below ``ServiceSpec/maxNeeds``) of application `application` of service `service` (below
        /// ``serviceLimit``).
        static func need(application: UInt32, service: Int, need: Int, applying: Bool) -> Origin {
            precondition(service >= 0 && service < serviceLimit, "a department has fewer than 2^25 - 1 services")
            precondition(need >= 0 && need < ServiceSpec.maxNeeds, "a service has at most 64 needs")
            return Origin(
                application: application, packed: UInt32(service) << 7 | UInt32(need) << 1 | (applying ? 1 : 0))
        }

        /// The application, service, need and `applying` flag, or `nil` for a scripted request.
        var need: (application: UInt32, service: Int, need: Int, applying: Bool)? {
            guard packed != .max else { return nil }
            return (application, Int(packed >> 7), Int(packed >> 1 & 63), packed & 1 == 1)
        }
    }

    /// An open request.
    struct Entry: Sendable {
        var request: ShareRequest
        var madeAt: SimInstant
        var expiresAt: SimInstant
        var origin: Origin
    }

    // The flag last, so that the value ends in 49 bytes and the department's next small hot fields fill the
    // rest of its line (docs/decisions/0018).

    /// By the request's serial: requests are numbered in making order, which is expiry order.
    private var window = SerialWindow<Entry>()
    /// The expiry of requests made on one day (it depends on the day only, and a department makes many
    /// requests a day): the day's index since the epoch and its expiry.
    private var expiryOfDay: (day: Int64, expiry: SimInstant) = (-1, .zero)
    /// Whether an expiry sweep is on the calendar.
    var sweepScheduled = false

    /// The expiry of a request made at `now`, computed by `deadline` once per day.
    mutating func expiry(madeAt now: SimInstant, deadline: () -> SimInstant) -> SimInstant {
        let day = now.milliseconds / SimDuration.millisecondsPerDay
        if day != expiryOfDay.day || now.milliseconds < 0 { expiryOfDay = (day, deadline()) }
        return expiryOfDay.expiry
    }

    /// The number of open requests.
    var count: Int { window.count }

    /// Adds a request made now (after every other open one).
    mutating func add(_ entry: consuming Entry) {
        let serial = UInt64(entry.request.id.serial)
        window.append(entry, serial: serial)
    }

    /// Removes the request answered; `nil` when it is not open (closed as expired before).
    mutating func remove(_ id: RequestID) -> Entry? { window.remove(UInt64(id.serial)) }

    /// Removes and returns, in making order, the open requests whose time is up at `now`.
    mutating func takeExpired(at now: SimInstant) -> [Entry] {
        var expired: [Entry] = []
        while let (serial, entry) = window.first, entry.expiresAt <= now {
            _ = window.remove(serial)
            expired.append(entry)
        }
        return expired
    }

    /// When the oldest open request expires.
    func nextExpiry() -> SimInstant? { window.first?.value.expiresAt }
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

    /// R-SHR-3: application `number` waits for the answer to the one application for access. In place: the
    /// list is taken out of the value before it grows, so that the append does not copy a list another
    /// reference still holds (it did, once per waiting application, which made a long review quadratic).
    mutating func addWaiter(_ number: UInt32) {
        guard case .applying(let id, var waiters) = self else {
            preconditionFailure("addWaiter: nothing is being applied for")
        }
        self = .granted
        waiters.append(number)
        self = .applying(id, waiters: waiters)
    }
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
