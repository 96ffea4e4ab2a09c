/// Why a message never arrived.
public enum LossReason: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The link was up but dropped it (its loss probability).
    case dropped
    /// The link was down (an outage).
    case outage

    /// The raw value.
    public var description: String { rawValue }
}
