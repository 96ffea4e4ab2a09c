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
}
