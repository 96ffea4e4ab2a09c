import Foundation
import SharingModel
import Testing

struct ShareTypeCodableTests {
    static let cases: [(ShareType, String)] = [
        (.unconditional, #"{"type":"unconditional"}"#),
        (.conditional(conditions: "仅用于学位审核"), #"{"conditions":"仅用于学位审核","type":"conditional"}"#),
        (
            .notShared(legalBasis: LegalBasis(kind: .law, citation: "统计法 第九条")),
            #"{"legalBasis":{"citation":"统计法 第九条","kind":"law"},"type":"notShared"}"#
        ),
    ]

    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    @Test(arguments: 0..<3)
    func shareTypeEncodesAsReadableJSONAndRoundTrips(index: Int) throws {
        let (value, json) = Self.cases[index]
        let data = try Self.encoder().encode(value)
        #expect(String(decoding: data, as: UTF8.self) == json)
        #expect(try JSONDecoder().decode(ShareType.self, from: data) == value)
    }

    @Test func unknownShareTypeIsRejectedWithTheExpectedValues() {
        let json = Data(#"{"type":"sometimes"}"#.utf8)
        #expect {
            try JSONDecoder().decode(ShareType.self, from: json)
        } throws: { error in
            "\(error)".contains("\"unconditional\", \"conditional\", \"notShared\"")
        }
    }

    @Test func notSharedWithoutLegalBasisFieldIsRejected() {
        let json = Data(#"{"type":"notShared"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ShareType.self, from: json) }
    }

    @Test func shareTypeExposesKindConditionsAndBasis() {
        let basis = LegalBasis(kind: .administrativeRegulation, citation: "保守国家秘密法实施条例")
        #expect(ShareType.notShared(legalBasis: basis).kind == .notShared)
        #expect(ShareType.notShared(legalBasis: basis).legalBasis == basis)
        #expect(ShareType.conditional(conditions: "c").conditions == "c")
        #expect(ShareType.unconditional.conditions == nil)
        #expect(!ShareType.notShared(legalBasis: basis).isShared)
    }
}
