import Testing

@testable import SharingModel

struct FNV1aTests {
    @Test func matchesThePublishedFNV1a64Vectors() {
        // Reference values of 64-bit FNV-1a (offset 0xcbf29ce484222325, prime 0x100000001b3).
        var empty = FNV1a()
        #expect(empty.value == 0xcbf2_9ce4_8422_2325)
        empty.combine(byte: UInt8(ascii: "a"))
        #expect(empty.value == 0xaf63_dc4c_8601_ec8c)
        var foobar = FNV1a()
        for b in "foobar".utf8 { foobar.combine(byte: b) }
        #expect(foobar.value == 0x8594_4171_f739_67e8)
    }

    @Test func stringBoundariesChangeTheHash() {
        var a = FNV1a()
        a.combine("ab")
        a.combine("c")
        var b = FNV1a()
        b.combine("a")
        b.combine("bc")
        #expect(a.value != b.value)
    }
}
