/// One year's days off and make-up working days, as the State Council General Office's yearly notice
/// (国务院办公厅关于XXXX年部分节假日安排的通知) sets them, with later amending notices applied.
///
/// The dates are the notice's own: a break written as "2月7日至13日放假调休" is one ``Holiday`` span,
/// and a day written as "1月1日放假，与周末连休" is a one-day span (the weekend around it stays a
/// weekend). A table may hold dates of the previous December when the notice does (the 2019 notice
/// starts New Year's Day on 2018-12-30).
public struct HolidayTable: Sendable, Hashable {
    /// A run of consecutive days off, `first` through `last` inclusive.
    public struct Holiday: Sendable, Hashable {
        /// The festival's English name, e.g. `"National Day"`.
        public var name: String
        public var first: CivilDate
        public var last: CivilDate

        public init(_ name: String, from first: CivilDate, through last: CivilDate) {
            self.name = name
            self.first = first
            self.last = last
        }

        /// Every date of the span, in order (empty when `last` is before `first`).
        public var dates: [CivilDate] {
            guard first <= last else { return [] }
            return (first.dayNumber...last.dayNumber).map { CivilDate(dayNumber: $0) }
        }
    }

    /// A Saturday or Sunday worked (调休上班).
    public struct MakeUpWorkday: Sendable, Hashable {
        /// The festival whose break this day pays for.
        public var name: String
        public var date: CivilDate

        public init(_ name: String, on date: CivilDate) {
            self.name = name
            self.date = date
        }
    }

    /// The year the notice arranges.
    public var year: Int
    /// The notice (and any amending notice): title, document number and date.
    public var source: String
    public var holidays: [Holiday]
    public var makeUpWorkdays: [MakeUpWorkday]

    public init(year: Int, source: String, holidays: [Holiday], makeUpWorkdays: [MakeUpWorkday]) {
        self.year = year
        self.source = source
        self.holidays = holidays
        self.makeUpWorkdays = makeUpWorkdays
    }

    /// What is wrong with the table, one sentence each; empty when it is consistent.
    ///
    /// Checks that spans are ordered, that every date lies between 1 December of the year before
    /// and 31 December of the year, that make-up days fall on a Saturday or Sunday (a notice never
    /// asks for work on a weekday, which is a working day anyway), and that no date is both off and worked.
    public func problems() -> [String] {
        var found: [String] = []
        guard let earliest = CivilDate(year: year - 1, month: 12, day: 1),
            let latest = CivilDate(year: year, month: 12, day: 31)
        else { return ["year \(year) is out of range"] }
        var offDays: Set<Int> = []
        for holiday in holidays {
            if holiday.last < holiday.first {
                found.append("\(year): \(holiday.name) ends \(holiday.last) before it starts \(holiday.first)")
            }
            for date in holiday.dates {
                if date < earliest || date > latest {
                    found.append("\(year): \(holiday.name) day \(date) is outside the table's year")
                }
                if !offDays.insert(date.dayNumber).inserted {
                    found.append("\(year): \(date) is listed twice as a day off")
                }
            }
        }
        var worked: Set<Int> = []
        for day in makeUpWorkdays {
            if day.date < earliest || day.date > latest {
                found.append("\(year): make-up day \(day.date) is outside the table's year")
            }
            if !day.date.isWeekend {
                found.append("\(year): make-up day \(day.date) (\(day.name)) is not a Saturday or Sunday")
            }
            if offDays.contains(day.date.dayNumber) {
                found.append("\(year): \(day.date) is both a day off and a make-up working day")
            }
            if !worked.insert(day.date.dayNumber).inserted {
                found.append("\(year): make-up day \(day.date) is listed twice")
            }
        }
        return found
    }
}
