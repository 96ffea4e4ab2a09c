/// A scenario's change to the working-day calendar: one date made working or non-working.
///
/// Encoded as `{"date": "2016-10-10", "kind": "nonWorking", "note": "local flood holiday"}`;
/// `note` is optional. Overrides apply after the built-in tables, in order, so the last override
/// of a date wins. They apply in any year, covered or not.
public struct CalendarOverride: Sendable, Hashable, Codable {
    /// Whether the date becomes a working day or a day off.
    public enum Kind: String, Sendable, Hashable, Codable {
        case working
        case nonWorking
    }

    /// The Beijing calendar date changed.
    public var date: CivilDate
    /// What the date becomes.
    public var kind: Kind
    /// Why; used as the festival name of the resulting ``DayKind`` when present.
    public var note: String?

    public init(date: CivilDate, kind: Kind, note: String? = nil) {
        self.date = date
        self.kind = kind
        self.note = note
    }
}
