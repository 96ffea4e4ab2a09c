import Foundation
import SharingModel
import Testing

struct DepartmentCatalogTests {
    @Test func resourcesAreKeptSortedByCode() {
        let catalog = Fixtures.catalog(codes: ["C", "A", "B"])
        #expect(catalog.codes == ["A", "B", "C"])
        #expect(catalog.resource("B")?.code == "B")
        #expect(catalog.resource("D") == nil)
    }

    @Test func aServedEntryIsFoundWithAnyHintRightOrWrong() {
        var catalog = Fixtures.catalog(codes: ["C", "A", "B", "E"])
        for hint in -1...5 {
            #expect(catalog.servedEntry("B", hint: hint) == catalog.servedEntry("B"))
            #expect(catalog.servedEntry("B", hint: hint) != nil)
            #expect(catalog.servedEntry("D", hint: hint) == nil)
        }
        // A hint taken before the catalog changed points elsewhere now and is not trusted.
        catalog.upsert(Fixtures.resource("0"))
        #expect(catalog.servedEntry("B", hint: 1) != nil)
        _ = catalog.remove("B")
        #expect(catalog.servedEntry("B", hint: 2) == nil)
    }

    @Test func upsertAndRemoveBumpTheVersionOnlyWhenContentChanges() {
        var catalog = Fixtures.catalog(version: 3, codes: ["A"])
        let changed0 = catalog.upsert(Fixtures.resource("A"))
        #expect(!changed0)
        #expect(catalog.version == 3)
        let changed1 = catalog.upsert(Fixtures.resource("B"))
        #expect(changed1)
        let changed2 = catalog.upsert(Fixtures.resource("A", name: "改名"))
        #expect(changed2)
        #expect(catalog.version == 5)
        #expect(catalog.resource("A")?.name == "改名")
        let removed3 = catalog.remove("A")
        #expect(removed3?.code == "A")
        let removed4 = catalog.remove("A")
        #expect(removed4 == nil)
        #expect(catalog.version == 6)
        #expect(catalog.codes == ["B"])
    }

    @Test func batchUpsertIsOneVersion() {
        var catalog = Fixtures.catalog(version: 1, codes: [])
        let changed5 = catalog.upsert(contentsOf: ["C", "A", "B"].map { Fixtures.resource($0) })
        #expect(changed5)
        #expect(catalog.version == 2)
        #expect(catalog.codes == ["A", "B", "C"])
    }

    @Test func upsertCollapsesARepeatedCode() {
        var catalog = DepartmentCatalog(
            department: Fixtures.department, resources: [Fixtures.resource("A"), Fixtures.resource("A", name: "x")])
        #expect(catalog.count == 2)
        catalog.upsert(Fixtures.resource("A", name: "y"))
        #expect(catalog.count == 1)
        #expect(catalog.validate() == [])
    }

    @Test func catalogRoundTripsThroughJSONAndSortsOnDecode() throws {
        let catalog = Fixtures.catalog(version: 7, codes: ["B", "A"])
        let data = try JSONEncoder().encode(catalog)
        let decoded = try JSONDecoder().decode(DepartmentCatalog.self, from: data)
        #expect(decoded == catalog)
        #expect(decoded.codes == ["A", "B"])
    }

    @Test func countsAreByShareTypeAndClass() {
        let basis = LegalBasis(kind: .law, citation: "x")
        let catalog = DepartmentCatalog(
            department: Fixtures.department,
            resources: [
                Fixtures.resource("A", classification: .base(.population)),
                Fixtures.resource("B", shareType: .conditional(conditions: "c")),
                Fixtures.resource("C", shareType: .notShared(legalBasis: basis), zone: .inner),
                Fixtures.resource("D", classification: .thematic()),
            ])
        let counts = catalog.counts()
        #expect(counts.byShareType.map(\.count) == [2, 1, 1])
        #expect(counts.byClass.map(\.count) == [1, 1, 2])
        #expect(counts.resources == 4)
        #expect(counts.informationItems == 8)
        #expect(counts.innerZoneResources == 1)
        #expect(counts[.notShared] == 1)
        #expect(counts[.base] == 1)
    }
}
