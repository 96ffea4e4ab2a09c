/// What became of one owed item in one year (R-PLT-3, R-EVAL-1).
public enum ProvisionOutcome: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// Fed to the platform through an online channel (`api` or `frontEnd`).
    case providedOnline
    /// Fed to the platform by spreadsheet import.
    case providedOffline
    /// Not provided: the department would not (unwilling).
    case withheldUnwilling
    /// Not provided, citing security or liability: treated as not shared (afraid).
    case withheldSecurity
    /// Fed, but rejected by the platform's format check (does not know how).
    case formatRejected
    /// Not fed by the year's end: the integration was not done (unable).
    case notIntegrated

    /// Whether the item counts as provided.
    public var isProvided: Bool { self == .providedOnline || self == .providedOffline }

    /// The raw value.
    public var description: String { rawValue }
}

/// One owed item's outcome for one evaluation year: exactly one record per department, year and item.
public struct ProvisionRecord: Hashable, Sendable {
    /// The department that owes the item.
    public var department: DepartmentID
    /// The evaluation year (``EvaluationYear``).
    public var year: Int
    /// The item's number in the department's list of owed items.
    public var item: Int
    /// What became of it.
    public var outcome: ProvisionOutcome

    /// A record.
    public init(department: DepartmentID, year: Int, item: Int, outcome: ProvisionOutcome) {
        self.department = department
        self.year = year
        self.item = item
        self.outcome = outcome
    }
}
