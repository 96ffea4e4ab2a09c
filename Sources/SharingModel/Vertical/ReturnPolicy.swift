/// R-RET-2: how the upper level returns a line's data to the local governments that collected it.
public enum ReturnPolicy: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Scheduled bulk return: every `everyDays` days the receiver sends each local government what
    /// its collectors reported since the last return.
    case push(everyDays: Int)
    /// Returned when a local government asks, after a review of `reviewWorkingDays` working days.
    case onRequest(reviewWorkingDays: Int)
    /// Nothing comes back; every request is refused (seed 002: "下级政府负有采集流转义务，却难拥有共享权利").
    case blocked

    /// The default of a line: vertically managed departments (customs, public security, statistics
    /// survey teams) return nothing, the worst behaviour seed 002 reports; other lines answer requests
    /// within the Measures' 10 working days (R-SHR-3).
    public static func defaultPolicy(verticallyManaged: Bool) -> ReturnPolicy {
        verticallyManaged ? .blocked : .onRequest(reviewWorkingDays: 10)
    }

    /// `push/7d`, `onRequest/10wd`, `blocked`.
    public var description: String {
        switch self {
        case .push(let days): "push/\(days)d"
        case .onRequest(let wd): "onRequest/\(wd)wd"
        case .blocked: "blocked"
        }
    }
}
