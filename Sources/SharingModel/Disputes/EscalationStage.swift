/// One stage of a dispute's path (DOMAIN.md "Disputes and escalation").
public enum EscalationStage: Hashable, Sendable, CustomStringConvertible {
    /// R-ESC-1: the user and the provider negotiate first.
    case negotiation
    /// R-ESC-2: the sharing authority (共享主管部门) of a government coordinates.
    case authority(GovernmentID, Level)
    /// R-ESC-3: the national coordination council (联席会议) coordinates.
    case council

    /// The rule the stage applies.
    public var rule: RuleID {
        switch self {
        case .negotiation: .esc1
        case .authority: .esc2
        case .council: .esc3
        }
    }

    public var description: String {
        switch self {
        case .negotiation: "negotiation"
        case .authority(let government, let level): "authority of \(government) (\(level))"
        case .council: "coordination council"
        }
    }
}
