import SharingModel
import SimKernel

/// A service a department handles (R-USE-2), with each need resolved against the world.
public struct ServicePlan: Sendable {
    /// The service.
    public let spec: ServiceSpec
    /// For each need of `spec`, in order, where to ask; `nil` when the department holds the data itself
    /// (not a cross-department need).
    public var targets: [RequestTarget?]
    /// `spec.purpose`, made once: every request of every application declares it (R-USE-1), and the
    /// spec builds the string each time it is asked.
    public let purpose: Purpose

    /// A plan.
    public init(spec: ServiceSpec, targets: [RequestTarget?]) {
        precondition(targets.count == spec.needs.count, "one target per need")
        self.spec = spec
        self.targets = targets
        purpose = spec.purpose
    }

    /// The name of the stream its arrivals are drawn from: `demand:<service id>`. Its own stream, so the
    /// same seed gives the same applications in every sharing mode (common random numbers).
    public var streamName: String { "demand:\(spec.id.rawValue)" }
}
