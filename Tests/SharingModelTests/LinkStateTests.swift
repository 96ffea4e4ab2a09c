import SimKernel
import Testing

@testable import SharingModel

/// ``LinkState`` keeps what a transmission reads in its first bytes, copied from its profile
/// (docs/decisions/0017). The copies must decide every message as the profile does.
@Suite struct LinkStateTests {
    /// The fate of each of `count` messages sent every `gap` by `link`, drawn as the profile says: an
    /// outage first (the public outage process), then loss, then the latency.
    static func reference(_ profile: LinkProfile, count: Int, gap: SimDuration, seed: UInt64) -> [Transmission] {
        var outages = LinkState(profile: profile)
        let latency = DelayDistribution.Sampler(profile.latency)
        var random = RandomStream(seed: seed, streamID: 9)
        return (0..<count).map { i in
            let now = SimInstant(milliseconds: Int64(i) * gap.milliseconds)
            if outages.isDown(at: now, random: &random) { return .lost(.outage) }
            if profile.lossProbability > 0, random.bernoulli(profile.lossProbability) { return .lost(.dropped) }
            return .delivered(after: latency.sample(&random))
        }
    }

    static func transmissions(_ profile: LinkProfile, count: Int, gap: SimDuration, seed: UInt64) -> [Transmission] {
        var link = LinkState(profile: profile)
        var random = RandomStream(seed: seed, streamID: 9)
        return (0..<count).map { i in
            link.transmit(at: SimInstant(milliseconds: Int64(i) * gap.milliseconds), random: &random)
        }
    }

    @Test(arguments: [
        LinkProfile(latency: .lognormal(median: .milliseconds(40), p95: .milliseconds(300))),
        LinkProfile(latency: .fixed(.seconds(1)), lossProbability: 0.1),
        LinkProfile(
            latency: .lognormal(median: .milliseconds(40), p95: .milliseconds(300)), lossProbability: 0.02,
            outages: .random(mtbf: .hours(5), mttr: .minutes(30))),
        LinkProfile(
            latency: .fixed(.milliseconds(5)),
            outages: .scripted([
                OutageWindow(start: SimInstant(milliseconds: 1_000_000), end: SimInstant(milliseconds: 4_600_000))
            ])),
    ])
    func everyMessageMeetsTheFateItsProfileGives(profile: LinkProfile) {
        let gap = SimDuration.minutes(1)
        let got = Self.transmissions(profile, count: 3_000, gap: gap, seed: 4)
        #expect(got == Self.reference(profile, count: 3_000, gap: gap, seed: 4))
        // Each kind of fate the profile allows happened.
        let outages = got.filter { $0 == .lost(.outage) }.count
        let dropped = got.filter { $0 == .lost(.dropped) }.count
        if case .none = profile.outages { #expect(outages == 0) } else { #expect(outages > 0) }
        #expect((dropped > 0) == (profile.lossProbability > 0))
    }

    @Test func whatAHealthyTransmissionReadsLiesInTheFirst33Bytes() throws {
        // A healthy link (no outages) reads the flag, the loss probability and the sampler's hot fields: at the
        // front, in 33 bytes (docs/decisions/0022). Behind the outage fields they spanned bytes 16 to 49.
        typealias Sampler = DelayDistribution.Sampler
        let neverDown = try #require(MemoryLayout<LinkState>.offset(of: \LinkState.neverDown))
        let loss = try #require(MemoryLayout<LinkState>.offset(of: \LinkState.lossProbability))
        let latency = try #require(MemoryLayout<LinkState>.offset(of: \LinkState.latency))
        let isLognormal = try #require(MemoryLayout<Sampler>.offset(of: \Sampler.isLognormal))
        let sigma = try #require(MemoryLayout<Sampler>.offset(of: \Sampler.sigma))
        let mu = try #require(MemoryLayout<Sampler>.offset(of: \Sampler.mu))
        let healthyEnd = max(neverDown + 1, loss + 8, latency + max(isLognormal + 1, sigma + 8, mu + 8))
        #expect(healthyEnd <= 33, "a healthy transmission reads up to byte \(healthyEnd)")
        // A link with outages reads the outage window too: still the first 80 bytes, before the profile.
        for (name, path) in [("downFrom", \LinkState.downFrom), ("upAt", \LinkState.upAt)] {
            let offset = try #require(MemoryLayout<LinkState>.offset(of: path), "\(name) is stored")
            #expect(offset >= healthyEnd && offset + 8 <= 80, "\(name) at \(offset)")
        }
        let profile = try #require(MemoryLayout<LinkState>.offset(of: \LinkState.profile))
        #expect(profile >= 80, "the profile, cold, at \(profile)")
    }
}
