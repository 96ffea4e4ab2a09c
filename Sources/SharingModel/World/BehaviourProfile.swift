import SimKernel

/// How a department behaves (DESIGN.md "The world": the four failures of seed 002): in catalog
/// maintenance, how often it meets the R-CAT-4 deadline and how late it is otherwise; in sharing, how it
/// reviews, provides and uses data (``SharingBehaviour``).
public struct BehaviourProfile: Hashable, Sendable, Codable {
    /// The kind of department, for reports.
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
        /// Does what the rules say.
        case cooperative
        /// Unwilling: slow review, refusal propensity.
        case unwilling
        /// Afraid: refusals citing security.
        case afraid
        /// Does not know how: format mismatch, data errors.
        case dontKnowHow
        /// Unable: old systems, long integration.
        case unable

        /// The raw value.
        public var description: String { rawValue }
    }

    /// The kind.
    public var kind: Kind
    /// R-CAT-4: the probability that an update after a change of functions is made within 15 working days.
    public var onTimeProbability: Double
    /// R-CAT-4: how long after the deadline a late update comes.
    public var lateness: DelayDistribution

    /// How it reviews, provides and uses shared data.
    public var sharing: SharingBehaviour
    /// How it provides the items it owes to the evaluation catalog (R-PLT-3, R-EVAL-1).
    public var provision: ProvisionBehaviour

    /// A profile; `sharing` and `provision` default to the presets of `kind`.
    public init(
        kind: Kind, onTimeProbability: Double, lateness: DelayDistribution, sharing: SharingBehaviour? = nil,
        provision: ProvisionBehaviour? = nil
    ) {
        self.kind = kind
        self.onTimeProbability = min(1, max(0, onTimeProbability))
        self.lateness = lateness
        self.sharing = sharing ?? .preset(for: kind)
        self.provision = provision ?? .preset(for: kind)
    }

    /// Updates within the deadline 95% of the time, a few days late otherwise.
    public static let cooperative = BehaviourProfile(
        kind: .cooperative, onTimeProbability: 0.95, lateness: .exponential(mean: .days(5)))
    /// Updates on time half the time, weeks late otherwise.
    public static let unwilling = BehaviourProfile(
        kind: .unwilling, onTimeProbability: 0.5, lateness: .exponential(mean: .days(30)))
    /// Afraid of liability: keeps its catalog reasonably, refuses citing security.
    public static let afraid = BehaviourProfile(
        kind: .afraid, onTimeProbability: 0.8, lateness: .exponential(mean: .days(10)))
    /// Does not know how: late and error-prone.
    public static let dontKnowHow = BehaviourProfile(
        kind: .dontKnowHow, onTimeProbability: 0.5, lateness: .exponential(mean: .days(20)))
    /// Old systems: usually late, by months.
    public static let unable = BehaviourProfile(
        kind: .unable, onTimeProbability: 0.2, lateness: .lognormal(median: .days(40), p95: .days(150)))
    /// Always on time (tests).
    public static let punctual = BehaviourProfile(
        kind: .cooperative, onTimeProbability: 1, lateness: .zero, sharing: .ideal, provision: .ideal)
    /// Always late by exactly `delay` (tests).
    public static func alwaysLate(by delay: SimDuration) -> BehaviourProfile {
        BehaviourProfile(kind: .unwilling, onTimeProbability: 0, lateness: .fixed(delay))
    }
}
