import Foundation
import SharingModel
import Testing

struct CatalogDeltaTests {
    @Test func deltaSinceAnEarlierStateCarriesUpsertsAndRemovals() {
        let v1 = Fixtures.catalog(version: 1, codes: ["A", "B", "C"])
        var v2 = v1
        v2.remove("B")
        v2.upsert(Fixtures.resource("C", name: "改"))
        v2.upsert(Fixtures.resource("D"))
        let delta = v2.delta(since: v1)
        #expect(delta.fromVersion == 1)
        #expect(delta.toVersion == 4)
        #expect(delta.upserts.map(\.code) == ["C", "D"])
        #expect(delta.removals == ["B"])
        #expect(delta.idempotencyKey == "3301-EDU@4")

        var replica = v1
        let result0 = replica.apply(delta)
        #expect(result0 == .applied)
        #expect(replica == v2)
    }

    @Test func applyingTheSameDeltaTwiceIsADuplicate() {
        let v1 = Fixtures.catalog(version: 1, codes: ["A"])
        var v2 = v1
        v2.upsert(Fixtures.resource("B"))
        var replica = AggregatedCatalog([v1])
        let delta = v2.delta(since: v1)
        let result1 = replica.apply(delta)
        #expect(result1 == .applied)
        let afterFirst = replica
        let result2 = replica.apply(delta)
        #expect(result2 == .duplicate)
        #expect(replica == afterFirst)
    }

    @Test func anOlderDeltaIsStale() {
        let v1 = Fixtures.catalog(version: 1, codes: ["A"])
        var v2 = v1
        v2.upsert(Fixtures.resource("B"))
        var v3 = v2
        v3.remove("A")
        var replica = AggregatedCatalog([v1])
        let result3 = replica.apply(v3.delta(since: v1))
        #expect(result3 == .applied)
        let result4 = replica.apply(v2.delta(since: v1))
        #expect(result4 == .stale)
        #expect(replica.catalog(of: Fixtures.department) == v3)
    }

    @Test func aDeltaFromAheadOfTheHeldVersionIsAGapUntilASnapshotResyncs() {
        let v1 = Fixtures.catalog(version: 1, codes: ["A"])
        var v2 = v1
        v2.upsert(Fixtures.resource("B"))
        var v3 = v2
        v3.upsert(Fixtures.resource("C"))
        var replica = AggregatedCatalog([v1])
        // The v1→v2 delta was lost on the link.
        let result5 = replica.apply(v3.delta(since: v2))
        #expect(result5 == .gap)
        #expect(replica.version(of: Fixtures.department) == 1)
        let result6 = replica.applySnapshot(v3)
        #expect(result6 == .applied)
        let result7 = replica.applySnapshot(v3)
        #expect(result7 == .duplicate)
        let result8 = replica.applySnapshot(v2)
        #expect(result8 == .stale)
        #expect(replica.catalog(of: Fixtures.department) == v3)
    }

    @Test func aDeltaOverlappingTheHeldVersionStillConverges() {
        let v1 = Fixtures.catalog(version: 1, codes: ["A", "B"])
        var v2 = v1
        v2.remove("A")
        var v3 = v2
        v3.upsert(Fixtures.resource("B", name: "改"))
        var replica = AggregatedCatalog([v2])
        let result9 = replica.apply(v3.delta(since: v1))
        #expect(result9 == .applied)
        #expect(replica.catalog(of: Fixtures.department) == v3)
    }

    @Test func aDepartmentNotHeldStartsAtVersionZero() {
        let catalog = Fixtures.catalog(version: 2, codes: ["A"])
        var replica = AggregatedCatalog()
        let result10 = replica.apply(CatalogDelta(department: "other", fromVersion: 1, toVersion: 2))
        #expect(result10 == .gap)
        #expect(replica.isEmpty)
        let result11 = replica.apply(catalog.fullDelta())
        #expect(result11 == .applied)
        #expect(replica.catalog(of: Fixtures.department) == catalog)
    }

    @Test func consecutiveDeltasComposeIntoOne() throws {
        let v1 = Fixtures.catalog(version: 1, codes: ["A", "B"])
        var v2 = v1
        v2.remove("A")
        v2.upsert(Fixtures.resource("C"))
        var v3 = v2
        v3.upsert(Fixtures.resource("A"))
        v3.remove("C")
        let composed = try #require(v2.delta(since: v1).followed(by: v3.delta(since: v2)))
        #expect(composed.fromVersion == 1)
        #expect(composed.toVersion == v3.version)
        var replica = v1
        let result12 = replica.apply(composed)
        #expect(result12 == .applied)
        #expect(replica == v3)
        #expect(v3.delta(since: v2).followed(by: v2.delta(since: v1)) == nil)
    }

    @Test func deltaRoundTripsThroughJSONAndRejectsBackwardVersions() throws {
        var v2 = Fixtures.catalog(version: 1, codes: ["A"])
        let v1 = v2
        v2.upsert(Fixtures.resource("B"))
        v2.remove("A")
        let delta = v2.delta(since: v1)
        let data = try JSONEncoder().encode(delta)
        #expect(try JSONDecoder().decode(CatalogDelta.self, from: data) == delta)
        let backward = Data(#"{"department":"d","fromVersion":3,"toVersion":2}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CatalogDelta.self, from: backward) }
    }
}
