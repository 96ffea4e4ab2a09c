import SimKernel

extension WorldSpec {
    /// A world expanded from `template`: ids are short (`CN`, `P07`, `M123`; departments `M123.07`,
    /// resources `M123.07.12`) so they stay inline strings, and names, items and conditions are shared
    /// values, so a national-size world fits in memory. Everything random comes from one stream named
    /// `generator`, so a template and seed give the same world in every process.
    public static func generated(_ template: WorldTemplate) -> WorldSpec {
        var random = RandomStream(seed: template.seed, name: "generator")
        let start = template.startDate
        var governments = [GovernmentSpec(id: "CN", name: "国家", level: .national, parent: nil)]
        var departments: [DepartmentSpec] = []
        departments.reserveCapacity(template.departmentCount)
        let provinceIDs = (0..<template.provinces).map { Self.generatedProvinceID($0) }
        for (p, id) in provinceIDs.enumerated() {
            governments.append(GovernmentSpec(id: id, name: "省\(p)", level: .provincial, parent: "CN"))
        }
        var cityIDs: [GovernmentID] = []
        if !provinceIDs.isEmpty {
            for c in 0..<template.cities {
                let id = Self.generatedCityID(c)
                cityIDs.append(id)
                governments.append(
                    GovernmentSpec(id: id, name: "市\(c)", level: .municipal, parent: provinceIDs[c % provinceIDs.count])
                )
            }
        }
        var generator = ResourceGenerator(start: start)
        func addDepartments(of government: GovernmentID, count: Int) {
            for d in 0..<count {
                let id = DepartmentID("\(government.rawValue == "CN" ? "N" : government.rawValue).\(Self.pad(d, 2))")
                let sector = ResourceGenerator.sectors[d % ResourceGenerator.sectors.count]
                let resources = (0..<template.resourcesPerDepartment).map {
                    generator.resource(id, $0, sector: d, random: &random)
                }
                let integration: IntegrationMode =
                    switch random.weightedIndex(template.integrationWeights) {
                    case 0: .api
                    case 1: .frontEnd(everyHours: 6)
                    default: .spreadsheet(everyDays: 7)
                    }
                let profile: BehaviourProfile =
                    switch random.weightedIndex(template.profileWeights) {
                    case 0: .cooperative
                    case 1: .unwilling
                    default: .unable
                    }
                departments.append(
                    DepartmentSpec(
                        id: id, name: "\(government.rawValue)\(sector)", government: government,
                        integration: integration, profile: profile, resources: resources))
            }
        }
        addDepartments(of: "CN", count: template.centralDepartments)
        for id in provinceIDs { addDepartments(of: id, count: template.departmentsPerProvince) }
        for id in cityIDs { addDepartments(of: id, count: template.departmentsPerCity) }

        var script: [ScriptedChange] = []
        if !departments.isEmpty {
            for k in 0..<template.changes {
                let department = departments[random.int(below: departments.count)]
                let day = start.adding(days: 1 + random.int(below: max(1, template.changeWindowDays)))
                let added = generator.resource(
                    department.id, 100 + k, sector: k, random: &random, publishDate: day)
                var removals: [ResourceCode] = []
                if let victim = department.resources.last, random.bernoulli(0.3) { removals.append(victim.code) }
                script.append(
                    ScriptedChange(
                        date: day, hour: 9 + random.int(below: 8),
                        change: FunctionChange(
                            id: k + 1, department: department.id, upserts: [added], removals: removals)))
            }
        }
        return WorldSpec(
            seed: template.seed, startDate: start, governments: governments, departments: departments,
            links: template.links, policy: template.policy, script: script)
    }

    /// The id of generated province `p` (`P00`, `P01`, …).
    public static func generatedProvinceID(_ p: Int) -> GovernmentID { GovernmentID("P\(pad(p, 2))") }

    /// The id of generated city `c` (`M000`, `M001`, …); its province is `generatedProvinceID(c % provinces)`.
    public static func generatedCityID(_ c: Int) -> GovernmentID { GovernmentID("M\(pad(c, 3))") }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

/// Makes template resources whose strings and arrays are shared between departments.
struct ResourceGenerator {
    static let sectors = [
        "教育局", "公安局", "民政局", "财政局", "人社局", "自然资源局", "生态环境局", "住建局", "交通局", "水利局",
        "农业农村局", "商务局", "文旅局", "卫健委", "应急局", "审计局", "市场监管局", "统计局", "医保局", "税务局",
    ]
    static let names = (0..<40).map { "业务信息资源\($0)" }
    static let conditions = "仅限履职需要，经提供部门审核"
    static let basis = LegalBasis(kind: .administrativeRegulation, citation: "《中华人民共和国政府信息公开条例》第十四条")

    let start: CivilDate

    init(start: CivilDate) { self.start = start }

    mutating func resource(
        _ department: DepartmentID, _ n: Int, sector: Int, random: inout RandomStream, publishDate: CivilDate? = nil
    ) -> ResourceMetadata {
        // R-CAT-1 mix: a few base resources, a fifth thematic, the rest departmental.
        let classification: ResourceClassification
        if n % 20 == 0 {
            classification = .base(BaseResourceKind.allCases[sector % BaseResourceKind.allCases.count])
        } else if n % 5 == 1 {
            classification = .thematic()
        } else {
            classification = .department()
        }
        // R-SHR-1: sharing is the rule; R-SHR-4: base resources are always unconditional.
        let shareType: ShareType
        if classification.resourceClass == .base {
            shareType = .unconditional
        } else {
            switch random.weightedIndex([0.7, 0.25, 0.05]) {
            case 0: shareType = .unconditional
            case 1: shareType = .conditional(conditions: Self.conditions)
            default: shareType = .notShared(legalBasis: Self.basis)
            }
        }
        return ResourceMetadata(
            classification: classification, name: Self.names[n % Self.names.count],
            code: ResourceCode("\(department.rawValue).\(WorldSpec.pad(n, 2))"), provider: department,
            providerCode: department.rawValue, summary: "", format: .table, items: FixtureResources.items,
            shareType: shareType, shareMethod: .frontEndExchange, openDataType: .notOpen,
            publishDate: publishDate ?? start)
    }
}
