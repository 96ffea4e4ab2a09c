import SimKernel

/// The rules in force for sharing requests, set by the scenario's `policies.sharing`.
public struct SharingPolicy: Hashable, Sendable, Codable {
    /// Through the platforms, or one to one (seed 001).
    public var mode: SharingMode
    /// R-SHR-3: the provider answers a conditional application within this many working days (10).
    public var reviewDeadlineWorkingDays: Int
    /// Whether the deadline is enforced: a provider that would answer late answers on the last day instead.
    public var enforceReviewDeadline: Bool
    /// A request with no answer after this many working days is closed as expired.
    public var requestTimeoutWorkingDays: Int
    /// After a refusal, a user applies again for the same resource and purpose no sooner than this.
    public var reapplyAfter: SimDuration
    /// A service counts as realized (it no longer asks for originals) when at least this share of its
    /// applications needed none (R-USE-2; Shenzhen's 73% indicator counts such services).
    public var realizationThreshold: Double

    /// A policy; the defaults are the Measures' rules.
    public init(
        mode: SharingMode = .centralized, reviewDeadlineWorkingDays: Int = 10, enforceReviewDeadline: Bool = false,
        requestTimeoutWorkingDays: Int = 30, reapplyAfter: SimDuration = .days(90), realizationThreshold: Double = 0.9
    ) {
        self.mode = mode
        self.reviewDeadlineWorkingDays = reviewDeadlineWorkingDays
        self.enforceReviewDeadline = enforceReviewDeadline
        self.requestTimeoutWorkingDays = requestTimeoutWorkingDays
        self.reapplyAfter = reapplyAfter
        self.realizationThreshold = realizationThreshold
    }

    /// The Measures as written (R-SHR-3: 10 working days), centralized.
    public static let measures = SharingPolicy()
}
