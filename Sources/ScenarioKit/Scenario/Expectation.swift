/// One `expect` check of a scenario: a metric compared with a value. The lead evaluates each against the
/// run's metric table and the CLI exits with status 1 when one fails.
public struct Expectation: Hashable, Sendable, CustomStringConvertible {
    /// How the observed value is compared with `value`.
    public enum Comparison: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
        case lessThan = "<"
        case lessThanOrEqual = "<="
        case greaterThan = ">"
        case greaterThanOrEqual = ">="
        case equal = "=="
        /// `|observed - value| <= tolerance`, allowing for rounding (see `check(observed:)`).
        case within

        /// The symbol as written in the file.
        public var description: String { rawValue }
    }

    /// The metric's name, e.g. `deltasAbandoned` or `staleness.median`.
    public var metric: String
    /// The comparison.
    public var comparison: Comparison
    /// The value compared with.
    public var value: Double
    /// For `within`, the largest allowed distance from `value` (0 for the other comparisons).
    public var tolerance: Double
    /// Where the check is in its file, for messages.
    public var location: JSONLocation?

    /// A check.
    public init(
        metric: String, comparison: Comparison, value: Double, tolerance: Double = 0, location: JSONLocation? = nil
    ) {
        self.metric = metric
        self.comparison = comparison
        self.value = value
        self.tolerance = abs(tolerance)
        self.location = location
    }

    /// Whether `observed` passes. A NaN observation never passes. `within` allows a rounding error of
    /// 1e-9 relative to the larger of `|value|` and 1, so that 0.85 is within 0.9 ± 0.05 as written.
    public func check(observed: Double) -> Bool {
        guard !observed.isNaN else { return false }
        switch comparison {
        case .lessThan: return observed < value
        case .lessThanOrEqual: return observed <= value
        case .greaterThan: return observed > value
        case .greaterThanOrEqual: return observed >= value
        case .equal: return observed == value
        case .within: return abs(observed - value) <= tolerance + 1e-9 * max(1, abs(value))
        }
    }

    /// `deltasAbandoned == 0`, `shareOnTime within 0.9 ± 0.05`.
    public var description: String {
        let v = Self.format(value)
        switch comparison {
        case .within: return "\(metric) within \(v) ± \(Self.format(tolerance))"
        default: return "\(metric) \(comparison.rawValue) \(v)"
        }
    }

    /// The check with the observed value, for failure reports: `deltasAbandoned == 0 (observed 3)`.
    public func description(observed: Double) -> String {
        "\(description) (observed \(Self.format(observed)))"
    }

    /// Whole numbers without a fraction, others with Swift's shortest round-trip text.
    static func format(_ x: Double) -> String {
        if x.isFinite && x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }
}
