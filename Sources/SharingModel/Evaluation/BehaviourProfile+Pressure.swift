import SimKernel

extension BehaviourProfile {
    /// R-EVAL-2, R-EVAL-3: the profile after evaluation pressure `pressure` (0...1): every probability moves
    /// that fraction of the way to the cooperative preset's (only ever in the cooperative direction), and
    /// every delay shrinks by that fraction. The kind stays: the department is still what it was, only less so.
    public func pressured(by pressure: Double) -> BehaviourProfile {
        let s = min(1, max(0, pressure))
        guard s > 0 else { return self }
        let c = BehaviourProfile.cooperative
        /// Toward `target` when it is higher (a probability the rules want up).
        func up(_ x: Double, _ target: Double) -> Double { x < target ? x + s * (target - x) : x }
        /// Toward `target` when it is lower (a probability the rules want down).
        func down(_ x: Double, _ target: Double) -> Double { x > target ? x - s * (x - target) : x }
        var p = self
        p.onTimeProbability = up(onTimeProbability, c.onTimeProbability)  // R-CAT-4
        p.lateness = lateness.scaled(by: 1 - s)
        p.sharing.approvalProbability = up(sharing.approvalProbability, c.sharing.approvalProbability)  // R-SHR-3
        p.sharing.reviewOnTimeProbability = up(sharing.reviewOnTimeProbability, c.sharing.reviewOnTimeProbability)
        p.sharing.reviewLateness = sharing.reviewLateness.scaled(by: 1 - s)
        p.sharing.silenceProbability = down(sharing.silenceProbability, c.sharing.silenceProbability)
        p.sharing.securityRefusalShare = down(sharing.securityRefusalShare, c.sharing.securityRefusalShare)
        p.sharing.dataErrorRate = down(sharing.dataErrorRate, c.sharing.dataErrorRate)  // R-CAT-5
        p.sharing.correctionDelay = sharing.correctionDelay.scaled(by: 1 - s)  // R-USE-3
        p.provision.provisionProbability = up(provision.provisionProbability, c.provision.provisionProbability)
        p.provision.securityWithholdShare = down(provision.securityWithholdShare, c.provision.securityWithholdShare)
        p.provision.formatMismatchRate = down(provision.formatMismatchRate, c.provision.formatMismatchRate)
        p.provision.integrationDelay = provision.integrationDelay.scaled(by: 1 - s)
        return p
    }
}

extension DelayDistribution {
    /// The distribution with every duration multiplied by `factor` (0...1).
    public func scaled(by factor: Double) -> DelayDistribution {
        let k = min(1, max(0, factor))
        func scale(_ d: SimDuration) -> SimDuration {
            SimDuration(milliseconds: Int64((Double(d.milliseconds) * k).rounded()))
        }
        switch self {
        case .fixed(let d): return .fixed(scale(d))
        case .uniform(let lo, let hi): return .uniform(min: scale(lo), max: scale(hi))
        case .exponential(let mean): return .exponential(mean: scale(mean))
        case .lognormal(let median, let p95): return .lognormal(median: scale(median), p95: scale(p95))
        }
    }
}
