import Testing

@testable import SharingModel
@testable import SimKernel

/// Size is speed for the values every event copies (docs/decisions/0006): a large payload added inline to
/// one of these enums makes every directive, queued message and observation that size.
@Suite struct ObservationSizeTests {
    @Test func theValuesEveryEventCopiesStaySmall() {
        #expect(MemoryLayout<Message>.size <= 48, "box (indirect) large message payloads")
        #expect(MemoryLayout<Observation>.size <= 88, "box (indirect) large observation payloads")
        #expect(MemoryLayout<Directive>.size <= 88)
    }

    @Test func aBoxedCaseKeepsItsValue() {
        let closure = RequestClosure(
            id: RequestID(user: ActorAddress(3), serial: 7), user: "U", userZone: .outer, provider: "P",
            resource: "P.00", shareType: .conditional, outcome: .granted, madeAt: .zero, delivery: nil)
        let observation = Observation.requestClosed(closure)
        guard case .requestClosed(let back) = observation else {
            Issue.record("wrong case")
            return
        }
        #expect(back == closure)
        #expect(observation == .requestClosed(closure))
    }
}

/// ``DelayDistribution/Sampler`` draws bit for bit what ``DelayDistribution/sample(_:)`` draws.
@Suite struct DelaySamplerTests {
    @Test(arguments: [
        DelayDistribution.lognormal(median: .milliseconds(800), p95: .seconds(5)),
        .lognormal(median: .hours(2), p95: .hours(2)),
        .lognormal(median: .zero, p95: .seconds(1)),
        .exponential(mean: .seconds(30)),
        .uniform(min: .seconds(1), max: .seconds(9)),
        .fixed(.minutes(3)),
    ])
    func samplesLikeTheDistribution(distribution: DelayDistribution) {
        let sampler = DelayDistribution.Sampler(distribution)
        var a = RandomStream(seed: 11, streamID: 2)
        var b = RandomStream(seed: 11, streamID: 2)
        for _ in 0..<2_000 {
            let expected: SimDuration
            if case .lognormal(let median, let p95) = distribution, median.milliseconds > 0, p95 == median {
                // The plain draw asks for median < p95; a degenerate spread is the median itself.
                expected = median
                _ = a.lognormal(mu: 0, sigma: 0)
            } else {
                expected = distribution.sample(&a)
            }
            #expect(sampler.sample(&b) == expected)
        }
    }
}
