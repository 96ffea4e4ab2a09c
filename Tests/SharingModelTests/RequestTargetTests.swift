import Testing

@testable import SharingModel
@testable import SimKernel

/// ``RequestTarget`` is a class but compares as a value: two targets built alike are equal and hash alike,
/// and any field that differs tells them apart.
@Suite struct RequestTargetTests {
    static func target(resource: ResourceCode = "P.00", catalogIndex: Int = 0, isBase: Bool = false) -> RequestTarget {
        RequestTarget(
            provider: "P", providerAddress: ActorAddress(4), providerPlatform: ActorAddress(1), resource: resource,
            shareType: .conditional, isBase: isBase, catalogIndex: catalogIndex)
    }

    @Test func comparesByValue() {
        let a = Self.target()
        let b = Self.target()
        #expect(a !== b)
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
        #expect(a != Self.target(resource: "P.01"))
        #expect(a != Self.target(catalogIndex: 3))
        #expect(a != Self.target(isBase: true))
        #expect(Set([a, Self.target(catalogIndex: 3)]).count == 2)
    }

    /// The catalog index is kept in 4 bytes (docs/decisions/0014): every index a catalog can have, and the -1 of
    /// "no hint", reads back as given; an index beyond 4 bytes reads back as one no catalog has, so the platform
    /// finds the resource by its code (a hint is checked before it is trusted) instead of at a wrapped index.
    @Test func theCatalogIndexReadsBackAsGiven() {
        for index in [-1, 0, 39, 65_535, Int(Int32.max)] {
            #expect(Self.target(catalogIndex: index).catalogIndex == index)
        }
        #expect(Self.target(catalogIndex: Int(Int32.max) + 5).catalogIndex == Int(Int32.max))
        #expect(Self.target(catalogIndex: Int(Int32.min) - 5).catalogIndex < 0)
        let catalog = Fixtures.catalog("P", version: 1, codes: ["P.00", "P.01"])
        let hint = Self.target(resource: "P.01", catalogIndex: Int(Int32.max) + 5).catalogIndex
        #expect(catalog.servedEntry("P.01", hint: hint) == catalog.servedEntry("P.01"))
        #expect(catalog.servedEntry("P.01", hint: hint) != nil)
    }
}
