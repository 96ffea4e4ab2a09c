import SimKernel

/// What a body decides when it takes a dispute up, and when it says so (R-ESC-1..3). The provider
/// (negotiation) and the bodies (authorities, council) share these rules; only who applies them and
/// their probabilities differ.
public enum DisputeStageRules {
    /// The answer a body will give.
    public struct Decision: Hashable, Sendable {
        /// The ruling, or `nil` when the stage ends without one.
        public var outcome: DisputeOutcome?
        /// Why it ends without one.
        public var reason: EscalationReason?
        /// When the answer is given.
        public var at: SimInstant
        /// The end of the stage's last working day.
        public var deadline: SimInstant
        /// Whether the answer comes after the deadline (only the last body may answer late).
        public var late: Bool { at > deadline }
    }

    /// The decision of the body at `stage` of `dispute`'s path, which received it at `now`.
    ///
    /// - `yieldProbability`: in negotiation, the chance the provider gives way at the end of each round
    ///   (its profile's approval probability).
    public static func decide(
        _ dispute: Dispute, stage: Int, policy: DisputePolicy, yieldProbability: Double, receivedAt now: SimInstant,
        calendar: WorkingDayCalendar, epoch: SimEpoch, random: inout RandomStream
    ) -> Decision {
        let kind = dispute.path[stage].stage
        let days = policy.workingDays(for: kind)
        let deadline = calendar.deadline(workingDays: days, after: now, epoch: epoch)
        /// In office hours (09:00–18:00) of the `n`-th working day after receipt.
        func officeTime(onWorkingDay n: Int) -> SimInstant {
            calendar.deadline(workingDays: n, after: now, epoch: epoch)
                - .minutes(Int64(6 * 60 + random.int(below: 9 * 60)))
        }
        switch kind {
        case .negotiation:
            // R-ESC-1: rounds until the time limit; the provider may give way at the end of each. R-SHR-4:
            // a base resource is shared by principle, so the provider gives way at the first round. A
            // not-shared resource's legal basis binds the provider: only a body can rule on it.
            let round = policy.negotiationRoundWorkingDays
            var end = round
            while true {
                let day = min(end, days)
                let givesWay =
                    dispute.isBase || (dispute.refusal.kind != .notShared && random.bernoulli(yieldProbability))
                if givesWay {
                    return Decision(
                        outcome: .granted(conditions: "agreed in negotiation"), reason: nil,
                        at: officeTime(onWorkingDay: day), deadline: deadline)
                }
                if day >= days { break }
                end += round
            }
            return Decision(outcome: nil, reason: .noAgreement, at: deadline, deadline: deadline)
        case .authority, .council:
            let last = stage == dispute.path.count - 1
            let onTime = random.bernoulli(
                kind == .council ? policy.councilOnTimeProbability : policy.authorityOnTimeProbability)
            let at: SimInstant
            if onTime {
                at = officeTime(onWorkingDay: 1 + random.int(below: days))
            } else if last {
                // The council is the last body: it rules late rather than not at all.
                at = deadline + .minutes(1) + policy.councilLateness.sample(&random)
            } else {
                // R-ESC-2: a stage that runs out goes up one level.
                return Decision(outcome: nil, reason: .timedOut, at: deadline, deadline: deadline)
            }
            return Decision(
                outcome: ruling(on: dispute, policy: policy, random: &random), reason: nil, at: at, deadline: deadline)
        }
    }

    /// What an authority or the council rules.
    static func ruling(on dispute: Dispute, policy: DisputePolicy, random: inout RandomStream) -> DisputeOutcome {
        // R-SHR-4: base resources are shared by principle; whichever body rules orders them shared.
        if dispute.isBase { return .granted(conditions: "base resource, shared by principle") }
        if case .notShared = dispute.refusal {
            // R-SHR-4: the basis a not-shared resource cites usually stands.
            return random.bernoulli(policy.upholdNotSharedProbability)
                ? .upheld(dispute.refusal) : .granted(conditions: "shared for the stated purpose only")
        }
        return random.bernoulli(policy.orderShareProbability)
            ? .granted(conditions: "shared under the provider's conditions") : .upheld(dispute.refusal)
    }
}
