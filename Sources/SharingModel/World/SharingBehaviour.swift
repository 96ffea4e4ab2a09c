import SimKernel

/// How a department behaves in sharing (seed 002's four failures), as provider and as user.
///
/// As a provider it reviews conditional applications (R-SHR-3: how likely it grants, how often within
/// the deadline, how late otherwise, how often it never answers, whether a refusal cites security), its
/// data quality makes some records wrong (R-CAT-5) and it corrects reported errors after a delay
/// (R-USE-3). As a user it detects some wrong records (R-USE-3) and now and then tries to use data
/// outside its licence (R-USE-1), which the platform blocks.
public struct SharingBehaviour: Hashable, Sendable, Codable {
    /// R-SHR-3: the probability that a reviewed application is granted.
    public var approvalProbability: Double
    /// R-SHR-3: the probability that the answer comes within the review deadline.
    public var reviewOnTimeProbability: Double
    /// How long after the deadline a late answer comes.
    public var reviewLateness: DelayDistribution
    /// The probability that an application is never answered (the user closes it as expired).
    public var silenceProbability: Double
    /// Of the refusals, the share that cite security or liability instead of the share conditions.
    public var securityRefusalShare: Double
    /// R-CAT-5: the probability that a record the department provides is wrong.
    public var dataErrorRate: Double
    /// R-USE-3: the time from an error report reaching the provider to its correction.
    public var correctionDelay: DelayDistribution
    /// R-USE-3: the probability that this department, as a user, notices a wrong record it received.
    public var errorDetectionProbability: Double
    /// R-USE-1: the probability that this department, as a user, tries to use data it received outside
    /// its licence (for another purpose, or by passing it on).
    public var misuseProbability: Double

    /// A behaviour; probabilities are clamped to 0...1.
    public init(
        approvalProbability: Double, reviewOnTimeProbability: Double, reviewLateness: DelayDistribution,
        silenceProbability: Double, securityRefusalShare: Double, dataErrorRate: Double,
        correctionDelay: DelayDistribution, errorDetectionProbability: Double, misuseProbability: Double
    ) {
        func p(_ x: Double) -> Double { min(1, max(0, x)) }
        self.approvalProbability = p(approvalProbability)
        self.reviewOnTimeProbability = p(reviewOnTimeProbability)
        self.reviewLateness = reviewLateness
        self.silenceProbability = p(silenceProbability)
        self.securityRefusalShare = p(securityRefusalShare)
        self.dataErrorRate = p(dataErrorRate)
        self.correctionDelay = correctionDelay
        self.errorDetectionProbability = p(errorDetectionProbability)
        self.misuseProbability = p(misuseProbability)
    }

    /// Grants most applications, within the deadline; good data, quick corrections.
    public static let cooperative = SharingBehaviour(
        approvalProbability: 0.9, reviewOnTimeProbability: 0.9, reviewLateness: .exponential(mean: .days(4)),
        silenceProbability: 0.01, securityRefusalShare: 0.1, dataErrorRate: 0.01,
        correctionDelay: .lognormal(median: .days(3), p95: .days(15)), errorDetectionProbability: 0.6,
        misuseProbability: 0.005)
    /// Unwilling: refuses more than half, reviews slowly, sometimes never answers.
    public static let unwilling = SharingBehaviour(
        approvalProbability: 0.4, reviewOnTimeProbability: 0.4, reviewLateness: .exponential(mean: .days(20)),
        silenceProbability: 0.1, securityRefusalShare: 0.2, dataErrorRate: 0.02,
        correctionDelay: .exponential(mean: .days(30)), errorDetectionProbability: 0.3, misuseProbability: 0.02)
    /// Afraid: refuses citing security and liability.
    public static let afraid = SharingBehaviour(
        approvalProbability: 0.3, reviewOnTimeProbability: 0.7, reviewLateness: .exponential(mean: .days(10)),
        silenceProbability: 0.05, securityRefusalShare: 0.9, dataErrorRate: 0.01,
        correctionDelay: .exponential(mean: .days(10)), errorDetectionProbability: 0.5, misuseProbability: 0.005)
    /// Does not know how: willing, but its data is often wrong and corrections are slow.
    public static let dontKnowHow = SharingBehaviour(
        approvalProbability: 0.75, reviewOnTimeProbability: 0.5, reviewLateness: .exponential(mean: .days(15)),
        silenceProbability: 0.05, securityRefusalShare: 0.1, dataErrorRate: 0.1,
        correctionDelay: .lognormal(median: .days(20), p95: .days(90)), errorDetectionProbability: 0.3,
        misuseProbability: 0.05)
    /// Unable: old systems, slow in everything.
    public static let unable = SharingBehaviour(
        approvalProbability: 0.6, reviewOnTimeProbability: 0.3, reviewLateness: .exponential(mean: .days(30)),
        silenceProbability: 0.1, securityRefusalShare: 0.1, dataErrorRate: 0.05,
        correctionDelay: .exponential(mean: .days(40)), errorDetectionProbability: 0.2, misuseProbability: 0.02)
    /// Grants everything on time, never errs, never misuses, detects every error (tests).
    public static let ideal = SharingBehaviour(
        approvalProbability: 1, reviewOnTimeProbability: 1, reviewLateness: .zero, silenceProbability: 0,
        securityRefusalShare: 0, dataErrorRate: 0, correctionDelay: .fixed(.days(1)), errorDetectionProbability: 1,
        misuseProbability: 0)

    /// The preset of a kind of department.
    public static func preset(for kind: BehaviourProfile.Kind) -> SharingBehaviour {
        switch kind {
        case .cooperative: .cooperative
        case .unwilling: .unwilling
        case .afraid: .afraid
        case .dontKnowHow: .dontKnowHow
        case .unable: .unable
        }
    }
}
