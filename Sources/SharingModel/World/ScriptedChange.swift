import SimKernel

/// A dated entry of a world's script: a change of functions on a day, at an hour (Beijing time).
public struct ScriptedChange: Hashable, Sendable, Codable {
    /// The day it happens.
    public var date: CivilDate
    /// The hour of that day (0–23).
    public var hour: Int
    /// What changes.
    public var change: FunctionChange

    /// A scripted change.
    public init(date: CivilDate, hour: Int = 10, change: FunctionChange) {
        self.date = date
        self.hour = min(23, max(0, hour))
        self.change = change
    }

    /// The instant it happens in a run starting at `epoch`.
    public func instant(epoch: SimEpoch) -> SimInstant {
        epoch.startOfDay(date) + .hours(Int64(hour))
    }
}
