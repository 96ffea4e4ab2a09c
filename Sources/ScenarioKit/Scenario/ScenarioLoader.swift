import Foundation
import SharingModel

/// Reads scenario files (DESIGN.md "Files"). Every entry point reports all errors of a file at once, sorted,
/// as `ScenarioErrors`; the CLI prints its `description` and exits with status 2.
public enum ScenarioLoader {
    /// Reads, parses, decodes and checks the scenario at `path`. Errors name the file as `path` was given.
    public static func load(
        path: String, limits: ScenarioLimits = .default, knownMetrics: [String]? = nil
    ) throws(ScenarioErrors) -> Scenario {
        let data = try JSONParser.readFile(atPath: path, maxBytes: limits.maxFileSize)
        return try decode(bytes: [UInt8](data), file: path, limits: limits, knownMetrics: knownMetrics)
    }

    /// Parses and decodes a scenario held in memory; `file` is the name used in errors.
    public static func decode(
        bytes: [UInt8], file: String, limits: ScenarioLimits = .default, knownMetrics: [String]? = nil
    ) throws(ScenarioErrors) -> Scenario {
        if bytes.count > limits.maxFileSize {
            throw ScenarioErrors([
                ScenarioError(
                    code: .limitExceeded, file: file, message: "file is too large (\(bytes.count) bytes)",
                    expected: "at most \(limits.maxFileSize) bytes")
            ])
        }
        let value = try JSONParser(maxDepth: limits.maxNestingDepth).parse(bytes, file: file)
        return try decode(
            value: value, file: file, limits: limits,
            knownMetrics: knownMetrics)
    }

    /// Decodes a parsed scenario after replacing fields with `overrides` (in order, so a later one wins).
    ///
    /// An override may name a field the file leaves out (it is created, with any objects on the way), but not
    /// one the format does not have: that is the decoder's `unknownKey`, with a suggestion, and like every
    /// error caused by an override it says so and is located at the override — in `overrideFile` at the
    /// override value's position when given, else in `file` without a line.
    public static func decode(
        value: JSONValue, overrides: [ScenarioOverride] = [], file: String, overrideFile: String? = nil,
        limits: ScenarioLimits = .default, knownMetrics: [String]? = nil
    ) throws(ScenarioErrors) -> Scenario {
        let diagnostics = DiagnosticsCollector(file: file)
        var tree = value
        var touched: [(path: JSONPath, override: ScenarioOverride)] = []
        for o in overrides {
            do {
                let created = try OverrideApplier.apply(o, to: &tree)
                touched += created.map { ($0, o) }
            } catch {
                diagnostics.report(
                    .invalidValue, at: o.path, position: nil, message: error.message, expected: error.expected,
                    suggestion: error.suggestion)
            }
        }
        let decoder = ScenarioDecoder(root: tree, diagnostics: diagnostics, limits: limits, knownMetrics: knownMetrics)
        let scenario = decoder.decode()
        if diagnostics.isEmpty, let scenario { return scenario }
        throw relabel(diagnostics.result, touched: touched, file: file, overrideFile: overrideFile)
    }

    /// Decodes with overrides given as pairs. (An empty literal `[]` is ambiguous between the two forms:
    /// leave the argument out instead.)
    public static func decode(
        value: JSONValue, overrides: [(JSONPath, JSONValue)], file: String, overrideFile: String? = nil,
        limits: ScenarioLimits = .default, knownMetrics: [String]? = nil
    ) throws(ScenarioErrors) -> Scenario {
        try decode(
            value: value, overrides: overrides.map { ScenarioOverride(path: $0.0, value: $0.1) }, file: file,
            overrideFile: overrideFile, limits: limits, knownMetrics: knownMetrics)
    }

    /// 64-bit FNV-1a over `bytes`: the hash of a file as read, for `manifest.json`.
    public static func contentHash(bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// 64-bit FNV-1a over the UTF-8 of `text`.
    static func contentHash(text: String) -> UInt64 { contentHash(bytes: text.utf8) }

    /// Moves the errors an override caused to the override: those at a path it created or below its path.
    private static func relabel(
        _ errors: ScenarioErrors, touched: [(path: JSONPath, override: ScenarioOverride)], file: String,
        overrideFile: String?
    ) -> ScenarioErrors {
        guard !touched.isEmpty else { return errors }
        let moved = errors.errors.map { error -> ScenarioError in
            // The last override wins, as when they were applied.
            guard
                let hit = touched.last(where: { t in
                    error.path == t.path || error.path.components.starts(with: t.override.path.components)
                })
            else { return error }
            var e = error
            e.message += " (set by override \(hit.override.path))"
            if let overrideFile {
                e.file = overrideFile
                e.line = hit.override.value.line
                e.column = hit.override.value.column
            } else {
                e.line = nil
                e.column = nil
            }
            return e
        }
        return ScenarioErrors(moved, omittedCount: errors.omittedCount)
    }
}
