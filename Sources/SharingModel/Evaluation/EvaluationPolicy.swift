/// The rules of the yearly evaluation and of accountability (R-EVAL-1..4), set by the scenario's
/// `policies.evaluation`. A world without one runs no evaluation and no provision to the evaluation catalog.
public struct EvaluationPolicy: Hashable, Sendable, Codable {
    /// Whether and how evaluation results shift a department's behaviour the next year.
    public enum Pressure: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
        /// Notices are sent and published, but nobody changes.
        case none
        /// Every notice shifts the profile by the same step (`rectificationStrength`, plus `fundingStrength`
        /// when the department's projects lose their funding).
        case fixed
        /// The step grows with the shortfall: `rectificationStrength` × (threshold − score) / threshold, plus
        /// `fundingStrength` × (requirement − provision rate) / requirement.
        case dynamic

        /// The raw value.
        public var description: String { rawValue }
    }

    /// Which indicator system's total decides the notices (R-EVAL-4); both are always computed and published.
    public enum IndicatorSystem: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
        /// Shenzhen 2015 (seed 004): 3 first-level and 7 second-level indicators.
        case shenzhen
        /// Seed 001's four families: resource sharing, standards, work coordination, satisfaction.
        case families

        /// The raw value.
        public var description: String { rawValue }
    }

    /// The total (0–100) that decides notices.
    public var indicatorSystem: IndicatorSystem
    /// R-EVAL-2: a department (or government) whose total is below this gets a rectification notice.
    public var threshold: Double
    /// Whether and how notices shift behaviour.
    public var pressure: Pressure
    /// The shift of a rectification notice (0: none, 1: all the way to the cooperative preset).
    public var rectificationStrength: Double
    /// R-EVAL-3: the provision rate a department's informatization projects must meet to keep approval and
    /// operations funding.
    public var fundingRequirement: Double
    /// R-EVAL-3: the extra shift when a department's projects lose their funding.
    public var fundingStrength: Double
    /// R-EVAL-1: the items each department owes to the evaluation catalog; `nil`: the information items
    /// of its resources that are not `notShared`.
    public var owedItemsPerDepartment: Int?
    /// R-EVAL-1: departments that owe a number of their own, e.g. the 20 departments of Shenzhen's 2015
    /// evaluation catalog (seed 004); they take precedence over `owedItemsPerDepartment`.
    public var owedItemsByDepartment: [DepartmentID: Int]

    /// A policy; probabilities and strengths are clamped to 0...1.
    public init(
        indicatorSystem: IndicatorSystem = .shenzhen, threshold: Double = 80, pressure: Pressure = .fixed,
        rectificationStrength: Double = 0.3, fundingRequirement: Double = 0.8, fundingStrength: Double = 0.2,
        owedItemsPerDepartment: Int? = nil, owedItemsByDepartment: [DepartmentID: Int] = [:]
    ) {
        func p(_ x: Double) -> Double { min(1, max(0, x)) }
        self.indicatorSystem = indicatorSystem
        self.threshold = max(0, threshold)
        self.pressure = pressure
        self.rectificationStrength = p(rectificationStrength)
        self.fundingRequirement = p(fundingRequirement)
        self.fundingStrength = p(fundingStrength)
        self.owedItemsPerDepartment = owedItemsPerDepartment.map { max(0, $0) }
        self.owedItemsByDepartment = owedItemsByDepartment.mapValues { max(0, $0) }
    }

    /// The defaults (docs/behaviour.md).
    public static let standard = EvaluationPolicy()

    /// R-EVAL-1: the items `department` owes: its own count, else the policy's, else its shareable
    /// information items.
    public func owedItems(of department: DepartmentSpec) -> Int {
        owedItemsByDepartment[department.id] ?? owedItemsPerDepartment
            ?? department.resources.filter { $0.shareTypeKind != .notShared }.reduce(0) { $0 + max(1, $1.items.count) }
    }
}
