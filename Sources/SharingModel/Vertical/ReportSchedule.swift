import SimKernel

/// R-RET-1: how often a collector reports what it collected up its line.
///
/// A report covers one period and is sent at 18:00 (the end of the office day) on the period's last
/// day: every day, every Friday, or the last day of each month. Periods are calendar periods, not
/// working days, because collection (a grid worker's rounds, a border post) does not stop at weekends.
public enum ReportSchedule: String, Hashable, Sendable, Codable, CaseIterable {
    case daily
    case weekly
    case monthly

    /// The hour of the day a report is sent.
    public static let reportHour: Int64 = 18

    /// The last day of the period that contains `date`.
    public func periodEnd(containing date: CivilDate) -> CivilDate {
        switch self {
        case .daily:
            return date
        case .weekly:
            // Weekday 1 is Monday; the period ends on Friday (5), weekends belong to the next week.
            let weekday = date.weekday
            return date.adding(days: weekday <= 5 ? 5 - weekday : 12 - weekday)
        case .monthly:
            let last = CivilDate.daysInMonth(year: date.year, month: date.month)
            return date.adding(days: last - date.day)
        }
    }

    /// The instant the first report at or after `instant` is sent.
    public func nextReport(atOrAfter instant: SimInstant, epoch: SimEpoch) -> SimInstant {
        var day = periodEnd(containing: epoch.date(of: instant))
        while true {
            let at = epoch.startOfDay(day) + .hours(Self.reportHour)
            if at >= instant { return at }
            day = periodEnd(containing: day.adding(days: 1))
        }
    }
}
