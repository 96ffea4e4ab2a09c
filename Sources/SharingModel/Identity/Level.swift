/// The level of a government, and so of its platform (R-PLT-1).
///
/// Ordered by rank: `municipal < provincial < national`, so `max` finds the highest level.
public enum Level: String, CaseIterable, Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    /// The State Council and central departments (国家级).
    case national
    /// A province, autonomous region or municipality directly under the central government (省级).
    case provincial
    /// A city at prefecture level or above (地市级); R-PLT-1: the lowest level that runs a platform.
    case municipal

    /// 0 for municipal, 1 for provincial, 2 for national.
    public var rank: Int {
        switch self {
        case .municipal: 0
        case .provincial: 1
        case .national: 2
        }
    }

    /// The level directly above, or `nil` for national.
    public var parent: Level? {
        switch self {
        case .municipal: .provincial
        case .provincial: .national
        case .national: nil
        }
    }

    /// The level directly below, or `nil` for municipal.
    public var child: Level? {
        switch self {
        case .national: .provincial
        case .provincial: .municipal
        case .municipal: nil
        }
    }

    /// The Chinese term, for glossaries and reports.
    public var chinese: String {
        switch self {
        case .national: "国家级"
        case .provincial: "省级"
        case .municipal: "地市级"
        }
    }

    public static func < (a: Level, b: Level) -> Bool { a.rank < b.rank }

    /// The raw value (`national`, `provincial`, `municipal`).
    public var description: String { rawValue }
}
