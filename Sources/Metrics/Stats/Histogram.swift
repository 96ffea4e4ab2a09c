import Foundation

/// Counts of values in fixed bins, for distributions such as response times.
///
/// Bins are half-open `[edges[i], edges[i+1])`, except the last, which is closed `[edges[n-1], edges[n]]` so
/// the upper bound itself is counted (R's `hist(..., right = FALSE, include.lowest = TRUE)`). Values below the
/// first edge go to `underflow`, above the last to `overflow`, NaN to `missing`. Fixed edges make histograms
/// of different runs comparable and mergeable bin by bin.
public struct Histogram: Sendable, Equatable {
    /// The bin edges, strictly increasing and finite; there are `edges.count - 1` bins.
    public let edges: [Double]
    /// The count of each bin.
    public private(set) var counts: [Int]
    /// Values below `edges.first`.
    public private(set) var underflow: Int = 0
    /// Values above `edges.last`.
    public private(set) var overflow: Int = 0
    /// NaN values.
    public private(set) var missing: Int = 0

    /// A histogram with the given edges (at least two, finite, strictly increasing).
    public init(edges: [Double]) {
        precondition(edges.count >= 2, "Histogram needs at least two edges")
        precondition(edges.allSatisfy { $0.isFinite }, "Histogram edges must be finite")
        precondition(zip(edges, edges.dropFirst()).allSatisfy { $0 < $1 }, "Histogram edges must increase")
        self.edges = edges
        counts = Array(repeating: 0, count: edges.count - 1)
    }

    /// A histogram of `binCount` equal bins from `lower` to `upper`; edge `i` is `lower + i·(upper − lower)/n`
    /// (computed so, not by repeated addition, so edges are the same bits everywhere).
    public init(lower: Double, upper: Double, binCount: Int) {
        precondition(binCount >= 1 && lower < upper, "Histogram needs lower < upper and at least one bin")
        let width = upper - lower
        var edges = (0..<binCount).map { lower + Double($0) * width / Double(binCount) }
        edges.append(upper)
        self.init(edges: edges)
    }

    /// A histogram of `values` with the given edges.
    public init(edges: [Double], values: [Double]) {
        self.init(edges: edges)
        for value in values { add(value) }
    }

    /// The number of bins.
    public var binCount: Int { counts.count }

    /// Values counted in bins (not under/overflow, not missing).
    public var inRange: Int { counts.reduce(0, +) }

    /// All values added, NaN included.
    public var total: Int { inRange + underflow + overflow + missing }

    /// The bin index of `value`, or nil when it is outside the edges or NaN.
    public func binIndex(of value: Double) -> Int? {
        guard !value.isNaN, value >= edges[0], value <= edges[edges.count - 1] else { return nil }
        // Binary search for the last edge ≤ value; the top edge belongs to the last bin.
        var low = 0
        var high = edges.count - 1
        while high - low > 1 {
            let mid = (low + high) / 2
            if edges[mid] <= value { low = mid } else { high = mid }
        }
        return low
    }

    /// Counts one value.
    public mutating func add(_ value: Double) {
        if value.isNaN {
            missing += 1
        } else if let index = binIndex(of: value) {
            counts[index] += 1
        } else if value < edges[0] {
            underflow += 1
        } else {
            overflow += 1
        }
    }

    /// Adds the counts of `other`, which must have the same edges.
    public mutating func merge(_ other: Histogram) {
        precondition(edges == other.edges, "Histogram.merge needs identical edges")
        for index in counts.indices { counts[index] += other.counts[index] }
        underflow += other.underflow
        overflow += other.overflow
        missing += other.missing
    }
}
