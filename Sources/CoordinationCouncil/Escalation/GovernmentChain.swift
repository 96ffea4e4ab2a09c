import SharingModel

/// Where a government sits: its chain of governments from the national one down to itself
/// (`[national]`, `[national, province]` or `[national, province, city]`).
public struct GovernmentChain: Hashable, Sendable, CustomStringConvertible {
    /// The governments from the top (national) down to this one.
    public let governments: [GovernmentID]

    /// A chain; it must hold one to three governments, national first.
    public init(_ governments: [GovernmentID]) {
        precondition((1...3).contains(governments.count), "a government chain has 1 to 3 levels, got \(governments)")
        self.governments = governments
    }

    /// The government at the bottom of the chain.
    public var government: GovernmentID { governments[governments.count - 1] }

    /// Its level: national, provincial or municipal.
    public var level: Level { [Level.national, .provincial, .municipal][governments.count - 1] }

    /// The lowest government that both chains belong to.
    public func lowestCommonGovernment(with other: GovernmentChain) -> GovernmentChain {
        var prefix: [GovernmentID] = []
        for (a, b) in zip(governments, other.governments) {
            guard a == b else { break }
            prefix.append(a)
        }
        // Every chain starts at the national government; two worlds' chains never meet, so fall back to it.
        return GovernmentChain(prefix.isEmpty ? [governments[0]] : prefix)
    }

    /// The chain of the parent government, or `nil` at the national level.
    public var parent: GovernmentChain? {
        governments.count > 1 ? GovernmentChain(Array(governments.dropLast())) : nil
    }

    public var description: String { governments.map(\.rawValue).joined(separator: "/") }
}
