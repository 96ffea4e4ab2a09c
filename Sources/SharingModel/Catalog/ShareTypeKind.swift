/// The three share types without their data, for counting and metrics (R-SHR-2..4).
public enum ShareTypeKind: String, CaseIterable, Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    /// 无条件共享 (R-SHR-2).
    case unconditional
    /// 有条件共享 (R-SHR-3).
    case conditional
    /// 不予共享 (R-SHR-4).
    case notShared

    /// The rule that defines this share type.
    public var rule: RuleID {
        switch self {
        case .unconditional: .shr2
        case .conditional: .shr3
        case .notShared: .shr4
        }
    }

    /// The Chinese term.
    public var chinese: String {
        switch self {
        case .unconditional: "无条件共享"
        case .conditional: "有条件共享"
        case .notShared: "不予共享"
        }
    }

    /// Declaration order: unconditional, conditional, notShared (most to least open).
    public static func < (a: ShareTypeKind, b: ShareTypeKind) -> Bool {
        a.index < b.index
    }

    var index: Int {
        switch self {
        case .unconditional: 0
        case .conditional: 1
        case .notShared: 2
        }
    }

    /// The raw value.
    public var description: String { rawValue }
}
