import Foundation

/// Filters a `--trace` JSON Lines file: `sharesim trace FILE --filter deltaLost,deltaRetried`
/// keeps observations of those kinds; `--from`/`--to` keep a window of virtual time (ms).
public struct TraceFilter: Sendable {
    /// Observation kinds to keep; empty keeps all.
    public var kinds: [String] = []
    /// Only observations at or after this time (ms since the epoch).
    public var from: Int64?
    /// Only observations at or before this time.
    public var to: Int64?

    public init(kinds: [String] = [], from: Int64? = nil, to: Int64? = nil) {
        self.kinds = kinds
        self.from = from
        self.to = to
    }

    /// A malformed trace line.
    public struct LineError: Error, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var description: String { "\(file):\(line): not a trace line (expected a JSON object with \"t\" and \"observation\")" }
    }

    /// The lines of `text` that pass, in order.
    public func apply(to text: String, file: String) throws(LineError) -> [Substring] {
        var kept: [Substring] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let time = (object["t"] as? NSNumber)?.int64Value,
                let observation = object["observation"] as? [String: Any]
            else { throw LineError(file: file, line: number + 1) }
            if let from, time < from { continue }
            if let to, time > to { continue }
            if !kinds.isEmpty {
                guard let kind = observation["kind"] as? String, kinds.contains(kind) else { continue }
            }
            kept.append(line)
        }
        return kept
    }
}
