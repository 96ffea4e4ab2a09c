import SimKernel

/// A dated entry of a world's script opening a dispute (R-ESC-1): the department claims one resource it
/// needs for a purpose. The same fields as a scripted request.
public typealias ScriptedDispute = ScriptedRequest

/// A dated entry of a world's script: a department asks for one resource for a purpose, outside any
/// service (the step of an integration flow a developer drives by hand), or opens a dispute over it.
public struct ScriptedRequest: Hashable, Sendable, Codable {
    /// The day it happens.
    public var date: CivilDate
    /// The hour of that day (0–23).
    public var hour: Int
    /// The asking department.
    public var user: DepartmentID
    /// What it asks for.
    public var need: ServiceSpec.Need
    /// The declared purpose.
    public var purpose: Purpose

    /// A scripted request.
    public init(date: CivilDate, hour: Int = 10, user: DepartmentID, need: ServiceSpec.Need, purpose: Purpose) {
        self.date = date
        self.hour = min(23, max(0, hour))
        self.user = user
        self.need = need
        self.purpose = purpose
    }

    /// The instant it happens in a run starting at `epoch`.
    public func instant(epoch: SimEpoch) -> SimInstant {
        epoch.startOfDay(date) + .hours(Int64(hour))
    }
}
