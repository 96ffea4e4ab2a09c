/// A point in virtual time: milliseconds since the run's epoch (midnight, Beijing time, of the
/// scenario's start date; see ``SimEpoch``).
public struct SimInstant: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Milliseconds since the epoch.
    public var milliseconds: Int64

    @inlinable public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    /// The epoch itself.
    public static let zero = SimInstant(milliseconds: 0)
    /// A time later than any run reaches; used for "no deadline".
    public static let distantFuture = SimInstant(milliseconds: Int64.max / 4)

    @inlinable public static func < (a: SimInstant, b: SimInstant) -> Bool { a.milliseconds < b.milliseconds }
    @inlinable public static func + (a: SimInstant, d: SimDuration) -> SimInstant {
        SimInstant(milliseconds: a.milliseconds + d.milliseconds)
    }
    @inlinable public static func - (a: SimInstant, d: SimDuration) -> SimInstant {
        SimInstant(milliseconds: a.milliseconds - d.milliseconds)
    }
    @inlinable public static func - (a: SimInstant, b: SimInstant) -> SimDuration {
        SimDuration(milliseconds: a.milliseconds - b.milliseconds)
    }

    /// Whole days since the epoch (floor), i.e. the index of the simulated day.
    @inlinable public var dayIndex: Int {
        Int(milliseconds >= 0 ? milliseconds / SimDuration.millisecondsPerDay
            : (milliseconds - SimDuration.millisecondsPerDay + 1) / SimDuration.millisecondsPerDay)
    }

    public var description: String { "t+\(milliseconds)ms" }

    public init(from decoder: any Decoder) throws {
        milliseconds = try decoder.singleValueContainer().decode(Int64.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(milliseconds)
    }
}
