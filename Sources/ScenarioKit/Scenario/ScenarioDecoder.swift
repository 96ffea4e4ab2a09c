import SharingModel
import SimKernel

/// Reads a scenario's JSON tree into a `Scenario`, reporting every problem to one collector.
///
/// One decoder per decoding pass. Reading happens in two phases: first each part is read where it stands
/// (types, ranges, enum names, unknown keys), then the parts are checked against each other (references to
/// governments, departments, profiles and resources; catalog rules), because a reference may point forward.
final class ScenarioDecoder {
    let diagnostics: DiagnosticsCollector
    let limits: ScenarioLimits
    let knownMetrics: [String]?
    /// The whole document, to find positions of fields below a decoded value.
    let root: JSONValue

    // Phase one results.
    var startDate = CivilDate(dayNumber: 0)
    var seed: UInt64 = 0
    var governments: [DecodedGovernment] = []
    var departments: [DecodedDepartment] = []
    var template: WorldTemplate?
    /// Whether `generate` could not be read; references to generated ids are then not checked, since they
    /// would all be reported as unknown.
    var generationFailed = false
    var profiles: [NamedProfile] = NamedProfile.builtIn
    var assignment = DecodedAssignment()
    var links = LinkProfiles.healthy
    var policy = SyncPolicy.reliable
    var script: [DecodedScriptEntry] = []
    var services: [DecodedService] = []
    var lines: [DecodedLine] = []
    /// `generate.services`: expanded for the generated governments when the world is built.
    var serviceTemplates: [DecodedServiceTemplate] = []
    var sharingPolicy = SharingPolicy.measures
    var disputePolicy = DisputePolicy.standard
    var evaluationPolicy: EvaluationPolicy?
    /// Where each department of `policies.evaluation.owedItems` is named (checked once the world is built).
    var owedItemLocations: [(DepartmentID, JSONLocation)] = []
    var costPolicy = CostPolicy.standard
    /// The run's length, for the memory estimate.
    var durationDays = 0

    init(root: JSONValue, diagnostics: DiagnosticsCollector, limits: ScenarioLimits, knownMetrics: [String]?) {
        self.root = root
        self.diagnostics = diagnostics
        self.limits = limits
        self.knownMetrics = knownMetrics
    }

    /// The scenario, or `nil` when an error was reported.
    func decode() -> Scenario? {
        let r = ObjectReader(root, path: JSONPath(), diagnostics: diagnostics)
        guard r.isObject else { return nil }
        // `$schema` names the schema for editors; the loader has no use for it.
        r.ignore("$schema")
        let name = r.string("name")
        let description = r.string("description", default: "")
        seed = UInt64(r.int("seed", in: 0...))
        startDate = r.date("startDate")
        durationDays = r.int("durationDays", in: 1...)
        if durationDays > limits.maxDurationDays {
            r.report(
                .limitExceeded, key: "durationDays", "the run is too long (\(durationDays) days)",
                expected: "at most \(limits.maxDurationDays) days")
        }
        let overrides = r.objects("calendarOverrides", required: false) { readCalendarOverride($0) }
        r.object("profiles", required: false) { readProfiles($0) }
        r.object("policies", required: false) { readPolicies($0) }
        r.object("faults", required: false) { readFaults($0) }
        r.object("topology") { readTopology($0) }
        r.object("assignment", required: false) { readAssignment($0) }
        services = r.objects("services", required: false) { readService($0) }
        lines = r.objects("lines", required: false) { readLine($0) }
        script = r.objects("script", required: false) { readScriptEntry($0) }
        let expectations = r.objects("expect", required: false) { readExpectation($0) }
        r.finish()

        let world = buildWorld()
        guard diagnostics.isEmpty, let world else { return nil }
        return Scenario(
            name: name, description: description, seed: seed, startDate: startDate, durationDays: durationDays,
            calendarOverrides: overrides, world: world.spec, profiles: profiles,
            departmentProfiles: world.profileNames, script: script.map(\.entry), expectations: expectations,
            contentHash: ScenarioLoader.contentHash(text: root.compactText))
    }

    // MARK: Small parts

    private func readCalendarOverride(_ r: ObjectReader) -> CalendarOverride {
        let date = r.date("date")
        let kind = r.enumValue("kind", allowed: ["working", "nonWorking"])
        let note = r.optional("note", as: String.self)
        return CalendarOverride(date: date, kind: CalendarOverride.Kind(rawValue: kind) ?? .working, note: note)
    }

    private func readExpectation(_ r: ObjectReader) -> Expectation {
        let metric = r.string("metric")
        if let knownMetrics, r.has("metric"), !metric.isEmpty,
            !MetricNameCheck.isKnown(metric, in: knownMetrics, lines: lines.map(\.spec.id.rawValue))
        {
            r.report(
                .unknownReference, key: "metric", "unknown metric \(JSONValue.quoted(metric))",
                expected: "one of " + knownMetrics.joined(separator: ", "), found: JSONValue.quoted(metric),
                suggestion: Suggestions.closest(to: metric, among: knownMetrics))
        }
        let comparison = r.enumValue("compare", as: Expectation.Comparison.self) ?? .equal
        let value = r.double("value")
        var tolerance = 0.0
        if comparison == .within {
            tolerance = r.double("tolerance", in: 0...)
        } else if r.value(forKey: "tolerance") != nil {
            r.report(
                .invalidValue, key: "tolerance", "\"tolerance\" is only used with \"compare\": \"within\"",
                expected: "no tolerance for \(JSONValue.quoted(comparison.rawValue))")
        }
        return Expectation(
            metric: metric, comparison: comparison, value: value, tolerance: tolerance, location: r.location)
    }

    /// The name in member `key` that says which kind of object this is, or `nil` (reported) when it is absent or
    /// not one of `allowed`. Not `ObjectReader.enumValue`, whose placeholder for a bad name is the first allowed
    /// one: a misspelt kind must not be read as the first kind and have its fields reported as missing.
    func discriminator(_ r: ObjectReader, _ key: String, _ allowed: [String]) -> String? {
        guard let v = r.value(forKey: key) else {
            r.reportMissing(key, expected: "one of " + allowed.joined(separator: ", "))
            return nil
        }
        return v.enumValue(allowed: allowed)
    }

    /// The location of the value at `relative` below `base`, as deep as the tree goes (a field that is absent,
    /// e.g. a default, is located at its object).
    func locate(_ relative: JSONPath, below base: JSONLocation) -> JSONLocation {
        var value: JSONValue? = root
        for c in base.path.components {
            value = value.flatMap { Self.child(c, of: $0) }
        }
        guard var current = value else { return base }
        var path = base.path
        for c in relative.components {
            guard let next = Self.child(c, of: current) else { break }
            current = next
            path.append(c)
        }
        return JSONLocation(path: path, position: current.position)
    }

    private static func child(_ c: JSONPath.Component, of value: JSONValue) -> JSONValue? {
        switch c {
        case .key(let k): return value.objectValue?[k]
        case .index(let i):
            guard let a = value.arrayValue, a.indices.contains(i) else { return nil }
            return a[i]
        }
    }

    /// Reports `unknownReference` for a name that is not among `candidates`, suggesting the closest.
    func reportUnknown(
        _ what: String, _ name: String, at location: JSONLocation, expected: String, candidates: [String]
    ) {
        diagnostics.report(
            .unknownReference, at: location, message: "unknown \(what) \(JSONValue.quoted(name))", expected: expected,
            found: JSONValue.quoted(name), suggestion: Suggestions.closest(to: name, among: candidates))
    }
}

extension JSONPath {
    /// Appends one step in place.
    mutating func append(_ component: Component) {
        self = JSONPath(components + [component])
    }
}
