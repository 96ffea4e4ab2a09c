/// xoshiro256** 1.0 (David Blackman and Sebastiano Vigna 2018; reference C code public domain).
///
/// The all-purpose generator behind every `RandomStream`: 256 bits of state, period 2^256 − 1,
/// passes BigCrush, and `jump()` advances it by 2^128 steps. The state is four plain words, so
/// the generator is a trivially copyable value with no allocation.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// A generator whose state is four consecutive outputs of `SplitMix64(seed: seed)`, the seeding
    /// the authors recommend. The state cannot be all zero: SplitMix64's outputs are distinct.
    @inlinable public init(seed: UInt64) {
        var seeder = SplitMix64(seed: seed)
        s0 = seeder.next()
        s1 = seeder.next()
        s2 = seeder.next()
        s3 = seeder.next()
    }

    /// A generator with exactly this state (s[0], s[1], s[2], s[3] of the reference code).
    ///
    /// - Precondition: the state is not all zero (the one state the generator never leaves).
    @inlinable public init(state: (UInt64, UInt64, UInt64, UInt64)) {
        precondition(
            state.0 | state.1 | state.2 | state.3 != 0,
            "Xoshiro256StarStar: the all-zero state is invalid (the generator would output only zeros)")
        (s0, s1, s2, s3) = state
    }

    /// The current state, in the order `init(state:)` takes it.
    @inlinable public var state: (UInt64, UInt64, UInt64, UInt64) { (s0, s1, s2, s3) }

    @inlinable static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 {
        // Masking shifts: `k` is 7 or 45, so the result is the same, and the checked shifts' out-of-line
        // call costs about 65 instructions per delivered event in the kernel benchmark.
        (x &<< k) | (x &>> (64 &- k))
    }

    /// The next 64 random bits.
    @inlinable public mutating func next() -> UInt64 {
        let result = Self.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotl(s3, 45)
        return result
    }

    /// Advances the generator by 2^128 calls to `next()`, as the reference `jump()`.
    ///
    /// Used to carve 2^128 non-overlapping subsequences out of one state.
    public mutating func jump() {
        var j0: UInt64 = 0
        var j1: UInt64 = 0
        var j2: UInt64 = 0
        var j3: UInt64 = 0
        for word in Self.jumpPolynomial {
            for bit: UInt64 in 0..<64 {
                if word & (1 << bit) != 0 {
                    j0 ^= s0
                    j1 ^= s1
                    j2 ^= s2
                    j3 ^= s3
                }
                _ = next()
            }
        }
        (s0, s1, s2, s3) = (j0, j1, j2, j3)
    }

    /// The jump polynomial of the reference code (2^128 steps).
    private static let jumpPolynomial: [UInt64] = [
        0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C, 0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C,
    ]
}
