import SimKernel

/// How a department's systems reach its platform (DESIGN.md "The world").
public enum IntegrationMode: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Online: a catalog update is pushed at once.
    case api
    /// Batch sync by the front-end system every `everyHours` hours (on the hour grid from the epoch).
    case frontEnd(everyHours: Int)
    /// Offline import every `everyDays` days (at 09:00 on the day grid from the epoch): stale.
    case spreadsheet(everyDays: Int)

    /// The first sync slot at or after `now`.
    public func nextSync(atOrAfter now: SimInstant) -> SimInstant {
        switch self {
        case .api:
            return now
        case .frontEnd(let hours):
            return Self.nextSlot(now, period: SimDuration.hours(Int64(max(1, hours))).milliseconds, offset: 0)
        case .spreadsheet(let days):
            return Self.nextSlot(
                now, period: SimDuration.days(Int64(max(1, days))).milliseconds,
                offset: SimDuration.hours(9).milliseconds)
        }
    }

    /// R-SHR-2, R-PLT-3: how old the copy the platform serves is at `now`: the time since the provider's
    /// systems last fed it (zero for `api`, which is queried online; up to the batch period for
    /// `frontEnd`; since the last 09:00 import for `spreadsheet`, the import before the run counted as
    /// one period before the first).
    public func dataAge(at now: SimInstant) -> SimDuration {
        switch self {
        case .api:
            return .zero
        case .frontEnd(let hours):
            return Self.sinceLastSlot(now, period: SimDuration.hours(Int64(max(1, hours))).milliseconds, offset: 0)
        case .spreadsheet(let days):
            return Self.sinceLastSlot(
                now, period: SimDuration.days(Int64(max(1, days))).milliseconds,
                offset: SimDuration.hours(9).milliseconds)
        }
    }

    /// R-CAT-5: spreadsheets are typed and imported by hand, so their records are wrong more often; this
    /// is added to the provider's own error rate.
    public var extraErrorRate: Double {
        switch self {
        case .api, .frontEnd: 0
        case .spreadsheet: 0.02
        }
    }

    private static func sinceLastSlot(_ now: SimInstant, period: Int64, offset: Int64) -> SimDuration {
        let t = now.milliseconds - offset
        // Floor division, so instants before the first slot count from the slot one period earlier.
        let k = t >= 0 ? t / period : -((-t + period - 1) / period)
        return SimDuration(milliseconds: t - k * period)
    }

    private static func nextSlot(_ now: SimInstant, period: Int64, offset: Int64) -> SimInstant {
        let t = now.milliseconds - offset
        let k = t <= 0 ? 0 : (t + period - 1) / period
        return SimInstant(milliseconds: k * period + offset)
    }

    /// `api`, `frontEnd(6h)`, `spreadsheet(30d)`.
    public var description: String {
        switch self {
        case .api: "api"
        case .frontEnd(let h): "frontEnd(\(h)h)"
        case .spreadsheet(let d): "spreadsheet(\(d)d)"
        }
    }
}
