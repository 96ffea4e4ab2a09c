import Foundation
import SharingModel
import Testing

struct AggregatedCatalogTests {
    static let edu = Fixtures.catalog("3301-EDU", version: 2, codes: ["3301-EDU-0001", "3301-EDU-0002"])
    static let hlt = Fixtures.catalog("3301-HLT", version: 5, codes: ["3301-HLT-0001"])
    static let psb = Fixtures.catalog("3301-PSB", version: 1, codes: ["3301-PSB-0001"])

    @Test func entriesAreSortedByDepartment() {
        let catalog = AggregatedCatalog([Self.psb, Self.edu, Self.hlt])
        #expect(catalog.departments == ["3301-EDU", "3301-HLT", "3301-PSB"])
        #expect(catalog.entries.map(\.department) == catalog.departments)
        var seen: [ResourceCode] = []
        catalog.forEachResource { seen.append($0.code) }
        #expect(seen == ["3301-EDU-0001", "3301-EDU-0002", "3301-HLT-0001", "3301-PSB-0001"])
        #expect(catalog.resource("3301-HLT-0001", of: "3301-HLT") != nil)
        #expect(catalog.resourceCount == 4)
    }

    @Test func unionKeepsTheHighestVersionOfEachDepartment() {
        var newerEdu = Self.edu
        newerEdu.upsert(Fixtures.resource("3301-EDU-0003", provider: "3301-EDU"))
        let a = AggregatedCatalog([Self.edu, Self.hlt])
        let b = AggregatedCatalog([newerEdu, Self.psb])
        let union = AggregatedCatalog.union([a, b])
        #expect(union.departments == ["3301-EDU", "3301-HLT", "3301-PSB"])
        #expect(union.catalog(of: "3301-EDU") == newerEdu)
        #expect(union == AggregatedCatalog.union([b, a]))
    }

    @Test func unionBreaksEqualVersionTiesByArgumentOrder() {
        let other = DepartmentCatalog(
            department: "3301-EDU", version: 2, resources: [Fixtures.resource("X", provider: "3301-EDU")])
        let a = AggregatedCatalog([Self.edu])
        let b = AggregatedCatalog([other])
        #expect(AggregatedCatalog.union([a, b]).catalog(of: "3301-EDU") == Self.edu)
        #expect(AggregatedCatalog.union([b, a]).catalog(of: "3301-EDU") == other)
    }

    @Test func contentHashIsEqualForEqualCatalogsWhateverTheBuildOrder() {
        let a = AggregatedCatalog([Self.edu, Self.hlt, Self.psb])
        let b = AggregatedCatalog.union([AggregatedCatalog([Self.psb]), AggregatedCatalog([Self.hlt, Self.edu])])
        #expect(a == b)
        #expect(a.contentHash() == b.contentHash())
    }

    @Test func contentHashDiffersWhenContentOrVersionDiffers() {
        let base = AggregatedCatalog([Self.edu, Self.hlt])
        var changed = Self.edu
        changed.upsert(Fixtures.resource("3301-EDU-0001", provider: "3301-EDU", name: "改"))
        let bumpedOnly = DepartmentCatalog(department: "3301-EDU", version: 9, resources: Self.edu.resources)
        #expect(base.contentHash() != AggregatedCatalog([changed, Self.hlt]).contentHash())
        #expect(base.contentHash() != AggregatedCatalog([bumpedOnly, Self.hlt]).contentHash())
        #expect(base.contentHash() != AggregatedCatalog([Self.edu]).contentHash())
        #expect(AggregatedCatalog().contentHash() != base.contentHash())
    }

    @Test func replicasConvergeByDeltasToTheSourceHash() {
        var source = Self.edu
        var replica = AggregatedCatalog([source])
        for n in 3...6 {
            let before = source
            source.upsert(Fixtures.resource(ResourceCode("3301-EDU-000\(n)"), provider: "3301-EDU"))
            if n == 5 { source.remove("3301-EDU-0001") }
            let result0 = replica.apply(source.delta(since: before))
            #expect(result0 == .applied)
        }
        #expect(replica.contentHash() == AggregatedCatalog([source]).contentHash())
    }

    @Test func versionHashTracksDepartmentsAndVersions() {
        let a = AggregatedCatalog([Self.edu, Self.hlt])
        #expect(a.versionHash() == AggregatedCatalog([Self.hlt, Self.edu]).versionHash())
        var newer = Self.edu
        newer.upsert(Fixtures.resource("3301-EDU-0009", provider: "3301-EDU"))
        #expect(a.versionHash() != AggregatedCatalog([newer, Self.hlt]).versionHash())
        #expect(a.versionHash() != AggregatedCatalog([Self.edu]).versionHash())
    }

    @Test func countsSumOverDepartmentsInFixedFields() {
        let counts = AggregatedCatalog([Self.edu, Self.hlt, Self.psb]).counts()
        #expect(counts.departments == 3)
        #expect(counts.resources == 4)
        #expect(counts.byShareType.map(\.kind) == [.unconditional, .conditional, .notShared])
        #expect(counts.byShareType.map(\.count) == [4, 0, 0])
        #expect(counts.byClass.map(\.count) == [0, 0, 4])
    }

    @Test func aggregatedCatalogEncodesInDepartmentOrderAndRoundTrips() throws {
        let catalog = AggregatedCatalog([Self.psb, Self.edu, Self.hlt])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(catalog)
        #expect(try encoder.encode(AggregatedCatalog([Self.hlt, Self.psb, Self.edu])) == data)
        #expect(try JSONDecoder().decode(AggregatedCatalog.self, from: data) == catalog)
        let text = String(decoding: data, as: UTF8.self)
        let edu = try #require(text.range(of: "\"3301-EDU\""))
        let psb = try #require(text.range(of: "\"3301-PSB\""))
        #expect(edu.lowerBound < psb.lowerBound)
    }

    @Test func aDepartmentListedTwiceIsRejectedOnDecode() throws {
        let list = try JSONEncoder().encode([Self.edu, Self.edu])
        let json = Data(#"{"departments":"#.utf8) + list + Data("}".utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(AggregatedCatalog.self, from: json) }
    }
}
