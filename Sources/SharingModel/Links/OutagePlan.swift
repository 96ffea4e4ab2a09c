import SimKernel

/// When a link is down (DESIGN.md "The world": outages scripted, or random with MTBF/MTTR).
public enum OutagePlan: Hashable, Sendable, Codable {
    /// Never down.
    case none
    /// Down during each window (start inclusive, end exclusive), as a scenario's script says.
    case scripted([OutageWindow])
    /// Up for exponential times of mean `mtbf`, then down for exponential times of mean `mttr`.
    case random(mtbf: SimDuration, mttr: SimDuration)
}

/// One scripted outage: `start..<end`.
public struct OutageWindow: Hashable, Sendable, Codable {
    /// The first instant the link is down.
    public var start: SimInstant
    /// The first instant it is up again.
    public var end: SimInstant

    /// A window; an `end` before `start` makes an empty window.
    public init(start: SimInstant, end: SimInstant) {
        self.start = start
        self.end = max(start, end)
    }

    /// Whether `instant` falls inside.
    public func contains(_ instant: SimInstant) -> Bool { start <= instant && instant < end }
}
