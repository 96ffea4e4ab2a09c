import SharingModel
import SimKernel

/// Builders for catalog values, so each test states only what it is about.
enum Fixtures {
    static let department: DepartmentID = "3301-EDU"
    static let publishDate = CivilDate(year: 2017, month: 3, day: 1)!

    static func resource(
        _ code: ResourceCode,
        provider: DepartmentID = department,
        classification: ResourceClassification = .department(code: "03-01"),
        name: String = "学籍信息",
        providerCode: String = "11330100002482101A",
        items: [InformationItem] = [
            InformationItem(name: "学籍号", dataType: .string, updateCycle: .yearly),
            InformationItem(name: "入学日期", dataType: .date, updateCycle: .yearly),
        ],
        shareType: ShareType = .unconditional,
        openDataType: OpenDataType = .notOpen,
        openConditions: String? = nil,
        zone: NetworkZone = .outer
    ) -> ResourceMetadata {
        ResourceMetadata(
            classification: classification, name: name, code: code, provider: provider,
            providerCode: providerCode, summary: "在校学生学籍", format: .table, items: items,
            shareType: shareType, shareMethod: .frontEndExchange, openDataType: openDataType,
            openConditions: openConditions, publishDate: publishDate, zone: zone)
    }

    static func catalog(
        _ department: DepartmentID = department, version: UInt64 = 0, codes: [ResourceCode]
    ) -> DepartmentCatalog {
        DepartmentCatalog(
            department: department, version: version, resources: codes.map { resource($0, provider: department) })
    }
}
