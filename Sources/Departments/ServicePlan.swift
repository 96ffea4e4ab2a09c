import SharingModel
import SimKernel

/// A service a department handles (R-USE-2), with each need resolved against the world.
///
/// A class, immutable once built, shared by reference. It is the source of truth for the service: a
/// department's ``ArrivalTables`` copy what an application reads from it, side by side, and only the cold
/// paths (disputes, the requests of applications that waited for access) read the plan itself
/// (docs/decisions/0019).
public final class ServicePlan: Sendable {

    /// For each need of `spec`, in order, where to ask; `nil` when the department holds the data itself
    /// (not a cross-department need).
    public let targets: [RequestTarget?]
    /// For each need, the first need with the same provider: a trip to a department is saved or made once
    /// however many of its resources an application needs (R-USE-2).
    let providerGroup: [Int]
    /// The mean gap between two applications in milliseconds (a year over `spec.applicationsPerYear`), or -1
    /// when the service has no applications.
    let meanArrivalGap: Double
    /// The service's place in the world's list of services (-1 when not known), carried by its
    /// application records so collectors count per service without hashing its id.
    public let ordinal: Int32
    /// `spec.waitLimit`: how long an application waits for shared data (R-USE-2).
    let waitLimit: SimDuration
    /// The service.
    public let spec: ServiceSpec
    /// The service's id and purpose in the world's table, which its requests and application records hold
    /// instead of the strings (docs/decisions/0022); in a table of its own when the plan has no world's.
    public let name: ServiceName

    /// `spec.purpose`, made once in the table (the spec builds the string each time it is asked): every request
    /// of every application declares it (R-USE-1).
    public var purpose: Purpose { name.purpose }

    /// A plan; `names`, the world's table, holds the service at `ordinal`.
    public init(spec: ServiceSpec, targets: [RequestTarget?], ordinal: Int = -1, names: ServiceNames? = nil) {
        precondition(targets.count == spec.needs.count, "one target per need")
        self.spec = spec
        self.ordinal = Int32(truncatingIfNeeded: ordinal)
        self.targets = targets
        if let names {
            precondition(
                ordinal >= 0 && ordinal < names.ids.count && names.ids[ordinal] == spec.id,
                "the world's table holds the service at its ordinal")
            name = ServiceName(names, ordinal)
        } else {
            name = ServiceName(id: spec.id, purpose: spec.purpose)
        }
        let perYear = spec.applicationsPerYear
        meanArrivalGap = perYear > 0 ? Double(SimDuration.days(365).milliseconds) / perYear : -1
        waitLimit = spec.waitLimit
        providerGroup = targets.indices.map { need in
            targets.firstIndex { $0 != nil && $0?.provider == targets[need]?.provider } ?? need
        }
    }

    /// The name of the stream its arrivals are drawn from: `demand:<service id>`. Its own stream, so the
    /// same seed gives the same applications in every sharing mode (common random numbers).
    public var streamName: String { "demand:\(spec.id.rawValue)" }
}
