/// Precomputed cumulative weights for choosing an index many times with the same weights
/// (`RandomStream.weightedIndex(_:)` with a chooser: one draw and a binary search).
///
/// The cumulative sums are accumulated in index order exactly like
/// `RandomStream.weightedIndex(_ weights:)`, so both give the same index from the same stream state.
public struct WeightedChooser: Sendable, Hashable {
    /// `cumulative[i]` is the sum of the weights at indices 0...i.
    @usableFromInline let cumulative: [Double]

    /// The sum of all weights.
    public var total: Double { cumulative[cumulative.count - 1] }

    /// The number of choices.
    public var count: Int { cumulative.count }

    /// A chooser over `weights`.
    ///
    /// - Precondition: `weights` is not empty, every weight is finite and non-negative, and at least
    ///   one is positive. A zero weight is never chosen.
    public init(_ weights: [Double]) {
        precondition(!weights.isEmpty, "WeightedChooser: the weights are empty")
        var sums: [Double] = []
        sums.reserveCapacity(weights.count)
        var running = 0.0
        for weight in weights {
            precondition(
                weight.isFinite && weight >= 0,
                "WeightedChooser: weights must be finite and non-negative, got \(weight)")
            running += weight
            sums.append(running)
        }
        precondition(running > 0, "WeightedChooser: at least one weight must be positive, got \(weights)")
        precondition(running.isFinite, "WeightedChooser: the weights' sum overflows")
        cumulative = sums
    }

    /// The first index whose cumulative weight exceeds `target` (a zero weight never does, since its
    /// sum equals its predecessor's); the last positive weight if rounding put `target` at the total.
    @inlinable func index(at target: Double) -> Int {
        var low = 0
        var high = cumulative.count - 1
        if !(target < cumulative[high]) {
            // Rounding put the target at the total: the last index with a positive weight owns it.
            while high > 0 && cumulative[high - 1] == cumulative[high] { high -= 1 }
            return high
        }
        while low < high {
            let mid = low + (high - low) / 2
            if cumulative[mid] > target { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
