import SharingModel
import SimKernel

extension ScenarioDecoder {
    /// `policies`: how catalog transfers are made reliable (SyncPolicy), in `sharing` the rules for sharing
    /// requests (SharingPolicy), and in `disputes` the rules for disputes (DisputePolicy).
    func readPolicies(_ r: ObjectReader) {
        let defaults = SyncPolicy.reliable
        let retries = r.bool("retries", default: defaults.retriesEnabled)
        let initial = optionalDuration(r, "initialRetryDelay")
        let maximum = optionalDuration(r, "maxRetryDelay")
        let attempts = r.int("maxAttempts", in: 1..., default: defaults.maxAttempts)
        if let sharing = r.object("sharing", required: false, { readSharingPolicy($0) }) {
            sharingPolicy = sharing
        }
        if let disputes = r.object("disputes", required: false, { readDisputePolicy($0) }) {
            disputePolicy = disputes
        }
        evaluationPolicy = r.object("evaluation", required: false) { readEvaluationPolicy($0) }
        if let costs = r.object("costs", required: false, { readCostPolicy($0) }) { costPolicy = costs }
        policy = SyncPolicy(
            retriesEnabled: retries, initialRetryDelay: initial ?? defaults.initialRetryDelay,
            maxRetryDelay: maximum ?? defaults.maxRetryDelay, maxAttempts: attempts)
        if let initial, let maximum, maximum < initial {
            r.report(
                .invalidValue, key: "maxRetryDelay", "the longest retry delay is shorter than the first",
                expected: "a duration at least initialRetryDelay")
        }
    }

    /// `faults`: the network's link classes (latency, loss, outages).
    func readFaults(_ r: ObjectReader) {
        r.object("links", required: false) { l in
            for linkClass in LinkClass.allCases {
                l.object(linkClass.rawValue, required: false) { p in
                    links[linkClass] = readLinkProfile(p, defaults: LinkProfiles.healthy[linkClass])
                }
            }
        }
    }

    private func readLinkProfile(_ r: ObjectReader, defaults: LinkProfile) -> LinkProfile {
        let latency = r.value(forKey: "latency").flatMap { readDistribution($0) } ?? defaults.latency
        let loss = r.double("loss", in: 0...1, default: defaults.lossProbability)
        let outages = r.object("outages", required: false) { readOutages($0) } ?? defaults.outages
        return LinkProfile(latency: latency, lossProbability: loss, outages: outages ?? defaults.outages)
    }

    /// `"none"`-less outage plans: `{"kind": "none"}`, `{"kind": "scripted", "windows": [{"date", "hour",
    /// "duration"}]}`, `{"kind": "random", "mtbf": "30d", "mttr": "4h"}`.
    private func readOutages(_ r: ObjectReader) -> OutagePlan? {
        switch discriminator(r, "kind", ["none", "scripted", "random"]) {
        case "none":
            return OutagePlan.none
        case "scripted":
            let epoch = SimEpoch(startDate: startDate)
            let windows = r.objects("windows") { w -> OutageWindow? in
                let date = w.date("date")
                let hour = w.int("hour", in: 0...23, default: 0)
                let length = w.value(forKey: "duration").flatMap { $0.duration() }
                if !w.has("duration") { w.reportMissing("duration", expected: "a duration") }
                guard let length else { return nil }
                let start = epoch.startOfDay(date) + .hours(Int64(hour))
                return OutageWindow(start: start, end: start + length)
            }
            return .scripted(windows)
        case "random":
            let mtbf = requiredDuration(r, "mtbf")
            let mttr = requiredDuration(r, "mttr")
            guard let mtbf, let mttr else { return nil }
            return .random(mtbf: mtbf, mttr: mttr)
        default:
            for key in r.keys { r.ignore(key) }
            return nil
        }
    }

    func requiredDuration(_ r: ObjectReader, _ key: String) -> SimDuration? {
        guard let v = r.value(forKey: key) else {
            r.reportMissing(key, expected: "a duration")
            return nil
        }
        return v.duration()
    }

    /// A delay distribution: a duration string (fixed), or `{"kind": "fixed", "value"}`,
    /// `{"kind": "uniform", "min", "max"}`, `{"kind": "exponential", "mean"}`,
    /// `{"kind": "lognormal", "median", "p95"}`.
    func readDistribution(_ v: ValueReader) -> DelayDistribution? {
        if v.value.stringValue != nil { return v.duration().map { .fixed($0) } }
        guard v.value.objectValue != nil else {
            v.reportWrongType(expected: "a duration or an object with \"kind\"")
            return nil
        }
        return v.object { r -> DelayDistribution? in
            switch discriminator(r, "kind", ["fixed", "uniform", "exponential", "lognormal"]) {
            case "fixed":
                return requiredDuration(r, "value").map { .fixed($0) }
            case "uniform":
                guard let lo = requiredDuration(r, "min"), let hi = requiredDuration(r, "max") else { return nil }
                if hi < lo {
                    r.report(.invalidValue, key: "max", "max is below min", expected: "a duration at least min")
                }
                return .uniform(min: lo, max: hi)
            case "exponential":
                return requiredDuration(r, "mean").map { .exponential(mean: $0) }
            case "lognormal":
                guard let median = requiredDuration(r, "median"), let p95 = requiredDuration(r, "p95") else {
                    return nil
                }
                if p95 < median {
                    r.report(
                        .invalidValue, key: "p95", "p95 is below the median", expected: "a duration at least median")
                }
                return .lognormal(median: median, p95: p95)
            default:
                for key in r.keys { r.ignore(key) }
                return nil
            }
        } ?? nil
    }
}
