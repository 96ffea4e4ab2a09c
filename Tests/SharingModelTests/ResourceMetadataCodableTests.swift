import Foundation
import SharingModel
import SimKernel
import Testing

struct ResourceMetadataCodableTests {
    @Test func resourceMetadataRoundTripsThroughJSON() throws {
        let original = Fixtures.resource(
            "3301-PSB-0001", classification: .base(.population, code: "01-01"),
            shareType: .conditional(conditions: "凭授权查询"), openDataType: .conditionalOpen,
            openConditions: "脱敏后开放", zone: .inner)
        let data = try JSONEncoder().encode(original)
        #expect(try JSONDecoder().decode(ResourceMetadata.self, from: data) == original)
    }

    @Test func resourceMetadataDecodesFromAHandWrittenScenarioShape() throws {
        let json = #"""
            {
              "classification": {"class": "base", "baseKind": "legalEntity", "code": "01-02"},
              "name": "法人基本信息", "code": "3301-MSA-0001", "provider": "3301-MSA",
              "providerCode": "113301000024821", "format": "api",
              "items": [{"name": "统一社会信用代码", "dataType": "string", "updateCycle": "daily"}],
              "shareType": {"type": "unconditional"}, "shareMethod": "onlineQuery",
              "openDataType": "open", "publishDate": "2016-09-05"
            }
            """#
        let r = try JSONDecoder().decode(ResourceMetadata.self, from: Data(json.utf8))
        #expect(r.classification.baseKind == .legalEntity)
        #expect(r.resourceClass == .base)
        #expect(r.zone == .outer)
        #expect(r.summary == "")
        #expect(r.openConditions == nil)
        #expect(r.publishDate == CivilDate(year: 2016, month: 9, day: 5))
        #expect(r.items == [InformationItem(name: "统一社会信用代码", dataType: .string, updateCycle: .daily)])
        #expect(r.shareMethod == .onlineQuery)
    }

    @Test func baseKindOnANonBaseClassIsRejected() {
        let json = Data(#"{"class":"thematic","baseKind":"population"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ResourceClassification.self, from: json) }
        #expect(ResourceClassification(.thematic, baseKind: .population).baseKind == nil)
    }

    @Test func contentHashIsStableAndSeesEveryChange() {
        let a = Fixtures.resource("3301-EDU-0001")
        var b = a
        #expect(a.contentHash() == b.contentHash())
        b.items[1].updateCycle = .monthly
        #expect(a.contentHash() != b.contentHash())
        var c = a
        c.openConditions = ""
        #expect(a.contentHash() != c.contentHash())
    }
}
