import SimKernel

/// A dated entry of a world's script: a department opens a dispute over one resource it needs for a
/// purpose (R-ESC-1), as a developer drives an escalation flow by hand.
public struct ScriptedDispute: Hashable, Sendable, Codable {
    /// The day it happens.
    public var date: CivilDate
    /// The hour of that day (0–23).
    public var hour: Int
    /// The claiming department.
    public var user: DepartmentID
    /// What it claims.
    public var need: ServiceSpec.Need
    /// The purpose it needs the data for.
    public var purpose: Purpose

    /// A scripted dispute.
    public init(date: CivilDate, hour: Int = 10, user: DepartmentID, need: ServiceSpec.Need, purpose: Purpose) {
        self.date = date
        self.hour = min(23, max(0, hour))
        self.user = user
        self.need = need
        self.purpose = purpose
    }

    /// The instant it happens in a run starting at `epoch`.
    public func instant(epoch: SimEpoch) -> SimInstant { epoch.startOfDay(date) + .hours(Int64(hour)) }
}
