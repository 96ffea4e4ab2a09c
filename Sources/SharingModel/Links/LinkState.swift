import SimKernel

/// The sender's side of one link: its profile and, for random outages, where the up/down process stands.
///
/// The sender samples every message's fate from its own `RandomStream` when it sends (DESIGN.md "The
/// runtime"), so runs are reproducible and adding an actor does not shift another's draws. Each
/// direction of a link keeps its own outage process: a simplification (a real outage takes both
/// directions down at once) that keeps every draw with the actor that sends.
public struct LinkState: Hashable, Sendable {
    // Declaration order is memory order: what a healthy link's transmission reads comes first, in 33 bytes, so
    // that a message costs one cache line of its link more often than not (docs/decisions/0017, 0022). It read
    // bytes 16 to 49, behind the outage fields, and a span of that length and place crossed a line boundary for
    // three starts in four. The outage fields come next, the profile, which holds the same values, last.

    /// Whether `profile.outages` is `.none`, so that a healthy link's transmission reads no outage plan.
    let neverDown: Bool
    /// `profile.lossProbability`.
    let lossProbability: Double
    /// `profile.latency`, ready to draw from.
    let latency: DelayDistribution.Sampler
    // Random outages: the current or next outage is downFrom..<upAt (ms); drawn lazily.
    // Internal, not private, so that a test can check the layout.
    private(set) var downFrom: Int64 = -1
    private(set) var upAt: Int64 = -1
    /// The link's behaviour.
    public let profile: LinkProfile

    /// A link that has carried nothing yet.
    public init(profile: LinkProfile) {
        lossProbability = profile.lossProbability
        if case .none = profile.outages { neverDown = true } else { neverDown = false }
        latency = DelayDistribution.Sampler(profile.latency)
        self.profile = profile
    }

    /// Decides the fate of a message sent at `now`.
    public mutating func transmit(at now: SimInstant, random: inout RandomStream) -> Transmission {
        if !neverDown, isDown(at: now, random: &random) { return .lost(.outage) }
        if lossProbability > 0, random.bernoulli(lossProbability) { return .lost(.dropped) }
        return .delivered(after: latency.sample(&random))
    }

    /// Whether the link is down at `now` (advancing the random outage process to `now`).
    public mutating func isDown(at now: SimInstant, random: inout RandomStream) -> Bool {
        switch profile.outages {
        case .none:
            return false
        case .scripted(let windows):
            return windows.contains { $0.contains(now) }
        case .random(let mtbf, let mttr):
            guard mtbf.milliseconds > 0 else { return false }
            if upAt < 0 {
                downFrom = Int64(random.exponential(mean: Double(mtbf.milliseconds)))
                upAt = downFrom + Int64(random.exponential(mean: Double(max(1, mttr.milliseconds))))
            }
            while now.milliseconds >= upAt {
                downFrom = upAt + Int64(random.exponential(mean: Double(mtbf.milliseconds)))
                upAt = downFrom + Int64(random.exponential(mean: Double(max(1, mttr.milliseconds))))
            }
            return now.milliseconds >= downFrom
        }
    }
}
