import SharingModel
import SimKernel

/// One dated entry of a scenario's `script`.
public struct ScriptEntry: Hashable, Sendable {
    /// The day it happens.
    public var date: CivilDate
    /// The hour of that day, Beijing time (0–23).
    public var hour: Int
    /// What happens.
    public var action: ScriptAction
    /// Where the entry is in its file.
    public var location: JSONLocation

    /// An entry.
    public init(date: CivilDate, hour: Int, action: ScriptAction, location: JSONLocation) {
        self.date = date
        self.hour = hour
        self.action = action
        self.location = location
    }

    /// The instant it happens in a run starting at `epoch`.
    public func instant(epoch: SimEpoch) -> SimInstant {
        epoch.startOfDay(date) + .hours(Int64(hour))
    }
}
