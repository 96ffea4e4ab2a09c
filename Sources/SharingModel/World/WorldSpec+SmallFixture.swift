import SimKernel

extension WorldSpec {
    /// A world small enough to read: the nation, one province (浙江), two cities (杭州, 宁波) and six
    /// departments with three resources each, healthy links, retries on, and two scripted changes of
    /// functions — one on 2017-09-26, just before the National Day holiday (R-CAT-4).
    public static var smallFixture: WorldSpec {
        let start = CivilDate(year: 2017, month: 3, day: 1)!
        let governments = [
            GovernmentSpec(id: "CN", name: "国家", level: .national, parent: nil),
            GovernmentSpec(id: "ZJ", name: "浙江省", level: .provincial, parent: "CN"),
            GovernmentSpec(id: "ZJ-HZ", name: "杭州市", level: .municipal, parent: "ZJ"),
            GovernmentSpec(id: "ZJ-NB", name: "宁波市", level: .municipal, parent: "ZJ"),
        ]
        func r(
            _ department: DepartmentID, _ n: Int, _ name: String,
            _ classification: ResourceClassification = .department(),
            _ shareType: ShareType = .unconditional
        ) -> ResourceMetadata {
            FixtureResources.resource(
                department, n, name: name, classification: classification, shareType: shareType, publishDate: start)
        }
        let departments = [
            DepartmentSpec(
                id: "CN-MPS", name: "公安部", government: "CN",
                resources: [
                    r("CN-MPS", 1, "全国人口基础信息", .base(.population)),
                    r("CN-MPS", 2, "出入境证件信息", .department(), .conditional(conditions: "仅用于身份核验")),
                    r("CN-MPS", 3, "户籍迁移记录", .thematic()),
                ]),
            DepartmentSpec(
                id: "ZJ-AMR", name: "浙江省市场监督管理局", government: "ZJ", integration: .frontEnd(everyHours: 6),
                resources: [
                    r("ZJ-AMR", 1, "法人单位基础信息", .base(.legalEntity)),
                    r("ZJ-AMR", 2, "食品经营许可", .thematic()),
                    r("ZJ-AMR", 3, "行政处罚记录", .department(), .conditional(conditions: "执法部门使用")),
                ]),
            DepartmentSpec(
                id: "ZJ-HZ-EDU", name: "杭州市教育局", government: "ZJ-HZ",
                resources: [
                    r("ZJ-HZ-EDU", 1, "学籍信息"),
                    r("ZJ-HZ-EDU", 2, "学校基本信息", .thematic()),
                    r("ZJ-HZ-EDU", 3, "教师资格信息"),
                ]),
            DepartmentSpec(
                id: "ZJ-HZ-HRSS", name: "杭州市人力资源和社会保障局", government: "ZJ-HZ",
                integration: .frontEnd(everyHours: 6),
                resources: [
                    r("ZJ-HZ-HRSS", 1, "社会保险参保信息", .thematic()),
                    r("ZJ-HZ-HRSS", 2, "就业登记信息"),
                    r(
                        "ZJ-HZ-HRSS", 3, "个人缴费明细", .department(),
                        .notShared(legalBasis: LegalBasis(kind: .law, citation: "《中华人民共和国社会保险法》第九十二条"))),
                ]),
            DepartmentSpec(
                id: "ZJ-NB-HEA", name: "宁波市卫生健康委员会", government: "ZJ-NB", profile: .unwilling,
                resources: [
                    r("ZJ-NB-HEA", 1, "出生医学证明", .thematic()),
                    r("ZJ-NB-HEA", 2, "医疗机构执业许可"),
                    r("ZJ-NB-HEA", 3, "预防接种记录", .department(), .conditional(conditions: "入学查验")),
                ]),
            DepartmentSpec(
                id: "ZJ-NB-NRP", name: "宁波市自然资源和规划局", government: "ZJ-NB",
                integration: .spreadsheet(everyDays: 7), profile: .unable,
                resources: [
                    r("ZJ-NB-NRP", 1, "基础地理信息", .base(.naturalResourcesGeospatial)),
                    r("ZJ-NB-NRP", 2, "不动产登记信息", .department(), .conditional(conditions: "依申请")),
                    r("ZJ-NB-NRP", 3, "国土空间规划", .thematic()),
                ]),
        ]
        let script = [
            ScriptedChange(
                date: CivilDate(year: 2017, month: 5, day: 8)!,
                change: FunctionChange(
                    id: 1, department: "ZJ-NB-HEA", upserts: [r("ZJ-NB-HEA", 4, "母婴保健信息", .thematic())],
                    removals: ["ZJ-NB-HEA-02"])),
            // R-CAT-4: a change made just before the National Day holiday (2017-10-01..08).
            ScriptedChange(
                date: CivilDate(year: 2017, month: 9, day: 26)!,
                change: FunctionChange(
                    id: 2, department: "ZJ-HZ-EDU", upserts: [r("ZJ-HZ-EDU", 4, "校外培训机构信息", .thematic())])),
        ]
        return WorldSpec(
            seed: 2017, startDate: start, governments: governments, departments: departments, script: script)
    }
}

/// Builders of well-formed resources for fixtures and generated worlds.
public enum FixtureResources {
    /// Shared information items, so generated catalogs share their storage.
    public static let items: [InformationItem] = [
        InformationItem(name: "统一编码", dataType: .string, updateCycle: .realTime),
        InformationItem(name: "名称", dataType: .string, updateCycle: .monthly),
        InformationItem(name: "登记日期", dataType: .date, updateCycle: .yearly),
    ]

    /// Resource `n` of `department`, coded `<department>-<nn>`, with the core metadata of R-CAT-2.
    public static func resource(
        _ department: DepartmentID, _ n: Int, name: String, classification: ResourceClassification = .department(),
        shareType: ShareType = .unconditional, publishDate: CivilDate, zone: NetworkZone = .outer
    ) -> ResourceMetadata {
        let number = n < 10 ? "0\(n)" : "\(n)"
        return ResourceMetadata(
            classification: classification, name: name, code: ResourceCode("\(department)-\(number)"),
            provider: department, providerCode: department.rawValue, summary: name, format: .table, items: items,
            shareType: shareType, shareMethod: .frontEndExchange, openDataType: .notOpen, publishDate: publishDate,
            zone: zone)
    }
}
