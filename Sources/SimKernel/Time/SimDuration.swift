/// A span of virtual time in millisecond ticks.
///
/// Simulated time never touches the wall clock: durations are plain integers so that
/// arithmetic is exact and runs are reproducible bit for bit.
public struct SimDuration: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The length in milliseconds.
    public var milliseconds: Int64

    /// A duration of `milliseconds` ticks.
    @inlinable public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    public static let zero = SimDuration(milliseconds: 0)
    public static let millisecondsPerDay: Int64 = 86_400_000

    @inlinable public static func milliseconds(_ n: Int64) -> SimDuration { SimDuration(milliseconds: n) }
    @inlinable public static func seconds(_ n: Int64) -> SimDuration { SimDuration(milliseconds: n * 1000) }
    @inlinable public static func minutes(_ n: Int64) -> SimDuration { SimDuration(milliseconds: n * 60_000) }
    @inlinable public static func hours(_ n: Int64) -> SimDuration { SimDuration(milliseconds: n * 3_600_000) }
    @inlinable public static func days(_ n: Int64) -> SimDuration { SimDuration(milliseconds: n * millisecondsPerDay) }

    /// A duration from a real number of days, rounded to the nearest millisecond (for sampled delays).
    @inlinable public static func fractionalDays(_ d: Double) -> SimDuration {
        SimDuration(milliseconds: Int64((d * Double(millisecondsPerDay)).rounded()))
    }

    /// A duration from a real number of hours, rounded to the nearest millisecond.
    @inlinable public static func fractionalHours(_ h: Double) -> SimDuration {
        SimDuration(milliseconds: Int64((h * 3_600_000).rounded()))
    }

    /// The length in (fractional) days.
    @inlinable public var days: Double { Double(milliseconds) / Double(Self.millisecondsPerDay) }

    @inlinable public static func < (a: SimDuration, b: SimDuration) -> Bool { a.milliseconds < b.milliseconds }
    @inlinable public static func + (a: SimDuration, b: SimDuration) -> SimDuration {
        SimDuration(milliseconds: a.milliseconds + b.milliseconds)
    }
    @inlinable public static func - (a: SimDuration, b: SimDuration) -> SimDuration {
        SimDuration(milliseconds: a.milliseconds - b.milliseconds)
    }
    @inlinable public static func * (a: SimDuration, k: Int64) -> SimDuration {
        SimDuration(milliseconds: a.milliseconds * k)
    }

    public var description: String { "\(milliseconds)ms" }

    public init(from decoder: any Decoder) throws {
        milliseconds = try decoder.singleValueContainer().decode(Int64.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(milliseconds)
    }
}
