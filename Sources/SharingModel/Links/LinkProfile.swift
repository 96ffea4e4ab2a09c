import SimKernel

/// How one class of link behaves: latency, loss and outages (DESIGN.md "The world").
public struct LinkProfile: Hashable, Sendable, Codable {
    /// The one-way delay of a message that gets through.
    public var latency: DelayDistribution
    /// The probability that a message sent while the link is up is lost anyway.
    public var lossProbability: Double
    /// When the link is down; everything sent then is lost.
    public var outages: OutagePlan

    /// A profile.
    public init(latency: DelayDistribution, lossProbability: Double = 0, outages: OutagePlan = .none) {
        self.latency = latency
        self.lossProbability = min(1, max(0, lossProbability))
        self.outages = outages
    }

    /// A link that delivers everything after `latency`.
    public static func reliable(latency: SimDuration = .seconds(1)) -> LinkProfile {
        LinkProfile(latency: .fixed(latency))
    }

    /// This profile with another loss probability (sweeps and tests).
    public func withLoss(_ p: Double) -> LinkProfile {
        var copy = self
        copy.lossProbability = min(1, max(0, p))
        return copy
    }
}
