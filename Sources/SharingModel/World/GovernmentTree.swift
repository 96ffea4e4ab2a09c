/// Who sits above whom among a world's governments (R-PLT-1: municipal → provincial → national), for
/// rules that need "below": a line's collectors sit below its receiver (R-RET-1).
///
/// Built once from the governments; a parent that is not a government of the list ends the chain, and a
/// cycle (a broken spec, reported elsewhere) cannot loop because a chain is never longer than the list.
public struct GovernmentTree: Sendable {
    private let parent: [GovernmentID: GovernmentID]
    private let count: Int

    /// The tree of `governments`.
    public init(_ governments: [GovernmentSpec]) {
        var parent: [GovernmentID: GovernmentID] = [:]
        for g in governments { if let p = g.parent { parent[g.id] = p } }
        self.parent = parent
        count = governments.count
    }

    /// `true` when `upper` is a proper ancestor of `lower`.
    public func isBelow(_ lower: GovernmentID, _ upper: GovernmentID) -> Bool {
        var current = parent[lower]
        var steps = 0
        while let g = current, steps <= count {
            if g == upper { return true }
            current = parent[g]
            steps += 1
        }
        return false
    }
}
