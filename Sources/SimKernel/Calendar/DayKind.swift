/// What one calendar day (Beijing time) is for the working-day calendar.
///
/// The names carried by `holiday` and `makeUpWorkday` are the festival's English name as the
/// yearly State Council notice groups it (for example `"National Day"`, `"Spring Festival"`).
public enum DayKind: Sendable, Hashable {
    /// Monday to Friday, touched by no notice and no override.
    case workday
    /// Saturday or Sunday, touched by no notice and no override.
    case weekend
    /// A day off (放假 or 调休放假) under a notice or an override, with the festival's name.
    case holiday(String)
    /// A Saturday or Sunday worked (调休上班) under a notice or an override, with the festival whose break it pays for.
    case makeUpWorkday(String)

    /// Whether government offices work on such a day: `workday` and `makeUpWorkday`.
    public var isWorkingDay: Bool {
        switch self {
        case .workday, .makeUpWorkday: return true
        case .weekend, .holiday: return false
        }
    }
}
