/// The random stream of one simulation actor: a seeded `Xoshiro256StarStar` whose seed is derived
/// from the scenario seed and the actor's stream id.
///
/// Every random draw of a run comes from a `RandomStream`; there is no global generator. Each actor
/// owns its stream, so adding an actor, or an actor drawing more often, never shifts the draws of
/// the others, and two policies compared on the same seed see the same random numbers where their
/// worlds agree (common random numbers; docs/random.md).
///
/// Derivation (fixed; changing it changes every result):
///
///     key     = SplitMix64.mix(seed ^ 0x5851F42D4C957F2D)
///     derived = SplitMix64.mix(key &+ SplitMix64.mix(streamID &+ 0x9E3779B97F4A7C15))
///     stream  = Xoshiro256StarStar(seed: derived)   // 4 SplitMix64 outputs fill the state
///
/// Both inputs pass through the SplitMix64 finalizer, so neighbouring seeds or ids give unrelated
/// streams; for a fixed seed the map from id to `derived` is a bijection, so two ids of one run
/// never share a generator.
public struct RandomStream: RandomNumberGenerator, Sendable, Hashable {
    /// The generator; public so that a test can inspect the state.
    public var generator: Xoshiro256StarStar

    /// The stream numbered `streamID` of the run seeded with `seed`.
    @inlinable public init(seed: UInt64, streamID: UInt64) {
        generator = Xoshiro256StarStar(seed: Self.derivedSeed(seed: seed, streamID: streamID))
    }

    /// The stream named `name` of the run seeded with `seed`: `streamID` is `fnv1a64(name)`.
    ///
    /// Names are stable actor ids such as `"department:beijing:education"`; the hash is computed over
    /// the UTF-8 bytes, so it is the same in every process and on every platform (Swift's `Hasher`
    /// is seeded per process and must never be used here).
    @inlinable public init(seed: UInt64, name: String) {
        self.init(seed: seed, streamID: Self.fnv1a64(name))
    }

    /// A stream continuing from exactly this generator (tests, or a sub-stream made with `jump()`).
    @inlinable public init(generator: Xoshiro256StarStar) { self.generator = generator }

    /// The seed given to `Xoshiro256StarStar(seed:)` for the stream `streamID` of run `seed`.
    @inlinable public static func derivedSeed(seed: UInt64, streamID: UInt64) -> UInt64 {
        let key = SplitMix64.mix(seed ^ 0x5851_F42D_4C95_7F2D)
        return SplitMix64.mix(key &+ SplitMix64.mix(streamID &+ SplitMix64.increment))
    }

    /// The 64-bit FNV-1a hash of the UTF-8 bytes of `text` (offset basis 0xcbf29ce484222325,
    /// prime 0x100000001b3), stable across processes and platforms.
    @inlinable public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The next 64 random bits.
    @inlinable public mutating func next() -> UInt64 { generator.next() }
}
