import SimKernel

/// How a department provides the items it owes to the evaluation catalog (R-PLT-3, R-EVAL-1): seed 002's
/// four failures as provision parameters.
///
/// Every year each owed item is provided afresh (the department keeps feeding it to the platform, R-CAT-5),
/// so a department's provision rate does not drift by itself: only evaluation pressure moves it
/// (R-EVAL-2, R-EVAL-3).
public struct ProvisionBehaviour: Hashable, Sendable, Codable {
    /// The probability that the department means to provide an owed item this year (unwilling: low).
    public var provisionProbability: Double
    /// Of the items it holds back, the share held back citing security or liability, treated as not
    /// shared (the "afraid" department); the rest are simply not provided (the "unwilling" one).
    public var securityWithholdShare: Double
    /// The probability that an item it feeds fails the platform's format check (the department that
    /// does not know how; spreadsheets add their mode's extra error rate).
    public var formatMismatchRate: Double
    /// The time from the start of the year until the item is first fed to the platform: the integration
    /// work (the "unable" department's old systems take months). An item not fed by the year's end is
    /// not provided that year.
    public var integrationDelay: DelayDistribution

    /// A behaviour; probabilities are clamped to 0...1.
    public init(
        provisionProbability: Double, securityWithholdShare: Double, formatMismatchRate: Double,
        integrationDelay: DelayDistribution
    ) {
        func p(_ x: Double) -> Double { min(1, max(0, x)) }
        self.provisionProbability = p(provisionProbability)
        self.securityWithholdShare = p(securityWithholdShare)
        self.formatMismatchRate = p(formatMismatchRate)
        self.integrationDelay = integrationDelay
    }

    /// Provides nearly everything within weeks (about 93% of owed items in a year).
    public static let cooperative = ProvisionBehaviour(
        provisionProbability: 0.95, securityWithholdShare: 0.1, formatMismatchRate: 0.02,
        integrationDelay: .exponential(mean: .days(10)))
    /// Unwilling: holds back four items in ten (about 58% provided).
    public static let unwilling = ProvisionBehaviour(
        provisionProbability: 0.6, securityWithholdShare: 0.1, formatMismatchRate: 0.03,
        integrationDelay: .exponential(mean: .days(30)))
    /// Afraid: holds back three items in ten, nearly all citing security (about 69% provided).
    public static let afraid = ProvisionBehaviour(
        provisionProbability: 0.7, securityWithholdShare: 0.9, formatMismatchRate: 0.02,
        integrationDelay: .exponential(mean: .days(15)))
    /// Does not know how: willing, but a quarter of what it feeds fails the format check (about 67%).
    public static let dontKnowHow = ProvisionBehaviour(
        provisionProbability: 0.9, securityWithholdShare: 0.1, formatMismatchRate: 0.25,
        integrationDelay: .exponential(mean: .days(30)))
    /// Unable: integrations take months (median 4, one in seven not done within the year; about 70%).
    public static let unable = ProvisionBehaviour(
        provisionProbability: 0.9, securityWithholdShare: 0.1, formatMismatchRate: 0.08,
        integrationDelay: .lognormal(median: .days(120), p95: .days(720)))
    /// Provides everything at once (tests).
    public static let ideal = ProvisionBehaviour(
        provisionProbability: 1, securityWithholdShare: 0, formatMismatchRate: 0, integrationDelay: .zero)

    /// The preset of a kind of department.
    public static func preset(for kind: BehaviourProfile.Kind) -> ProvisionBehaviour {
        switch kind {
        case .cooperative: .cooperative
        case .unwilling: .unwilling
        case .afraid: .afraid
        case .dontKnowHow: .dontKnowHow
        case .unable: .unable
        }
    }
}
