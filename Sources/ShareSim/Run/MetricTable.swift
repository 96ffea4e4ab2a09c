/// The metrics of one run, in a fixed order: names are stable identifiers (`catalog.deltas_sent`)
/// that `expect` checks, experiments and the tidy CSV use.
public struct MetricTable: Hashable, Sendable {
    /// One named value.
    public struct Row: Hashable, Sendable {
        public var name: String
        public var value: Double
        public init(_ name: String, _ value: Double) {
            self.name = name
            self.value = value
        }
    }

    /// The rows in output order.
    public private(set) var rows: [Row] = []

    public init(_ rows: [Row] = []) { self.rows = rows }

    /// Appends a metric (names are unique; a repeated name is a programming error).
    public mutating func append(_ name: String, _ value: Double) {
        precondition(!rows.contains { $0.name == name }, "metric \(name) recorded twice")
        rows.append(Row(name, value))
    }

    /// Appends a count.
    public mutating func append(_ name: String, _ value: Int) { append(name, Double(value)) }

    /// The value of `name`, if recorded.
    public func value(_ name: String) -> Double? { rows.first { $0.name == name }?.value }

    /// The metric names, in order.
    public var names: [String] { rows.map(\.name) }
}

/// One point of a per-day time series.
public struct SeriesPoint: Hashable, Sendable {
    /// Day index since the start date (0 = the start date).
    public var day: Int
    public var metric: String
    public var value: Double
}

extension MetricTable {
    /// Appends every row of `other`, in order.
    public mutating func append(contentsOf other: MetricTable) {
        for row in other.rows { append(row.name, row.value) }
    }
}
