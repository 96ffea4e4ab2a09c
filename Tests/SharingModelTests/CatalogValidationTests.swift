import SharingModel
import Testing

struct CatalogValidationTests {
    private func errors(_ resources: [ResourceMetadata]) -> [CatalogError] {
        DepartmentCatalog(department: Fixtures.department, version: 1, resources: resources).validate()
    }

    @Test func wellFormedCatalogHasNoErrors() {
        let catalog = Fixtures.catalog(codes: ["3301-EDU-0001", "3301-EDU-0002"])
        #expect(catalog.validate() == [])
        #expect(catalog.isValid)
    }

    @Test func notSharedWithoutCitationIsReportedUnderRSHR4() throws {
        let blank = LegalBasis(kind: .law, citation: "  ")
        let found = errors([Fixtures.resource("3301-EDU-0007", shareType: .notShared(legalBasis: blank))])
        let error = try #require(found.first)
        #expect(found.count == 1)
        #expect(error.code == .notSharedWithoutLegalBasis)
        #expect(error.resource == "3301-EDU-0007")
        #expect(error.rule == .shr4)
        #expect(
            error.description == "resource 3301-EDU-0007: R-SHR-4 not-shared resource must cite a law, "
                + "administrative regulation or Party Central / State Council policy")
    }

    @Test func notSharedWithCitationIsAccepted() {
        let basis = LegalBasis(kind: .partyCentralOrStateCouncilPolicy, citation: "国发〔2016〕51号")
        #expect(errors([Fixtures.resource("3301-EDU-0007", shareType: .notShared(legalBasis: basis))]) == [])
    }

    @Test func baseResourceNotSharedIsReportedUnderRSHR4() throws {
        let basis = LegalBasis(kind: .law, citation: "居民身份证法")
        let found = errors([
            Fixtures.resource(
                "3301-PSB-0001", classification: .base(.population), shareType: .notShared(legalBasis: basis))
        ])
        let error = try #require(found.first)
        #expect(found.map(\.code) == [.baseResourceNotShared])
        #expect(error.rule == .shr4)
        #expect(error.description.hasPrefix("resource 3301-PSB-0001: R-SHR-4 base resource (population)"))
    }

    @Test func conditionalBaseResourceIsReportedAsNotUnconditional() throws {
        let found = errors([
            Fixtures.resource(
                "3301-LND-0001", classification: .base(.naturalResourcesGeospatial),
                shareType: .conditional(conditions: "审批后提供"))
        ])
        let error = try #require(found.first)
        #expect(found.map(\.code) == [.baseResourceNotUnconditional])
        #expect(error.resource == "3301-LND-0001")
        #expect(error.description.hasPrefix("resource 3301-LND-0001: R-SHR-4 "))
    }

    @Test func duplicateResourceCodeIsReportedOnceForTheRepeat() throws {
        let found = errors([
            Fixtures.resource("3301-EDU-0002"), Fixtures.resource("3301-EDU-0001", name: "其他"),
            Fixtures.resource("3301-EDU-0001"),
        ])
        let error = try #require(found.first)
        #expect(found.map(\.code) == [.duplicateResourceCode])
        #expect(error.resource == "3301-EDU-0001")
        #expect(error.rule == .cat2)
        #expect(error.description.hasPrefix("resource 3301-EDU-0001: R-CAT-2 "))
    }

    static let missingFieldCases: [(String, ResourceMetadata)] = [
        ("name", Fixtures.resource("3301-EDU-0003", name: "")),
        ("providerCode", Fixtures.resource("3301-EDU-0003", providerCode: " ")),
        ("items", Fixtures.resource("3301-EDU-0003", items: [])),
        ("items[1].name", Fixtures.resource("3301-EDU-0003", items: [.init(name: "学籍号"), .init(name: "")])),
        ("shareType.conditions", Fixtures.resource("3301-EDU-0003", shareType: .conditional(conditions: ""))),
        ("openConditions", Fixtures.resource("3301-EDU-0003", openDataType: .conditionalOpen)),
    ]

    @Test(arguments: 0..<6)
    func missingRequiredMetadataNamesTheField(index: Int) throws {
        let (field, resource) = Self.missingFieldCases[index]
        let found = errors([resource])
        let error = try #require(found.first)
        #expect(found.count == 1)
        #expect(error.code == .missingRequiredMetadata)
        #expect(error.field == field)
        #expect(error.resource == "3301-EDU-0003")
        #expect(error.description.hasPrefix("resource 3301-EDU-0003: R-CAT-2 missing required metadata"))
    }

    @Test func emptyResourceCodeIsReportedWithoutAResource() throws {
        let found = errors([Fixtures.resource("", name: "学籍信息")])
        let error = try #require(found.first)
        #expect(found.map(\.field) == ["code"])
        #expect(error.resource == nil)
        #expect(error.description.contains("resource (no code): R-CAT-2 "))
        #expect(error.description.contains("学籍信息"))
    }

    @Test func resourceOfAnotherProviderIsReportedUnderRCAT3() throws {
        let found = errors([Fixtures.resource("3301-HLT-0001", provider: "3301-HLT")])
        let error = try #require(found.first)
        #expect(found.map(\.code) == [.providerMismatch])
        #expect(error.rule == .cat3)
        #expect(error.description.hasPrefix("resource 3301-HLT-0001: R-CAT-3 provider 3301-HLT"))
    }

    @Test func validateReturnsEveryErrorInCatalogThenCheckOrder() {
        let blank = LegalBasis(kind: .law, citation: "")
        let found = errors([
            Fixtures.resource("B", classification: .base(.population), shareType: .notShared(legalBasis: blank)),
            Fixtures.resource("A", provider: "X", name: ""),
            Fixtures.resource("B"),
        ])
        #expect(
            found.map(\.code) == [
                .missingRequiredMetadata, .providerMismatch,
                .notSharedWithoutLegalBasis, .baseResourceNotShared,
                .duplicateResourceCode,
            ])
        #expect(found.map(\.resource) == ["A", "A", "B", "B", "B"])
    }
}
