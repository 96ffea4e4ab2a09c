import Foundation
import Testing

@testable import SimKernel

private func day(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CivilDate {
    try #require(CivilDate(iso: iso), "not a date: \(iso)", sourceLocation: sourceLocation)
}

@Suite struct WorkingDayCalendarTests {
    let calendar = WorkingDayCalendar.china

    // MARK: - Facts from the notices

    /// 国办发明电〔2015〕18号: 10月1日至7日放假调休, 10月8日(星期六)、10月9日(星期日)上班.
    @Test func nationalDay2016IsOffAndTheFollowingWeekendIsWorked() throws {
        #expect(calendar.kind(of: try day("2016-10-03")) == .holiday("National Day"))
        #expect(!calendar.isWorkingDay(try day("2016-10-03")))
        let saturday = try day("2016-10-08")
        let sunday = try day("2016-10-09")
        #expect(saturday.weekday == 6 && sunday.weekday == 7)
        #expect(calendar.kind(of: saturday) == .makeUpWorkday("National Day"))
        #expect(calendar.kind(of: sunday) == .makeUpWorkday("National Day"))
        #expect(calendar.isWorkingDay(saturday) && calendar.isWorkingDay(sunday))
    }

    /// After Friday 30 September 2016: 1–7 October off, Sat 8 and Sun 9 worked (1, 2), Mon 10 to Fri 14 (3–7),
    /// weekend, Mon 17 (8), Tue 18 (9), Wed 19 (10).
    @Test func tenWorkingDaysAfterFriday30September2016IsWednesday19October() throws {
        let friday = try day("2016-09-30")
        #expect(friday.weekday == 5 && calendar.isWorkingDay(friday))
        let tenth = calendar.addingWorkingDays(10, to: friday)
        #expect(tenth == (try day("2016-10-19")))
        #expect(calendar.workingDays(between: friday, and: tenth) == 10)
    }

    @Test(arguments: [
        ("2015-02-18", 2015), ("2016-02-08", 2016), ("2017-01-28", 2017), ("2018-02-16", 2018),
        ("2019-02-05", 2019), ("2020-01-25", 2020), ("2021-02-12", 2021), ("2022-02-01", 2022),
        ("2023-01-22", 2023), ("2024-02-10", 2024), ("2025-01-29", 2025), ("2026-02-17", 2026),
    ])
    func springFestivalFirstDayIsAHoliday(iso: String, year: Int) throws {
        let date = try day(iso)
        #expect(date.year == year)
        #expect(calendar.kind(of: date) == .holiday("Spring Festival"))
        #expect(!calendar.isWorkingDay(date))
    }

    /// One day off and one make-up working day from each covered year's notice.
    @Test(arguments: [
        (2015, "2015-09-03", "Victory Day (70th anniversary)", "2015-02-28", "Spring Festival"),
        (2016, "2016-06-10", "Dragon Boat Festival", "2016-09-18", "Mid-Autumn Festival"),
        (2017, "2017-01-02", "New Year's Day", "2017-04-01", "Qingming Festival"),
        (2018, "2018-04-30", "Labour Day", "2018-04-28", "Labour Day"),
        (2019, "2018-12-31", "New Year's Day", "2018-12-29", "New Year's Day"),
        (2020, "2020-10-08", "National Day and Mid-Autumn Festival", "2020-06-28", "Dragon Boat Festival"),
        (2021, "2021-09-20", "Mid-Autumn Festival", "2021-09-18", "Mid-Autumn Festival"),
        (2022, "2022-05-04", "Labour Day", "2022-04-02", "Qingming Festival"),
        (2023, "2023-09-29", "Mid-Autumn Festival and National Day", "2023-06-25", "Dragon Boat Festival"),
        (2024, "2024-04-05", "Qingming Festival", "2024-02-18", "Spring Festival"),
        (2025, "2025-05-05", "Labour Day", "2025-10-11", "National Day and Mid-Autumn Festival"),
        (2026, "2026-01-02", "New Year's Day", "2026-09-20", "National Day"),
    ])
    func eachCoveredYearHasItsNoticeDays(
        year: Int, offISO: String, offName: String, workISO: String, workName: String
    ) throws {
        #expect(calendar.covers(year: year))
        let offDate = try day(offISO)
        #expect(calendar.kind(of: offDate) == .holiday(offName))
        #expect(!calendar.isWorkingDay(offDate))
        let worked = try day(workISO)
        #expect(worked.isWeekend)
        #expect(calendar.kind(of: worked) == .makeUpWorkday(workName))
        #expect(calendar.isWorkingDay(worked))
    }

    /// Days off and weekend days worked in each table, amendments applied. The numbers agree with an
    /// independent count of the same notices; a dropped or mistyped span changes them.
    @Test(arguments: [
        (2015, 26, 5), (2016, 24, 6), (2017, 24, 5), (2018, 23, 6), (2019, 24, 7), (2020, 30, 6),
        (2021, 31, 7), (2022, 31, 7), (2023, 27, 7), (2024, 28, 8), (2025, 28, 5), (2026, 33, 6),
    ])
    func eachTableHasTheNoticesNumberOfDays(year: Int, daysOff: Int, daysWorked: Int) throws {
        let table = try #require(calendar.table(for: year))
        #expect(table.holidays.reduce(0) { $0 + $1.dates.count } == daysOff)
        #expect(table.makeUpWorkdays.count == daysWorked)
    }

    /// 国办发明电〔2019〕3号: Labour Day 2019 became 1–4 May, with Sundays 28 April and 5 May worked.
    @Test func makeUpSundayIsAWorkingDay() throws {
        let sunday = try day("2019-05-05")
        #expect(sunday.weekday == 7)
        #expect(calendar.kind(of: sunday) == .makeUpWorkday("Labour Day"))
        #expect(calendar.isWorkingDay(sunday))
        #expect(calendar.kind(of: try day("2019-05-03")) == .holiday("Labour Day"))
    }

    /// 国办发明电〔2020〕1号 extended the Spring Festival to Sunday 2 February, so Saturday 1 February was not worked.
    @Test func springFestival2020ExtensionCancelsTheMakeUpSaturday() throws {
        #expect(calendar.kind(of: try day("2020-02-01")) == .holiday("Spring Festival"))
        #expect(calendar.kind(of: try day("2020-01-31")) == .holiday("Spring Festival"))
        #expect(calendar.kind(of: try day("2020-02-03")) == .workday)
        #expect(calendar.kind(of: try day("2020-01-19")) == .makeUpWorkday("Spring Festival"))
    }

    @Test func weekendInsideAOneDayHolidayStaysAWeekend() throws {
        // 2016: "1月1日放假，与周末连休" — Friday off, Saturday and Sunday are an ordinary weekend.
        #expect(calendar.kind(of: try day("2016-01-01")) == .holiday("New Year's Day"))
        #expect(calendar.kind(of: try day("2016-01-02")) == .weekend)
        #expect(calendar.kind(of: try day("2016-01-04")) == .workday)
    }

    // MARK: - Coverage

    @Test func coveredYearsAre2015Through2026() {
        #expect(calendar.coveredYears == Array(2015...2026))
        #expect(!calendar.covers(year: 2014))
        #expect(!calendar.covers(year: 2027))
        #expect(calendar.table(for: 2016)?.source.contains("国办发明电〔2015〕18号") == true)
    }

    @Test func outsideCoveredYearsOnlyWeekendsAreOff() throws {
        // National Day of an uncovered year is not guessed: Friday 1 October 2027 is an ordinary workday.
        #expect(calendar.kind(of: try day("2027-10-01")) == .workday)
        #expect(calendar.kind(of: try day("2027-10-02")) == .weekend)
        #expect(calendar.kind(of: try day("2014-10-01")) == .workday)
        #expect(calendar.workingDays(between: try day("2027-09-30"), and: try day("2027-10-07")) == 5)
    }

    @Test func everyBuiltInTableIsConsistentAndCitesItsNotice() {
        for table in HolidayTable.china {
            #expect(table.problems() == [], "table \(table.year)")
            #expect(table.source.contains("\(table.year)年部分节假日安排的通知"), "table \(table.year)")
            #expect(table.source.contains("国办发明电〔\(table.year - 1)〕"), "table \(table.year)")
            #expect(!table.holidays.isEmpty && !table.makeUpWorkdays.isEmpty, "table \(table.year)")
        }
    }

    @Test func problemsReportsAMakeUpDayOnAWeekdayAndAnOverlap() throws {
        let table = HolidayTable(
            year: 2016, source: "test",
            holidays: [.init("Test", from: try day("2016-05-02"), through: try day("2016-05-03"))],
            makeUpWorkdays: [.init("Test", on: try day("2016-05-03"))])
        let problems = table.problems()
        #expect(problems.count == 2)
        #expect(problems.contains { $0.contains("not a Saturday or Sunday") })
        #expect(problems.contains { $0.contains("both a day off and a make-up") })
    }

    @Test func calendarWithoutTablesKnowsOnlyWeekends() throws {
        let plain = WorkingDayCalendar(tables: [])
        #expect(plain.coveredYears.isEmpty)
        #expect(plain.isWorkingDay(try day("2016-10-03")))
        #expect(!plain.isWorkingDay(try day("2016-10-08")))
        #expect(plain.workingDays(between: try day("2016-09-30"), and: try day("2016-10-31")) == 21)
    }

    // MARK: - Overrides

    @Test func overridesAddAndRemoveWorkingDays() throws {
        let friday = try day("2016-09-30")
        let nationalDay = try day("2016-10-03")
        let sunday = try day("2016-09-25")
        let changed = calendar.applying([
            CalendarOverride(date: friday, kind: .nonWorking, note: "Typhoon"),
            CalendarOverride(date: nationalDay, kind: .working),
            CalendarOverride(date: sunday, kind: .working, note: "Audit weekend"),
        ])
        #expect(changed.kind(of: friday) == .holiday("Typhoon"))
        #expect(!changed.isWorkingDay(friday))
        #expect(changed.kind(of: nationalDay) == .makeUpWorkday("Scenario override"))
        #expect(changed.isWorkingDay(nationalDay))
        #expect(changed.kind(of: sunday) == .makeUpWorkday("Audit weekend"))
        // The original is a value and is untouched.
        #expect(calendar.isWorkingDay(friday) && !calendar.isWorkingDay(nationalDay))
        // Counting follows: Sep 26–29 (4) + Oct 3 (1) instead of Sep 26–30 (5).
        #expect(changed.workingDays(between: sunday, and: try day("2016-10-07")) == 5)
        #expect(changed.addingWorkingDays(10, to: friday) == (try day("2016-10-18")))
    }

    @Test func lastOverrideOfADateWinsAndOverridesWorkOutsideCoveredYears() throws {
        let saturday = try day("2030-01-05")
        #expect(saturday.weekday == 6)
        let changed = calendar.applying([CalendarOverride(date: saturday, kind: .working, note: "Drill")])
        #expect(changed.isWorkingDay(saturday))
        #expect(changed.workingDays(between: try day("2030-01-04"), and: try day("2030-01-07")) == 2)
        let undone = changed.applying([CalendarOverride(date: saturday, kind: .nonWorking)])
        #expect(undone.kind(of: saturday) == .weekend)
        #expect(undone.overrides.count == 2)
    }

    @Test func overrideDecodesFromScenarioJSON() throws {
        let json = #"[{"date":"2016-10-10","kind":"nonWorking","note":"Flood"},{"date":"2016-10-15","kind":"working"}]"#
        let decoded = try JSONDecoder().decode([CalendarOverride].self, from: Data(json.utf8))
        let expected = [
            CalendarOverride(date: try day("2016-10-10"), kind: .nonWorking, note: "Flood"),
            CalendarOverride(date: try day("2016-10-15"), kind: .working),
        ]
        #expect(decoded == expected)
        let again = try JSONDecoder().decode([CalendarOverride].self, from: try JSONEncoder().encode(decoded))
        #expect(again == decoded)
    }

    // MARK: - Arithmetic

    @Test func zeroWorkingDaysIsTheDayItselfOrTheNextWorkingDay() throws {
        #expect(calendar.addingWorkingDays(0, to: try day("2016-09-30")) == (try day("2016-09-30")))
        #expect(calendar.addingWorkingDays(0, to: try day("2016-10-01")) == (try day("2016-10-08")))
        #expect(calendar.addingWorkingDays(1, to: try day("2016-10-01")) == (try day("2016-10-08")))
    }

    /// For every start in Dec 2014 – Jan 2027 (both edges of the covered span) and several n, the n-th
    /// working day is a working day, counts back to n, and is the first day to do so.
    @Test func addingWorkingDaysAndWorkingDaysRoundTrip() throws {
        let first = try day("2014-12-01").dayNumber
        let last = try day("2027-01-31").dayNumber
        var checked = 0
        for dayNumber in stride(from: first, through: last, by: 2) {
            let start = CivilDate(dayNumber: dayNumber)
            for n in [0, 1, 2, 5, 10, 15, 23] {
                let end = calendar.addingWorkingDays(n, to: start)
                #expect(calendar.isWorkingDay(end))
                if n == 0 && !calendar.isWorkingDay(start) {
                    #expect(calendar.workingDays(between: start, and: end) == 1)
                    continue
                }
                #expect(calendar.workingDays(between: start, and: end) == n, "\(start) + \(n)")
                if n > 0 {
                    #expect(calendar.workingDays(between: start, and: end.adding(days: -1)) == n - 1)
                }
                checked += 1
            }
        }
        #expect(checked > 10_000)
    }

    @Test func workingDaysMatchesADayByDayCountAcrossTheSpanEdges() throws {
        let from = try day("2013-06-01")
        let to = try day("2028-06-30")
        var count = 0
        var dayNumber = from.dayNumber
        while dayNumber < to.dayNumber {
            dayNumber += 1
            if calendar.isWorkingDay(dayNumber: dayNumber) { count += 1 }
            if dayNumber % 97 == 0 {
                #expect(calendar.workingDays(between: from, and: CivilDate(dayNumber: dayNumber)) == count)
            }
        }
        #expect(calendar.workingDays(between: from, and: to) == count)
        #expect(calendar.workingDays(between: to, and: from) == -count)
        #expect(calendar.workingDays(between: from, and: from) == 0)
    }

    // MARK: - Deadlines and elapsed time

    /// R-SHR-3: a conditional request received at 15:00 on Friday 30 September 2016 is answered by the end of
    /// Wednesday 19 October 2016.
    @Test func conditionalRequestDeadlineSkipsNationalDay() throws {
        let epoch = SimEpoch(startDate: try day("2016-09-01"))
        let received = epoch.startOfDay(try day("2016-09-30")) + .hours(15)
        let deadline = calendar.deadline(workingDays: 10, after: received, epoch: epoch)
        #expect(epoch.date(of: deadline) == (try day("2016-10-19")))
        #expect(deadline == epoch.startOfDay(try day("2016-10-20")) - .milliseconds(1))
    }

    /// R-CAT-4: 15 working days after Monday 30 September 2024: 1–7 October off, Saturday 12 October worked,
    /// so the catalog update is due by the end of Friday 25 October 2024.
    @Test func catalogUpdateDeadlineCountsTheMakeUpSaturday() throws {
        let epoch = SimEpoch(startDate: try day("2024-01-01"))
        let changed = epoch.startOfDay(try day("2024-09-30")) + .hours(9)
        let deadline = calendar.deadline(workingDays: 15, after: changed, epoch: epoch)
        #expect(epoch.date(of: deadline) == (try day("2024-10-25")))
        #expect(deadline == epoch.endOfDay(try day("2024-10-25")))
    }

    @Test func workingDaysElapsedCountsOnlyWorkingTime() throws {
        let epoch = SimEpoch(startDate: try day("2016-09-01"))
        let fridayNoon = epoch.startOfDay(try day("2016-09-30")) + .hours(12)
        // Friday afternoon (0.5), 1–7 October off, Saturday 8 October morning, a make-up day (0.5).
        let saturdayNoon = epoch.startOfDay(try day("2016-10-08")) + .hours(12)
        #expect(calendar.workingDaysElapsed(from: fridayNoon, to: saturdayNoon, epoch: epoch) == 1.0)
        #expect(calendar.workingDaysElapsed(from: saturdayNoon, to: fridayNoon, epoch: epoch) == -1.0)
        // Inside one holiday nothing elapses; inside one working day, the fraction of the day.
        let holidayMorning = epoch.startOfDay(try day("2016-10-03")) + .hours(8)
        #expect(calendar.workingDaysElapsed(from: holidayMorning, to: holidayMorning + .hours(6), epoch: epoch) == 0)
        #expect(calendar.workingDaysElapsed(from: fridayNoon, to: fridayNoon + .hours(6), epoch: epoch) == 0.25)
        // A whole plain week: Monday 0:00 to the next Monday 0:00 is five working days.
        let monday = epoch.startOfDay(try day("2016-09-05"))
        #expect(calendar.workingDaysElapsed(from: monday, to: monday + .days(7), epoch: epoch) == 5.0)
    }
}
