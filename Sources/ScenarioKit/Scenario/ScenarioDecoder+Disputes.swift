import SharingModel
import SimKernel

extension ScenarioDecoder {
    /// `policies.disputes`: the rules for disputes (DisputePolicy). Every field is optional; absent ones keep
    /// this simulator's defaults (`DisputePolicy.standard`, docs/rules.md).
    func readDisputePolicy(_ r: ObjectReader) -> DisputePolicy {
        let defaults = DisputePolicy.standard
        func workingDays(_ key: String, _ value: Int) -> Int { r.int(key, in: 1...365, default: value) }
        func probability(_ key: String, _ value: Double) -> Double { r.double(key, in: 0...1, default: value) }
        // Read in declaration order, which is also the order the unknown-key message lists them in.
        return DisputePolicy(
            // R-ESC-1: the user and the provider negotiate, in rounds, before the user escalates.
            negotiationWorkingDays: workingDays("negotiationWorkingDays", defaults.negotiationWorkingDays),
            negotiationRoundWorkingDays: workingDays(
                "negotiationRoundWorkingDays", defaults.negotiationRoundWorkingDays),
            // R-ESC-2: a sharing authority's deadline to rule before the dispute goes one level up.
            authorityWorkingDays: workingDays("authorityWorkingDays", defaults.authorityWorkingDays),
            // R-ESC-3: the coordination council's deadline.
            councilWorkingDays: workingDays("councilWorkingDays", defaults.councilWorkingDays),
            authorityOnTimeProbability: probability(
                "authorityOnTimeProbability", defaults.authorityOnTimeProbability),  // R-ESC-2
            councilOnTimeProbability: probability(
                "councilOnTimeProbability", defaults.councilOnTimeProbability),  // R-ESC-3
            // R-ESC-2, R-ESC-3: how a body rules on a refused conditional resource and on a not-shared one.
            orderShareProbability: probability("orderShareProbability", defaults.orderShareProbability),
            upholdNotSharedProbability: probability(
                "upholdNotSharedProbability", defaults.upholdNotSharedProbability),
            // R-ESC-1: whether a refused user opens a dispute by itself.
            openOnRefusal: r.bool("openOnRefusal", default: defaults.openOnRefusal),
            // R-ESC-3: how late a late council rules.
            councilLateness: r.value(forKey: "councilLateness").flatMap { $0.value.isNull ? nil : readDistribution($0) }
                ?? defaults.councilLateness)
    }
}
