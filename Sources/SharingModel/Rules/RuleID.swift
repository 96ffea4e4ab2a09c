/// The id of a rule in DOMAIN.md, the rulebook the simulator makes executable.
///
/// Code, scenario fields and docs that implement a rule cite its id (`// R-SHR-4: ...`), so a
/// policy analyst can trace a behaviour back to the regulation. `allCases` lists the rules in
/// rulebook order (family, then number); `title`, `text` and `chinese` (RuleID+Text.swift) feed
/// `sharesim rules`.
public enum RuleID: String, CaseIterable, Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    // Resources and the catalog.
    case cat1 = "R-CAT-1"
    case cat2 = "R-CAT-2"
    case cat3 = "R-CAT-3"
    case cat4 = "R-CAT-4"
    case cat5 = "R-CAT-5"
    // Share types.
    case shr1 = "R-SHR-1"
    case shr2 = "R-SHR-2"
    case shr3 = "R-SHR-3"
    case shr4 = "R-SHR-4"
    case shr5 = "R-SHR-5"
    // Platforms and provision.
    case plt1 = "R-PLT-1"
    case plt2 = "R-PLT-2"
    case plt3 = "R-PLT-3"
    case plt4 = "R-PLT-4"
    // Security.
    case sec1 = "R-SEC-1"
    case sec2 = "R-SEC-2"
    // Disputes and escalation.
    case esc1 = "R-ESC-1"
    case esc2 = "R-ESC-2"
    case esc3 = "R-ESC-3"
    // Use of shared data.
    case use1 = "R-USE-1"
    case use2 = "R-USE-2"
    case use3 = "R-USE-3"
    // Vertical flows.
    case ret1 = "R-RET-1"
    case ret2 = "R-RET-2"
    // Evaluation and accountability.
    case eval1 = "R-EVAL-1"
    case eval2 = "R-EVAL-2"
    case eval3 = "R-EVAL-3"
    case eval4 = "R-EVAL-4"
    case eval5 = "R-EVAL-5"

    /// The family a rule belongs to, in rulebook order.
    public enum Family: String, CaseIterable, Sendable, Codable, Hashable {
        case catalog = "CAT"
        case shareTypes = "SHR"
        case platforms = "PLT"
        case security = "SEC"
        case escalation = "ESC"
        case use = "USE"
        case returnFlows = "RET"
        case evaluation = "EVAL"

        /// The heading of the family's section in DOMAIN.md.
        public var heading: String {
            switch self {
            case .catalog: "Resources and the catalog"
            case .shareTypes: "Share types"
            case .platforms: "Platforms and provision"
            case .security: "Security"
            case .escalation: "Disputes and escalation"
            case .use: "Use of shared data"
            case .returnFlows: "Vertical flows"
            case .evaluation: "Evaluation and accountability"
            }
        }
    }

    /// The family, from the id's middle part (`R-SHR-4` → `.shareTypes`).
    public var family: Family {
        let parts = rawValue.split(separator: "-")
        // Every raw value is `R-<FAMILY>-<n>`; the force unwrap is checked by a test over allCases.
        return Family(rawValue: String(parts[1]))!
    }

    /// The number within the family (`R-SHR-4` → 4).
    public var number: Int {
        Int(rawValue.split(separator: "-")[2])!
    }

    /// Rulebook order: the order of `allCases`.
    public static func < (a: RuleID, b: RuleID) -> Bool {
        a.ordinal < b.ordinal
    }

    private var ordinal: Int { Self.allCases.firstIndex(of: self)! }

    /// The id as written in DOMAIN.md (`R-SHR-4`).
    public var description: String { rawValue }
}
