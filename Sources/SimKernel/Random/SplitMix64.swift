/// SplitMix64 (Steele, Lea and Flood 2014; reference C code by Sebastiano Vigna, public domain).
///
/// A tiny 64-bit generator with a Weyl-sequence state and a strong output mix. ShareSim uses it
/// for seeding, never as an actor's stream: it fills the state of `Xoshiro256StarStar`, and its
/// output function (`mix(_:)`) derives independent-looking stream seeds (docs/random.md).
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    /// The golden-ratio increment of the Weyl sequence, 2^64 / φ rounded to odd.
    public static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The whole state: the next output is `mix(state &+ increment)`.
    public var state: UInt64

    /// A generator whose first output is `mix(seed &+ increment)`, as the reference `x = seed`.
    @inlinable public init(seed: UInt64) { state = seed }

    /// The SplitMix64 output function ("finalizer"): a bijection of `UInt64` with full avalanche.
    @inlinable public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits.
    @inlinable public mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.mix(state)
    }
}
