/// 64-bit FNV-1a over a canonical byte encoding, for cheap and stable content hashes.
///
/// Swift's `Hasher` is seeded per process, so it cannot be compared across runs or written to a
/// report; FNV-1a is fixed. Strings are fed as UTF-8 followed by 0xFF (a byte UTF-8 never uses),
/// so `"ab","c"` and `"a","bc"` differ; integers as 8 little-endian bytes.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    init() {}

    mutating func combine(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* Self.prime
    }

    mutating func combine(_ v: UInt64) {
        var v = v
        for _ in 0..<8 {
            combine(byte: UInt8(truncatingIfNeeded: v))
            v >>= 8
        }
    }

    mutating func combine(_ v: Int) { combine(UInt64(bitPattern: Int64(v))) }

    mutating func combine(_ s: String) {
        var s = s
        // Hash the contiguous UTF-8 buffer directly rather than through the `utf8` view.
        var v = value
        s.withUTF8 { bytes in
            for b in bytes { v = (v ^ UInt64(b)) &* Self.prime }
        }
        value = v
        combine(byte: 0xFF)
    }

    mutating func combine(_ s: String?) {
        if let s {
            combine(byte: 1)
            combine(s)
        } else {
            combine(byte: 0)
        }
    }
}
