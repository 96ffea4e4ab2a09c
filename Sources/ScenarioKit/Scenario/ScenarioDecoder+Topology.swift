import SharingModel
import SimKernel

/// A government as read, with where its parts are.
struct DecodedGovernment {
    var spec: GovernmentSpec
    var location: JSONLocation
    var idLocation: JSONLocation
    var parentLocation: JSONLocation
}

/// A department as read, with where its parts are.
struct DecodedDepartment {
    var spec: DepartmentSpec
    var location: JSONLocation
    var idLocation: JSONLocation
    var governmentLocation: JSONLocation
    /// Where each of `spec.resources` is.
    var resourceLocations: [JSONLocation]
}

extension ScenarioDecoder {
    /// The integration modes by name; `frontEnd` syncs every 6 hours and `spreadsheet` every 7 days unless the
    /// object form says otherwise.
    static let integrationNames = ["api", "frontEnd", "spreadsheet"]

    func readTopology(_ r: ObjectReader) {
        let hasGenerate = r.has("generate")
        governments = r.objects("governments", required: !hasGenerate) { readGovernment($0) }
        departments = r.objects("departments", required: false) { readDepartment($0) }
        r.object("generate", required: false) { g in
            template = readTemplate(g)
            generationFailed = template == nil
        }
    }

    private func readGovernment(_ r: ObjectReader) -> DecodedGovernment {
        let id = GovernmentID(r.string("id"))
        let name = r.string("name")
        let level = r.enumValue("level", as: Level.self) ?? .municipal
        let parent = r.optional("parent", as: String.self).map(GovernmentID.init(rawValue:))
        return DecodedGovernment(
            spec: GovernmentSpec(id: id, name: name, level: level, parent: parent), location: r.location,
            idLocation: r.location(ofKey: "id"), parentLocation: r.location(ofKey: "parent"))
    }

    private func readDepartment(_ r: ObjectReader) -> DecodedDepartment {
        let id = DepartmentID(r.string("id"))
        let name = r.string("name")
        let government = GovernmentID(r.string("government"))
        let zone = r.enumValue("zone", default: NetworkZone.outer)
        let integration = r.value(forKey: "integration").flatMap { readIntegration($0) } ?? .api
        var locations: [JSONLocation] = []
        let resources = r.objects("resources", required: false) { rr -> ResourceMetadata in
            locations.append(rr.location)
            return readResource(rr, department: id)
        }
        return DecodedDepartment(
            spec: DepartmentSpec(
                id: id, name: name, government: government, zone: zone, integration: integration,
                resources: resources),
            location: r.location, idLocation: r.location(ofKey: "id"),
            governmentLocation: r.location(ofKey: "government"), resourceLocations: locations)
    }

    /// `"api"`, `"frontEnd"`, `"spreadsheet"`, or `{"mode": "frontEnd", "everyHours": 6}` /
    /// `{"mode": "spreadsheet", "everyDays": 7}`.
    private func readIntegration(_ v: ValueReader) -> IntegrationMode? {
        if v.value.stringValue != nil {
            switch v.enumValue(allowed: Self.integrationNames) {
            case "api": return .api
            case "frontEnd": return .frontEnd(everyHours: 6)
            case "spreadsheet": return .spreadsheet(everyDays: 7)
            default: return nil
            }
        }
        guard v.value.objectValue != nil else {
            v.reportWrongType(expected: "one of api, frontEnd, spreadsheet, or an object with \"mode\"")
            return nil
        }
        return v.object { r -> IntegrationMode? in
            switch discriminator(r, "mode", Self.integrationNames) {
            case "api":
                return .api
            case "frontEnd":
                return .frontEnd(everyHours: r.int("everyHours", in: 1...8760, default: 6))
            case "spreadsheet":
                return .spreadsheet(everyDays: r.int("everyDays", in: 1...3650, default: 7))
            default:
                for key in r.keys { r.ignore(key) }
                return nil
            }
        } ?? nil
    }

    /// The `generate` block: WorldTemplate's counts, weights and change script; `nil` when it is too large.
    private func readTemplate(_ r: ObjectReader) -> WorldTemplate? {
        let errorsBefore = r.diagnostics.count
        var t = WorldTemplate()
        t.provinces = r.int("provinces", in: 0..., default: t.provinces)
        t.cities = r.int("cities", in: 0..., default: t.cities)
        t.centralDepartments = r.int("centralDepartments", in: 0..., default: t.centralDepartments)
        t.departmentsPerProvince = r.int("departmentsPerProvince", in: 0..., default: t.departmentsPerProvince)
        t.departmentsPerCity = r.int("departmentsPerCity", in: 0..., default: t.departmentsPerCity)
        t.resourcesPerDepartment = r.int("resourcesPerDepartment", in: 0..., default: t.resourcesPerDepartment)
        t.changes = r.int("changes", in: 0..., default: t.changes)
        t.changeWindowDays = r.int("changeWindowDays", in: 1..., default: t.changeWindowDays)
        serviceTemplates = r.objects("services", required: false) { readServiceTemplate($0) }
        r.object("integrationWeights", required: false) { w in
            let weights = ["api", "frontEnd", "spreadsheet"].map { w.double($0, in: 0..., default: 0) }
            if weights.reduce(0, +) > 0 {
                t.integrationWeights = weights
            } else {
                w.diagnostics.report(
                    .invalidValue, at: w.location, message: "the integration weights are all zero",
                    expected: "at least one positive weight")
            }
        }
        // A count read wrongly stands at its default (the national shape): not worth generating.
        if r.diagnostics.count > errorsBefore { return nil }
        // Cities are generated only under provinces; every government is a platform and an authority.
        let (governments, o0) = t.provinces.addingReportingOverflow(t.provinces == 0 ? 1 : 1 + t.cities)
        if o0 || governments > limits.maxGovernments {
            r.diagnostics.report(
                .limitExceeded, at: r.location,
                message: "the generated world has too many governments (\(o0 ? "overflow" : "\(governments)"))",
                expected: "at most \(limits.maxGovernments) governments")
            return nil
        }
        if t.changes > limits.maxScriptedChanges {
            r.report(
                .limitExceeded, key: "changes", "too many generated changes of functions (\(t.changes))",
                expected: "at most \(limits.maxScriptedChanges) changes")
            return nil
        }
        // Overflow-safe size checks before anything is generated.
        let (perCity, o1) = t.cities.multipliedReportingOverflow(by: t.departmentsPerCity)
        let (perProvince, o2) = t.provinces.multipliedReportingOverflow(by: t.departmentsPerProvince)
        let (sum, o3) = perCity.addingReportingOverflow(perProvince)
        let (count, o4) = sum.addingReportingOverflow(t.centralDepartments)
        if o1 || o2 || o3 || o4 || count > limits.maxDepartments {
            r.diagnostics.report(
                .limitExceeded, at: r.location,
                message: "the generated world is too large (\(o1 || o2 || o3 || o4 ? "overflow" : "\(count)") "
                    + "departments)",
                expected: "at most \(limits.maxDepartments) departments")
            return nil
        }
        let (resources, o5) = count.multipliedReportingOverflow(by: t.resourcesPerDepartment)
        if o5 || resources > limits.maxResources {
            r.report(
                .limitExceeded, key: "resourcesPerDepartment",
                "the generated world has too many resources (\(o5 ? "overflow" : "\(resources)"))",
                expected: "at most \(limits.maxResources) resources")
            return nil
        }
        return t
    }
}
