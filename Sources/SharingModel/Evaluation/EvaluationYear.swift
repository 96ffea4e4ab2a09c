import SimKernel

/// The evaluation years of a run (R-EVAL-1): year *k* runs from day 365·k of the run to the evaluation at
/// 23:00 on day 365·(k+1) − 1, so that the reports, the scores and the notices of the last year fall inside
/// a run of whole years. Departments and the trace's readers use this one function to assign an
/// observation to a year, so the department's own tally and a recount from the trace always agree.
public enum EvaluationYear {
    /// The length of an evaluation year.
    public static let length = SimDuration.days(365)
    /// How long before the year's last midnight the books close.
    public static let closing = SimDuration.hours(1)
    /// The delay of an official report or notice (delivered reliably, not over the lossy front-end link).
    public static let documentDelay = SimDuration.seconds(1)

    /// The year an instant belongs to.
    public static func index(of instant: SimInstant) -> Int {
        let ms = instant.milliseconds + closing.milliseconds
        return ms >= 0 ? Int(ms / length.milliseconds) : -1
    }

    /// The instant year `year`'s books close and its evaluation starts.
    public static func end(of year: Int) -> SimInstant {
        SimInstant.zero + SimDuration(milliseconds: length.milliseconds * Int64(year + 1) - closing.milliseconds)
    }
}
