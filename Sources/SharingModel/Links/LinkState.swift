import SimKernel

/// The sender's side of one link: its profile and, for random outages, where the up/down process stands.
///
/// The sender samples every message's fate from its own `RandomStream` when it sends (DESIGN.md "The
/// runtime"), so runs are reproducible and adding an actor does not shift another's draws. Each
/// direction of a link keeps its own outage process: a simplification (a real outage takes both
/// directions down at once) that keeps every draw with the actor that sends.
public struct LinkState: Hashable, Sendable {
    /// The link's behaviour.
    public let profile: LinkProfile
    /// `profile.latency`, ready to draw from.
    private let latency: DelayDistribution.Sampler
    // Random outages: the current or next outage is downFrom..<upAt (ms); drawn lazily.
    private var downFrom: Int64 = -1
    private var upAt: Int64 = -1

    /// A link that has carried nothing yet.
    public init(profile: LinkProfile) {
        self.profile = profile
        latency = DelayDistribution.Sampler(profile.latency)
    }

    /// Decides the fate of a message sent at `now`.
    public mutating func transmit(at now: SimInstant, random: inout RandomStream) -> Transmission {
        if isDown(at: now, random: &random) { return .lost(.outage) }
        if profile.lossProbability > 0, random.bernoulli(profile.lossProbability) { return .lost(.dropped) }
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
