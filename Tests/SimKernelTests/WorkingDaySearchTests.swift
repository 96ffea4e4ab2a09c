import Testing

@testable import SimKernel

/// `addingWorkingDays` finds the day by binary search inside the holiday tables' span; it must land exactly
/// where walking day by day lands, at the span's edges and beyond it too.
struct WorkingDaySearchTests {
    static func walk(_ calendar: WorkingDayCalendar, _ n: Int, from date: CivilDate) -> CivilDate {
        var dayNumber = date.dayNumber
        var remaining = n
        while remaining > 0 {
            dayNumber += 1
            if calendar.isWorkingDay(dayNumber: dayNumber) { remaining -= 1 }
        }
        return CivilDate(dayNumber: dayNumber)
    }

    @Test(arguments: [1, 2, 10, 15, 30, 250])
    func searchAgreesWithAWalkOverTheWholeSpan(n: Int) {
        let calendar = WorkingDayCalendar.china
        let first = calendar.spanStart - 10
        let last = calendar.spanStart + calendar.working.count + 10
        var mismatches = 0
        for dayNumber in first...last {
            let date = CivilDate(dayNumber: dayNumber)
            if calendar.addingWorkingDays(n, to: date) != Self.walk(calendar, n, from: date) { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }
}
