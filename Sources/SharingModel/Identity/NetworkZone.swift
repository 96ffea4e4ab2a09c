/// The network a platform, a department system or a resource lives in (R-SEC-1).
///
/// The inner network (政务内网) carries classified data under classified-system protection; the
/// outer network (政务外网) follows network-security rules. They are separate platform zones.
public enum NetworkZone: String, CaseIterable, Sendable, Codable, Hashable, CustomStringConvertible {
    /// The classified inner network (内网).
    case inner
    /// The outer network (外网); the default for resources.
    case outer

    /// Whether data held in this zone may be delivered to `destination`.
    ///
    /// R-SEC-1 forbids inner → outer; DESIGN.md goes further ("nothing crosses zones") because the
    /// two platform systems are physically separate, so outer → inner is refused as well.
    public func canDeliver(to destination: NetworkZone) -> Bool { self == destination }

    /// The Chinese term.
    public var chinese: String {
        switch self {
        case .inner: "内网"
        case .outer: "外网"
        }
    }

    /// The raw value (`inner`, `outer`).
    public var description: String { rawValue }
}
