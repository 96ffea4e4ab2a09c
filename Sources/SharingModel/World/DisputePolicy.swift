import SimKernel

/// The rules for disputes (R-ESC-1..3), set by the scenario's `policies.disputes`.
public struct DisputePolicy: Hashable, Sendable, Codable {
    /// R-ESC-1: working days the user and the provider negotiate before the user escalates.
    public var negotiationWorkingDays: Int
    /// Working days of one negotiation round; the provider may give way at the end of each.
    public var negotiationRoundWorkingDays: Int
    /// R-ESC-2: working days a sharing authority has to rule before the dispute goes one level up.
    public var authorityWorkingDays: Int
    /// R-ESC-3: working days the coordination council has to rule.
    public var councilWorkingDays: Int
    /// The probability that an authority rules within its deadline.
    public var authorityOnTimeProbability: Double
    /// The probability that the council rules within its deadline (a late council still rules: it is
    /// the last body).
    public var councilOnTimeProbability: Double
    /// The probability that a body orders a refused conditional resource shared (with conditions).
    public var orderShareProbability: Double
    /// The probability that a body upholds a not-shared resource's legal basis.
    public var upholdNotSharedProbability: Double
    /// Whether a user opens a dispute by itself when a service need is refused or not shared.
    public var openOnRefusal: Bool
    /// R-ESC-3: how long after its deadline a late council rules (it is the last body, so it rules late
    /// rather than never).
    public var councilLateness: DelayDistribution

    /// A policy; the defaults are this simulator's reading of the Measures (docs/rules.md).
    public init(
        negotiationWorkingDays: Int = 10, negotiationRoundWorkingDays: Int = 2, authorityWorkingDays: Int = 20,
        councilWorkingDays: Int = 30, authorityOnTimeProbability: Double = 0.8, councilOnTimeProbability: Double = 0.9,
        orderShareProbability: Double = 0.7, upholdNotSharedProbability: Double = 0.8, openOnRefusal: Bool = false,
        councilLateness: DelayDistribution = .exponential(mean: .days(10))
    ) {
        func p(_ x: Double) -> Double { min(1, max(0, x)) }
        self.negotiationWorkingDays = max(1, negotiationWorkingDays)
        self.negotiationRoundWorkingDays = max(1, negotiationRoundWorkingDays)
        self.authorityWorkingDays = max(1, authorityWorkingDays)
        self.councilWorkingDays = max(1, councilWorkingDays)
        self.authorityOnTimeProbability = p(authorityOnTimeProbability)
        self.councilOnTimeProbability = p(councilOnTimeProbability)
        self.orderShareProbability = p(orderShareProbability)
        self.upholdNotSharedProbability = p(upholdNotSharedProbability)
        self.openOnRefusal = openOnRefusal
        self.councilLateness = councilLateness
    }

    /// The defaults.
    public static let standard = DisputePolicy()

    /// The working days stage `stage` has.
    public func workingDays(for stage: EscalationStage) -> Int {
        switch stage {
        case .negotiation: negotiationWorkingDays
        case .authority: authorityWorkingDays
        case .council: councilWorkingDays
        }
    }
}
