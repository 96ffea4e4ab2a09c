/// The working-day calendar of government offices in mainland China, Beijing time (UTC+8, no DST).
///
/// A day is a working day when it is Monday to Friday and no table or override makes it a day off,
/// or when it is a Saturday or Sunday that a table or override makes a make-up working day (调休上班).
/// Deadlines in the rules are counted in such days (R-SHR-3: 10, R-CAT-4: 15).
///
/// **Outside the covered years** (those with an official table, see ``coveredYears``) only weekends
/// are non-working: no statutory holiday is guessed for a year whose notice is not in the tables.
/// Overrides still apply there.
///
/// Every answer is precomputed into an array indexed by day number over the span of the tables and
/// overrides, so ``isWorkingDay(_:)`` is one array read and ``workingDays(between:and:)`` two.
public struct WorkingDayCalendar: Sendable {
    /// The tables in force, in the order given (a later table wins on a date two tables both name).
    public let tables: [HolidayTable]
    /// The scenario's overrides, in order (a later override of a date wins).
    public let overrides: [CalendarOverride]
    /// The years that have an official table, ascending.
    public let coveredYears: [Int]

    /// Day number of the first day of the precomputed span.
    @usableFromInline let spanStart: Int
    /// `working[i]` tells whether day `spanStart + i` is a working day.
    @usableFromInline let working: [Bool]
    /// `workingBefore[i]`: working days among span days `0..<i` (count `working.count + 1`).
    let workingBefore: [Int]
    /// The days that are not a plain weekday or weekend, by day number (looked up, never iterated).
    let special: [Int: DayKind]

    /// The calendar of every built-in table (2015–2026, ``HolidayTable/china``) and no override.
    public static let china = WorkingDayCalendar(tables: HolidayTable.china)

    /// A calendar from `tables`, then `overrides` applied in order.
    public init(tables: [HolidayTable], overrides: [CalendarOverride] = []) {
        self.tables = tables
        self.overrides = overrides
        coveredYears = Array(Set(tables.map(\.year))).sorted()

        var special: [Int: DayKind] = [:]
        var low = Int.max
        var high = Int.min
        func widen(_ dayNumber: Int) {
            low = min(low, dayNumber)
            high = max(high, dayNumber)
        }
        if let first = coveredYears.first, let last = coveredYears.last,
            let january = CivilDate(year: first, month: 1, day: 1),
            let december = CivilDate(year: last, month: 12, day: 31)
        {
            widen(january.dayNumber)
            widen(december.dayNumber)
        }
        for table in tables {
            for holiday in table.holidays {
                for date in holiday.dates {
                    special[date.dayNumber] = .holiday(holiday.name)
                    widen(date.dayNumber)
                }
            }
            for day in table.makeUpWorkdays {
                special[day.date.dayNumber] = .makeUpWorkday(day.name)
                widen(day.date.dayNumber)
            }
        }
        for override in overrides {
            let dayNumber = override.date.dayNumber
            let current = special[dayNumber] ?? Self.plainKind(of: override.date)
            special[dayNumber] = Self.apply(override, to: current, on: override.date)
            widen(dayNumber)
        }

        guard low <= high else {
            spanStart = 0
            working = []
            workingBefore = [0]
            self.special = special
            return
        }
        var working: [Bool] = []
        var workingBefore: [Int] = [0]
        working.reserveCapacity(high - low + 1)
        workingBefore.reserveCapacity(high - low + 2)
        for dayNumber in low...high {
            let isWorking = special[dayNumber]?.isWorkingDay ?? Self.isWeekday(dayNumber: dayNumber)
            working.append(isWorking)
            workingBefore.append(workingBefore[workingBefore.count - 1] + (isWorking ? 1 : 0))
        }
        spanStart = low
        self.working = working
        self.workingBefore = workingBefore
        self.special = special
    }

    /// The same tables with `more` overrides applied after the existing ones.
    public func applying(_ more: [CalendarOverride]) -> WorkingDayCalendar {
        WorkingDayCalendar(tables: tables, overrides: overrides + more)
    }

    /// Whether `year` has an official table; outside such years only weekends are days off.
    public func covers(year: Int) -> Bool { coveredYears.contains(year) }

    /// The table of `year`, if any (the last one given when several are).
    public func table(for year: Int) -> HolidayTable? { tables.last { $0.year == year } }

    /// What `date` is: a plain workday or weekend, or a holiday or make-up day with its festival's name.
    public func kind(of date: CivilDate) -> DayKind {
        special[date.dayNumber] ?? Self.plainKind(of: date)
    }

    /// Whether `date` is a working day. One array read inside the precomputed span.
    @inlinable public func isWorkingDay(_ date: CivilDate) -> Bool {
        isWorkingDay(dayNumber: date.dayNumber)
    }

    /// Whether the day with this day number (days since 1970-01-01) is a working day.
    @inlinable public func isWorkingDay(dayNumber: Int) -> Bool {
        let index = dayNumber - spanStart
        if index >= 0 && index < working.count { return working[index] }
        return Self.isWeekday(dayNumber: dayNumber)
    }

    // MARK: - Helpers

    /// Monday to Friday; day 0 (1970-01-01) was a Thursday.
    @usableFromInline static func isWeekday(dayNumber: Int) -> Bool {
        let offset = ((dayNumber % 7) + 7) % 7  // 0 Thu, 1 Fri, 2 Sat, 3 Sun, 4 Mon, 5 Tue, 6 Wed
        return offset != 2 && offset != 3
    }

    static func plainKind(of date: CivilDate) -> DayKind { date.isWeekend ? .weekend : .workday }

    /// An override changes only what it must: a day already of the requested sort keeps its kind and name.
    static func apply(_ override: CalendarOverride, to current: DayKind, on date: CivilDate) -> DayKind {
        let label = override.note ?? "Scenario override"
        switch override.kind {
        case .working:
            return current.isWorkingDay ? current : .makeUpWorkday(label)
        case .nonWorking:
            if !current.isWorkingDay { return current }
            return date.isWeekend ? .weekend : .holiday(label)
        }
    }
}
