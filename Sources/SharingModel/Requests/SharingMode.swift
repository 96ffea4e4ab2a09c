/// How departments obtain each other's data (DESIGN.md "The world"; seed 001's comparison).
public enum SharingMode: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// Through the platforms: the platform holds unconditional data and serves it (R-SHR-2), conditional
    /// data is applied for once per purpose and then served under the standing grant (R-SHR-3, R-PLT-3).
    case centralized
    /// Department to department: every need is a direct request, negotiated afresh (reviewed like a
    /// conditional application), and nothing stands afterwards.
    case oneToOne

    /// The raw value.
    public var description: String { rawValue }
}
