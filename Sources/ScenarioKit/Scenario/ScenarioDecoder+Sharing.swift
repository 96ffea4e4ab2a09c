import SharingModel
import SimKernel

extension ScenarioDecoder {
    /// `policies.sharing`: the rules for sharing requests (SharingPolicy). Every field is optional; absent
    /// ones keep the Measures' values (`SharingPolicy.measures`).
    func readSharingPolicy(_ r: ObjectReader) -> SharingPolicy {
        let defaults = SharingPolicy.measures
        return SharingPolicy(
            mode: r.enumValue("mode", default: defaults.mode),
            // R-SHR-3: 10 working days in the Measures; an experiment may shorten or lengthen it.
            reviewDeadlineWorkingDays: r.int(
                "reviewDeadlineWorkingDays", in: 1...365, default: defaults.reviewDeadlineWorkingDays),
            enforceReviewDeadline: r.bool("enforceReviewDeadline", default: defaults.enforceReviewDeadline),
            requestTimeoutWorkingDays: r.int(
                "requestTimeoutWorkingDays", in: 1...3650, default: defaults.requestTimeoutWorkingDays),
            reapplyAfter: optionalDuration(r, "reapplyAfter") ?? defaults.reapplyAfter,
            // R-USE-2: the share of applications that needed no originals for a service to count as realized.
            realizationThreshold: r.double("realizationThreshold", in: 0...1, default: defaults.realizationThreshold))
    }

    /// A profile's `sharing`: any subset of SharingBehaviour's fields; the others come from `preset`, the
    /// preset of the profile's kind, so that `{"kind": "afraid", "sharing": {"approvalProbability": 0.1}}`
    /// changes one number of an afraid department.
    func readSharingBehaviour(_ r: ObjectReader, preset: SharingBehaviour) -> SharingBehaviour {
        func probability(_ key: String, _ value: Double) -> Double { r.double(key, in: 0...1, default: value) }
        func distribution(_ key: String, _ value: DelayDistribution) -> DelayDistribution {
            r.value(forKey: key).flatMap { $0.value.isNull ? nil : readDistribution($0) } ?? value
        }
        // Read in declaration order, which is also the order the unknown-key message lists them in.
        return SharingBehaviour(
            approvalProbability: probability("approvalProbability", preset.approvalProbability),  // R-SHR-3
            reviewOnTimeProbability: probability("reviewOnTimeProbability", preset.reviewOnTimeProbability),
            reviewLateness: distribution("reviewLateness", preset.reviewLateness),
            silenceProbability: probability("silenceProbability", preset.silenceProbability),
            securityRefusalShare: probability("securityRefusalShare", preset.securityRefusalShare),
            dataErrorRate: probability("dataErrorRate", preset.dataErrorRate),  // R-CAT-5
            correctionDelay: distribution("correctionDelay", preset.correctionDelay),  // R-USE-3
            errorDetectionProbability: probability("errorDetectionProbability", preset.errorDetectionProbability),
            misuseProbability: probability("misuseProbability", preset.misuseProbability))  // R-USE-1
    }

    /// An optional duration: `nil` when absent or `null`, or when invalid (reported).
    func optionalDuration(_ r: ObjectReader, _ key: String) -> SimDuration? {
        r.value(forKey: key).flatMap { $0.value.isNull ? nil : $0.duration() }
    }
}
