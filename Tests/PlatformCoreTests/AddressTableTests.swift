import Testing

@testable import PlatformCore

/// ``AddressTable`` answers as the dictionaries it replaced did, first value winning.
@Suite struct AddressTableTests {
    @Test func answersLikeADictionaryOverItsRange() {
        let pairs: [(address: Int32, value: Int)] = [(40, 1), (7, 2), (12, 3), (40, 9)]
        let table = AddressTable(pairs)
        #expect(table[40] == 1)  // a child's own entry comes first and wins
        #expect(table[7] == 2)
        #expect(table[12] == 3)
        for missing: Int32 in [-1, 0, 6, 8, 11, 13, 39, 41, 1_000] { #expect(table[missing] == nil) }
        #expect(AddressTable<Int>([])[0] == nil)
    }
}
