extension WorkingDayCalendar {
    /// The `n`-th working day after `date` (`n >= 0`).
    ///
    /// With `n >= 1` the days after `date` are counted and `date` itself never is. With `n == 0` the
    /// answer is `date` when it is a working day, else the next working day (so that "0 working days"
    /// still lands on a working day). Hence `workingDays(between: x, and: addingWorkingDays(n, to: x)) == n`
    /// for every `n >= 1`, and for `n == 0` when `x` is a working day.
    public func addingWorkingDays(_ n: Int, to date: CivilDate) -> CivilDate {
        precondition(n >= 0, "addingWorkingDays needs n >= 0, got \(n)")
        var dayNumber = date.dayNumber
        if n == 0 {
            while !isWorkingDay(dayNumber: dayNumber) { dayNumber += 1 }
            return CivilDate(dayNumber: dayNumber)
        }
        // Inside the precomputed span: the first day whose running count reaches n more than today's,
        // by binary search instead of a walk (every sharing request asks for a 30-working-day deadline).
        let i = dayNumber - spanStart
        if i >= 0, i < working.count {
            let wanted = workingBefore[i + 1] + n
            if wanted <= workingBefore[working.count] {
                // The smallest k in i+2...count with workingBefore[k] >= wanted; day k-1 is the answer.
                var low = i + 2
                var high = working.count
                while low < high {
                    let mid = (low + high) / 2
                    if workingBefore[mid] >= wanted { high = mid } else { low = mid + 1 }
                }
                return CivilDate(dayNumber: spanStart + low - 1)
            }
        }
        // Terminates: outside the precomputed span every Monday to Friday is a working day.
        var remaining = n
        while remaining > 0 {
            dayNumber += 1
            if isWorkingDay(dayNumber: dayNumber) { remaining -= 1 }
        }
        return CivilDate(dayNumber: dayNumber)
    }

    /// The number of working days `d` with `a < d <= b`; the negative of `workingDays(between: b, and: a)`
    /// when `b < a`. Constant time.
    public func workingDays(between a: CivilDate, and b: CivilDate) -> Int {
        workingDays(before: b.dayNumber + 1) - workingDays(before: a.dayNumber + 1)
    }

    /// The deadline "within `n` working days" of something that happens at `instant`: the last millisecond
    /// of the `n`-th working day after the day on which `instant` falls (R-SHR-3: n = 10, R-CAT-4: n = 15).
    ///
    /// The day of `instant` itself is never counted, whatever the time of day; `n == 0` gives the end of
    /// that day when it is a working day, else the end of the next working day.
    public func deadline(workingDays n: Int, after instant: SimInstant, epoch: SimEpoch) -> SimInstant {
        epoch.endOfDay(addingWorkingDays(n, to: epoch.date(of: instant)))
    }

    /// The working time between two instants, in working days: every millisecond of `[from, to)` that falls
    /// on a working day counts (a working day counts whole, midnight to midnight; no office hours), and the
    /// sum is divided by the length of a day. Negative when `to` is before `from`.
    ///
    /// Used for response-time metrics: a request made on Friday at noon and answered on the Monday at noon
    /// after a plain weekend took 1.0 working day.
    public func workingDaysElapsed(from: SimInstant, to: SimInstant, epoch: SimEpoch) -> Double {
        if to < from { return -workingDaysElapsed(from: to, to: from, epoch: epoch) }
        let msPerDay = SimDuration.millisecondsPerDay
        let first = epoch.date(of: from)
        let last = epoch.date(of: to)
        if first == last {
            return isWorkingDay(first) ? Double((to - from).milliseconds) / Double(msPerDay) : 0
        }
        var milliseconds: Int64 = 0
        if isWorkingDay(first) {
            milliseconds += (epoch.startOfDay(first) + .days(1) - from).milliseconds
        }
        let wholeDays = workingDays(between: first, and: last.adding(days: -1))
        milliseconds += Int64(wholeDays) * msPerDay
        if isWorkingDay(last) {
            milliseconds += (to - epoch.startOfDay(last)).milliseconds
        }
        return Double(milliseconds) / Double(msPerDay)
    }

    // MARK: - Counting

    /// A running count of working days: `workingDays(before: n + 1) - workingDays(before: n)` is 1 when day
    /// `n` is a working day and 0 otherwise, for every integer `n`. Only differences are meaningful.
    func workingDays(before n: Int) -> Int {
        let spanEnd = spanStart + working.count
        if working.isEmpty || n <= spanStart { return Self.weekdays(before: n) }
        let base = Self.weekdays(before: spanStart)
        if n <= spanEnd { return base + workingBefore[n - spanStart] }
        return base + workingBefore[working.count] + Self.weekdays(before: n) - Self.weekdays(before: spanEnd)
    }

    /// Monday-to-Friday days among day numbers `0..<n`, extended to negative `n` so that differences hold.
    static func weekdays(before n: Int) -> Int {
        let weeks = n >= 0 ? n / 7 : -((-n + 6) / 7)
        let rest = n - weeks * 7  // 0...6
        // Days 0...6 are Thu, Fri, Sat, Sun, Mon, Tue, Wed: weekdays among the first `rest` of them.
        let inPartialWeek = [0, 1, 2, 2, 2, 3, 4, 5][rest]
        return weeks * 5 + inPartialWeek
    }
}
