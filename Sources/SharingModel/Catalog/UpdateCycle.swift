import SimKernel

/// How often a provider updates an information item (R-CAT-2; R-CAT-5: the provider keeps it timely).
public enum UpdateCycle: String, CaseIterable, Sendable, Codable, Hashable, CustomStringConvertible {
    case realTime
    case daily
    case weekly
    case monthly
    case quarterly
    case yearly
    /// Updated when something happens, with no fixed period.
    case irregular

    /// The nominal period in calendar days, used to judge freshness: 0 for real time,
    /// `nil` for irregular (no period to be late against).
    public var nominalPeriodInDays: Int? {
        switch self {
        case .realTime: 0
        case .daily: 1
        case .weekly: 7
        case .monthly: 30
        case .quarterly: 91
        case .yearly: 365
        case .irregular: nil
        }
    }

    /// The nominal period as a virtual-time duration; `nil` for irregular.
    public var nominalPeriod: SimDuration? {
        nominalPeriodInDays.map { .days(Int64($0)) }
    }

    /// The raw value.
    public var description: String { rawValue }
}
