import SharingModel
import SimKernel

extension ScenarioDecoder {
    /// One resource in ResourceMetadata's JSON shape (R-CAT-2). `provider` and `providerCode` default to the
    /// enclosing department, `publishDate` to the scenario's start; the other optional fields to
    /// ResourceMetadata's defaults.
    func readResource(_ r: ObjectReader, department: DepartmentID) -> ResourceMetadata {
        let classification =
            r.object("classification") { c -> ResourceClassification in
                let resourceClass = c.enumValue("class", as: ResourceClass.self) ?? .department
                let baseKind = c.optional("baseKind", as: BaseResourceKind.self)
                if baseKind != nil && resourceClass != .base {
                    c.report(
                        .invalidValue, key: "baseKind",
                        "\"baseKind\" is only allowed for class \"base\", found class \"\(resourceClass)\"",
                        expected: "no baseKind, or class \"base\"")
                }
                return ResourceClassification(resourceClass, baseKind: baseKind, code: c.string("code", default: ""))
            } ?? .department()
        let name = r.string("name")
        let code = ResourceCode(r.string("code"))
        let provider = DepartmentID(r.string("provider", default: department.rawValue))
        let providerCode = r.string("providerCode", default: department.rawValue)
        let summary = r.string("summary", default: "")
        let format = r.enumValue("format", default: ResourceFormat.table)
        let items: [InformationItem]
        if let count = r.value(forKey: "items"), count.value.numberValue != nil {
            // A count stands for that many placeholder items (信息项1…n): large calibration worlds such as
            // Shenzhen's 51,688 items (seed 004) are written by counts, not by listing every field (R-CAT-2).
            let n = count.int(in: 1...10_000) ?? 1
            items = (1...n).map { InformationItem(name: "信息项\($0)") }
        } else {
            items = r.objects("items") { i in
                InformationItem(
                    name: i.string("name"), dataType: i.enumValue("dataType", default: DataType.string),
                    updateCycle: i.enumValue("updateCycle", default: UpdateCycle.irregular))
            }
        }
        let shareType = r.object("shareType") { readShareType($0) } ?? .unconditional
        let shareMethod = r.enumValue("shareMethod", default: ShareMethod.frontEndExchange)
        let openDataType = r.enumValue("openDataType", default: OpenDataType.notOpen)
        let openConditions = r.optional("openConditions", as: String.self)
        let publishDate = r.date("publishDate", default: startDate)
        let zone = r.enumValue("zone", default: NetworkZone.outer)
        return ResourceMetadata(
            classification: classification, name: name, code: code, provider: provider, providerCode: providerCode,
            summary: summary, format: format, items: items, shareType: shareType, shareMethod: shareMethod,
            openDataType: openDataType, openConditions: openConditions, publishDate: publishDate, zone: zone)
    }

    /// `{"type": "unconditional"}`, `{"type": "conditional", "conditions": "…"}` or
    /// `{"type": "notShared", "legalBasis": {"kind": "law", "citation": "…"}}` (R-SHR-2..4).
    private func readShareType(_ r: ObjectReader) -> ShareType {
        let kind = r.enumValue("type", as: ShareTypeKind.self)
        func notUsed(_ key: String) {
            guard r.value(forKey: key) != nil else { return }
            let type = kind.map { JSONValue.quoted($0.rawValue) } ?? "this type"
            r.report(
                .invalidValue, key: key, "\(JSONValue.quoted(key)) is not used with type \(type)",
                expected: key == "conditions"
                    ? "conditions only with type \"conditional\"" : "a legal basis only with type \"notShared\"")
        }
        switch kind {
        case .unconditional:
            notUsed("conditions")
            notUsed("legalBasis")
            return .unconditional
        case .conditional:
            notUsed("legalBasis")
            return .conditional(conditions: r.string("conditions"))
        case .notShared:
            notUsed("conditions")
            let basis =
                r.object("legalBasis") { b in
                    LegalBasis(
                        kind: b.enumValue("kind", as: LegalBasis.Kind.self) ?? .law, citation: b.string("citation"))
                } ?? LegalBasis(kind: .law, citation: "?")
            return .notShared(legalBasis: basis)
        case nil:
            // The type is wrong already; its companions cannot be judged.
            r.ignore("conditions", "legalBasis")
            return .unconditional
        }
    }

    /// Checks one department's resources against the catalog rules (R-CAT-2, R-CAT-3, R-SHR-4), reporting
    /// each error at the resource's field. `locations[i]` is where `resources[i]` is.
    func checkCatalog(department: DepartmentID, resources: [ResourceMetadata], locations: [JSONLocation]) {
        var firstIndex: [ResourceCode: Int] = [:]
        for (i, resource) in resources.enumerated() {
            let location = locations[i]
            if !resource.code.isEmpty {
                if firstIndex[resource.code] != nil {
                    // R-CAT-2: the code identifies the resource in its catalog.
                    diagnostics.report(
                        .ruleViolation, at: locate(JSONPath([.key("code")]), below: location),
                        message: "resource \(JSONValue.quoted(resource.code.rawValue)): R-CAT-2 resource code "
                            + "appears more than once in the catalog of \(department)",
                        expected: "a code unique in the department's catalog")
                } else {
                    firstIndex[resource.code] = i
                }
            }
            // One resource at a time, so every error belongs to this resource's JSON path.
            for error in DepartmentCatalog(department: department, version: 1, resources: [resource]).validate() {
                let subject = error.resource.map { "resource \(JSONValue.quoted($0.rawValue))" } ?? "resource"
                let rule = error.rule.map { "\($0) " } ?? ""
                diagnostics.report(
                    .ruleViolation, at: locate(Self.field(of: error), below: location),
                    message: "\(subject): \(rule)\(error.message)")
            }
        }
    }

    /// The field of a resource a catalog error is about.
    private static func field(of error: CatalogError) -> JSONPath {
        switch error.code {
        case .providerMismatch: return JSONPath([.key("provider")])
        case .duplicateResourceCode: return JSONPath([.key("code")])
        case .notSharedWithoutLegalBasis: return JSONPath([.key("shareType"), .key("legalBasis"), .key("citation")])
        case .baseResourceNotShared, .baseResourceNotUnconditional: return JSONPath([.key("shareType"), .key("type")])
        default: return error.field.flatMap { JSONPath(parsing: $0) } ?? JSONPath()
        }
    }
}
