import Foundation

/// Reads experiment files (`Simulations/*.json`).
public enum ExperimentLoader {
    /// The most points an experiment may have (grid × variants).
    public static let maxPoints = 100_000
    /// The most replications per point.
    public static let maxReplications = 100_000

    /// Reads and checks the experiment at `path`: its own fields, then its scenario (path relative to the
    /// experiment file), then every point decoded with its overrides, so that a bad field path or value is
    /// found before anything runs. All errors of both files are reported together.
    public static func load(
        path: String, limits: ScenarioLimits = .default, knownMetrics: [String]? = nil
    ) throws(ScenarioErrors) -> Experiment {
        let value = try JSONParser(maxDepth: limits.maxNestingDepth).parseFile(
            atPath: path, maxBytes: limits.maxFileSize)
        let diagnostics = DiagnosticsCollector(file: path)
        let r = ObjectReader(value, diagnostics: diagnostics)
        r.ignore("$schema")
        let name = r.string("name")
        let description = r.string("description", default: "")
        let reference = r.string("scenario")
        let replications = r.int("replications", in: 1...maxReplications, default: 1)
        let vary = r.objects("vary", required: false) { a -> VaryAxis? in
            let path = readPath(a, "path")
            let values = a.array("values", count: 1...Int.max) { $0.value }
            return path.map { VaryAxis(path: $0, values: values) }
        }
        var variantNames: Set<String> = []
        let variants = r.objects("variants", required: false) { v -> ExperimentVariant? in
            let variantName = v.string("name")
            if !variantNames.insert(variantName).inserted {
                v.report(
                    .invalidValue, key: "name", "variant \(JSONValue.quoted(variantName)) is defined more than once",
                    expected: "a unique name")
            }
            let overrides = v.entries("set") { key, value -> ScenarioOverride? in
                guard let path = JSONPath(parsing: key), !path.isRoot else {
                    value.report(
                        .invalidValue, "bad field path \(JSONValue.quoted(key))",
                        expected: "a field path such as policies.retries")
                    return nil
                }
                return ScenarioOverride(path: path, value: value.value)
            }
            return ExperimentVariant(name: variantName, overrides: overrides.map(\.value))
        }
        let metrics = r.array("metrics", required: false) { $0.string() }
        if let knownMetrics {
            let list = r.value.objectValue?["metrics"]?.arrayValue ?? []
            for (i, metric) in metrics.enumerated()
            where !MetricNameCheck.isKnown(metric, in: knownMetrics, lines: nil) && i < list.count {
                diagnostics.report(
                    .unknownReference, at: JSONPath([.key("metrics"), .index(i)]), position: list[i].position,
                    message: "unknown metric \(JSONValue.quoted(metric))",
                    expected: "one of " + knownMetrics.joined(separator: ", "),
                    suggestion: Suggestions.closest(to: metric, among: knownMetrics))
            }
        }
        r.finish()
        let pointCount =
            vary.reduce(1) { $0.multipliedReportingOverflow(by: max(1, $1.values.count)).partialValue }
            * max(1, variants.count)
        if pointCount > maxPoints || pointCount < 0 {
            diagnostics.report(
                .limitExceeded, at: JSONPath(), position: nil, message: "the experiment has too many points",
                expected: "at most \(maxPoints) points")
        }

        var errors = diagnostics.result.errors
        var omitted = diagnostics.result.omittedCount
        var experiment: Experiment?
        if r.has("scenario"), !reference.isEmpty {
            let scenarioPath = resolve(reference, relativeTo: path)
            do {
                let tree = try JSONParser(maxDepth: limits.maxNestingDepth).parseFile(
                    atPath: scenarioPath, maxBytes: limits.maxFileSize)
                let e = Experiment(
                    file: path, name: name, description: description, scenarioReference: reference,
                    scenarioPath: scenarioPath, scenarioValue: tree, replications: replications, vary: vary,
                    variants: variants, metrics: metrics)
                if diagnostics.isEmpty {
                    // Every point, so that each override is tried with the others it is combined with.
                    var seen: Set<ScenarioError> = []
                    for point in e.points() {
                        do {
                            _ = try e.scenario(at: point, limits: limits, knownMetrics: knownMetrics)
                        } catch {
                            for x in error.errors where seen.insert(x).inserted { errors.append(x) }
                            omitted += error.omittedCount
                        }
                    }
                }
                experiment = e
            } catch {
                errors += error.errors
                omitted += error.omittedCount
            }
        }
        guard errors.isEmpty, omitted == 0, let experiment else { throw ScenarioErrors(errors, omittedCount: omitted) }
        return experiment
    }

    /// A field path member; `invalidValue` when it is not one.
    private static func readPath(_ r: ObjectReader, _ key: String) -> JSONPath? {
        let text = r.string(key)
        guard r.has(key), r.value.objectValue?[key]?.stringValue != nil else { return nil }
        guard let path = JSONPath(parsing: text), !path.isRoot else {
            r.report(
                .invalidValue, key: key, "bad field path \(JSONValue.quoted(text))",
                expected: "a field path such as faults.links.frontEnd.loss")
            return nil
        }
        return path
    }

    /// `reference` resolved against the folder of `file`, unless it is absolute; `.` and `..` steps are folded
    /// so that errors name `Scenarios/x.json`, not `Simulations/../Scenarios/x.json`.
    static func resolve(_ reference: String, relativeTo file: String) -> String {
        let joined: String
        if reference.hasPrefix("/") {
            joined = reference
        } else {
            let folder = (file as NSString).deletingLastPathComponent
            joined = folder.isEmpty ? reference : folder + "/" + reference
        }
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return (joined.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
