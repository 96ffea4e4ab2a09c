import SharingModel
import SimKernel

/// A vertical line as read, with where its references are.
struct DecodedLine {
    var spec: ReportingLine
    var location: JSONLocation
    var receiverLocation: JSONLocation
    /// Where each listed collector is (empty when collectors are chosen by `idSuffix`).
    var collectorLocations: [JSONLocation]
    /// `{"idSuffix": …}`: every department below the receiver whose id ends with it.
    var collectorSuffix: String?
}

extension ScenarioDecoder {
    /// One element of `lines` (R-RET-1, R-RET-2). References are checked later (`checkLines`), when the
    /// world is known.
    func readLine(_ r: ObjectReader) -> DecodedLine {
        let id = LineID(r.string("id"))
        if r.value.objectValue?["id"]?.stringValue?.allSatisfy(\.isWhitespace) == true {
            r.report(.invalidValue, key: "id", "the line id is blank", expected: "a unique, non-blank id")
        }
        let name = r.string("name", default: "")
        let receiver = DepartmentID(r.string("receiver"))
        var collectors: [DepartmentID] = []
        var collectorLocations: [JSONLocation] = []
        var suffix: String?
        if let v = r.value(forKey: "collectors"), v.value.objectValue != nil {
            suffix = v.object { o -> String in
                let s = o.string("idSuffix")
                if o.has("idSuffix"), s.isEmpty {
                    o.report(.invalidValue, key: "idSuffix", "the suffix is empty", expected: "a non-empty id suffix")
                }
                return s
            }
        } else {
            collectors = r.array("collectors") { v -> DepartmentID? in
                collectorLocations.append(v.location)
                return v.string().map(DepartmentID.init(rawValue:))
            }
        }
        let vertical = r.bool("verticallyManaged", default: false)
        let schedule = r.enumValue("schedule", default: ReportSchedule.weekly)
        let perDay = r.double("recordsPerDay", in: 0...1_000_000, default: 10)
        let grace = r.int("graceWorkingDays", in: 0...60, default: 2)
        let policy = r.value(forKey: "returnPolicy").flatMap { readReturnPolicy($0) }
        let every = r.int("requestEveryDays", in: 0...3650, default: 30)
        let faults = r.object("faults", required: false) { f -> UpperSystemFaults in
            let latency =
                f.value(forKey: "latency").flatMap { $0.value.isNull ? nil : readDistribution($0) } ?? .onlineSystem
            return UpperSystemFaults(
                latency: latency, disconnectProbability: f.double("disconnectProbability", in: 0...1, default: 0),
                recordLossRate: f.double("recordLossRate", in: 0...1, default: 0))
        }
        let retries = r.bool("retries", default: true)
        let retryAfter = optionalDuration(r, "retryAfter") ?? .hours(4)
        if retryAfter.milliseconds <= 0 {
            r.report(.outOfRange, key: "retryAfter", "the resend wait is zero", expected: "a positive duration")
        }
        let feedback = r.object("feedback", required: false) { f in
            CollectionFeedback(
                baseCompleteness: f.double("baseCompleteness", in: 0...1, default: 1),
                discouragement: f.double("discouragement", in: 0...1, default: 0),
                memory: f.double("memory", in: 0.01...1, default: 0.2))
        }
        let spec = ReportingLine(
            id: id, name: name, receiver: receiver, collectors: collectors, verticallyManaged: vertical,
            schedule: schedule, recordsPerDay: perDay, graceWorkingDays: grace, returnPolicy: policy,
            requestEveryDays: every == 0 ? nil : every, faults: faults ?? .none, retries: retries,
            retryAfter: retryAfter, feedback: feedback ?? .none)
        return DecodedLine(
            spec: spec, location: r.location, receiverLocation: r.location(ofKey: "receiver"),
            collectorLocations: collectorLocations, collectorSuffix: suffix)
    }

    /// R-RET-2: `{"kind": "push", "everyDays"}`, `{"kind": "onRequest", "reviewWorkingDays"}` or `{"kind": "blocked"}`.
    func readReturnPolicy(_ v: ValueReader) -> ReturnPolicy? {
        guard v.value.objectValue != nil else {
            v.reportWrongType(expected: "an object with \"kind\": push, onRequest or blocked")
            return nil
        }
        let policy: ReturnPolicy?? = v.object { r -> ReturnPolicy? in
            switch discriminator(r, "kind", ["push", "onRequest", "blocked"]) {
            case "push": return .push(everyDays: r.int("everyDays", in: 1...3650))
            case "onRequest": return .onRequest(reviewWorkingDays: r.int("reviewWorkingDays", in: 0...365, default: 10))
            case "blocked": return .blocked
            default:
                for key in r.keys { r.ignore(key) }
                return nil
            }
        }
        return policy ?? nil
    }

    /// Resolves collectors, checks receivers and collectors against the world (R-RET-1: each collector
    /// lies below the receiver's government) and adds the lines to `world.lines` in file order.
    func checkLines(world: inout WorldSpec, index: WorldIndex) {
        let tree = GovernmentTree(world.governments)
        var governmentOf: [DepartmentID: GovernmentID] = [:]
        for d in world.departments where governmentOf[d.id] == nil { governmentOf[d.id] = d.government }
        var seen = Set<LineID>()
        for decoded in lines {
            var line = decoded.spec
            if !line.id.isEmpty, !seen.insert(line.id).inserted {
                diagnostics.report(
                    .invalidValue, at: locate(JSONPath([.key("id")]), below: decoded.location),
                    message: "line \(JSONValue.quoted(line.id.rawValue)) is defined more than once",
                    expected: "a unique id")
            }
            checkDepartment(line.receiver, at: decoded.receiverLocation, index: index)
            guard let upper = governmentOf[line.receiver] else { continue }
            if let suffix = decoded.collectorSuffix {
                line.collectors = world.departments.filter {
                    $0.id.rawValue.hasSuffix(suffix) && tree.isBelow($0.government, upper)
                }.map(\.id)
                if line.collectors.isEmpty, !suffix.isEmpty {
                    diagnostics.report(
                        .invalidValue, at: locate(JSONPath([.key("collectors")]), below: decoded.location),
                        message: "no department below \(upper) has an id ending in \(JSONValue.quoted(suffix))",
                        expected: "a suffix that selects at least one collector")
                }
            } else if line.collectors.isEmpty {
                diagnostics.report(
                    .invalidValue, at: locate(JSONPath([.key("collectors")]), below: decoded.location),
                    message: "the line has no collectors", expected: "at least one collecting department")
            }
            var listed = Set<DepartmentID>()
            for (k, c) in line.collectors.enumerated() where k < decoded.collectorLocations.count {
                let at = decoded.collectorLocations[k]
                checkDepartment(c, at: at, index: index)
                if !listed.insert(c).inserted {
                    diagnostics.report(
                        .invalidValue, at: at, message: "collector \(c) is listed twice",
                        expected: "each collector once")
                }
                // R-RET-1: lower governments collect and pass data up, so collectors sit below the receiver.
                if let lower = governmentOf[c], !tree.isBelow(lower, upper) {
                    diagnostics.report(
                        .ruleViolation, at: at,
                        message:
                            "R-RET-1 collector \(c) (government \(lower)) is not below the receiver's government \(upper)",
                        expected: "a department of a government below \(upper)")
                }
            }
            world.lines.append(line)
        }
    }
}
