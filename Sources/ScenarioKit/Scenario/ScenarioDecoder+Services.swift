import SharingModel
import SimKernel

/// A service as read, with where its references are.
struct DecodedService {
    var spec: ServiceSpec
    var idLocation: JSONLocation
    var departmentLocation: JSONLocation
    /// Where each need's provider and resource are, in the order of `spec.needs`.
    var needLocations: [(provider: JSONLocation, resource: JSONLocation)]
}

/// Lookups into the built world for the reference checks of services and the script, made once per decoding.
struct WorldIndex {
    /// The department ids in world order: the candidates for "did you mean".
    let departmentIDs: [String]
    /// The same ids, for lookups.
    let departments: Set<DepartmentID>
    /// The codes of each department's first catalog (R-CAT-3): what services and requests may name, since
    /// users find resources in the catalog published when the world starts.
    let catalogs: [DepartmentID: [ResourceCode]]

    init(_ world: WorldSpec) {
        departmentIDs = world.departments.map(\.id.rawValue)
        departments = Set(world.departments.map(\.id))
        var catalogs: [DepartmentID: [ResourceCode]] = [:]
        catalogs.reserveCapacity(world.departments.count)
        for d in world.departments where catalogs[d.id] == nil { catalogs[d.id] = d.resources.map(\.code) }
        self.catalogs = catalogs
    }
}

extension ScenarioDecoder {
    /// One element of `services`: `{"id", "name", "department", "applicant", "applicationsPerYear", "needs",
    /// "waitLimit"}`. References are checked later (`checkServices`), when the world is known.
    func readService(_ r: ObjectReader) -> DecodedService {
        let id = ServiceID(r.string("id"))
        // Only a string is judged here; a missing or mistyped id is reported already.
        if r.value.objectValue?["id"]?.stringValue?.allSatisfy(\.isWhitespace) == true {
            r.report(.invalidValue, key: "id", "the service id is blank", expected: "a unique, non-blank id")
        }
        let name = r.string("name")
        let department = DepartmentID(r.string("department"))
        let applicant = r.enumValue("applicant", default: ServiceSpec.Applicant.citizen)
        let perYear = r.double("applicationsPerYear", in: 0...)
        var needLocations: [(provider: JSONLocation, resource: JSONLocation)] = []
        let needs = r.objects("needs") { n -> ServiceSpec.Need? in
            needLocations.append((n.location(ofKey: "department"), n.location(ofKey: "resource")))
            return ServiceSpec.Need(
                provider: DepartmentID(n.string("department")), resource: ResourceCode(n.string("resource")))
        }
        if r.value.objectValue?["needs"]?.arrayValue != nil {
            checkNeeds(r, service: id, needs: needs, locations: needLocations)
        }
        var spec = ServiceSpec(
            id: id, name: name, department: department, applicant: applicant, applicationsPerYear: perYear,
            needs: needs)
        // Absent, the model's default (3 days) stands.
        if let waitLimit = optionalDuration(r, "waitLimit") {
            spec.waitLimit = waitLimit
        }
        return DecodedService(
            spec: spec,
            idLocation: r.location(ofKey: "id"), departmentLocation: r.location(ofKey: "department"),
            needLocations: needLocations)
    }

    /// At least one need, at most `ServiceSpec.maxNeeds`, each resource once.
    private func checkNeeds(
        _ r: ObjectReader, service: ServiceID, needs: [ServiceSpec.Need],
        locations: [(provider: JSONLocation, resource: JSONLocation)]
    ) {
        // R-USE-2 is about services that check other departments' data; one that checks nothing has no
        // shared data to wait for and would only inflate the realized-services count.
        if needs.isEmpty {
            r.report(
                .invalidValue, key: "needs", "service \(JSONValue.quoted(service.rawValue)) checks no resource",
                expected: "at least one need")
        }
        // Each application tracks its needs in a 64-bit mask.
        if needs.count > ServiceSpec.maxNeeds {
            r.report(
                .outOfRange, key: "needs",
                "service \(JSONValue.quoted(service.rawValue)) checks \(needs.count) resources",
                expected: "at most \(ServiceSpec.maxNeeds) needs", found: "\(needs.count)")
        }
        // The same resource twice would be asked for twice per application and counted twice.
        var seen = Set<ServiceSpec.Need>()
        for (k, need) in needs.enumerated() where !need.provider.isEmpty && !need.resource.isEmpty {
            if !seen.insert(need).inserted {
                diagnostics.report(
                    .invalidValue, at: locations[k].resource,
                    message: "service \(JSONValue.quoted(service.rawValue)) lists resource \(need.resource) of "
                        + "\(need.provider) more than once",
                    expected: "each resource once")
            }
        }
    }

    /// Checks the services against the world (ids unique, departments and resources known) and adds them.
    func checkServices(world: inout WorldSpec, index: WorldIndex) {
        var seen = Set<ServiceID>()
        var applications = 0.0
        for s in services {
            if !s.spec.id.isEmpty && !seen.insert(s.spec.id).inserted {
                diagnostics.report(
                    .invalidValue, at: s.idLocation,
                    message: "service \(JSONValue.quoted(s.spec.id.rawValue)) is defined more than once",
                    expected: "a unique id")
            }
            // R-USE-2: the handling department is the user of the shared data.
            checkDepartment(s.spec.department, at: s.departmentLocation, index: index)
            for (k, need) in s.spec.needs.enumerated() {
                checkNeed(
                    need, providerAt: s.needLocations[k].provider, resourceAt: s.needLocations[k].resource,
                    index: index)
            }
            applications += s.spec.applicationsPerYear
        }
        // Every application is simulated: an extra zero must fail here, not exhaust the run.
        if applications > Double(limits.maxApplicationsPerYear) {
            diagnostics.report(
                .limitExceeded, at: JSONPath([.key("services")]), position: root.objectValue?["services"]?.position,
                message: "the services have too many applications (\(applications) a year)",
                expected: "at most \(limits.maxApplicationsPerYear) applications a year in all")
        }
        world.services += services.map(\.spec)
    }

    /// Reports a department id that is not in the world, suggesting the closest.
    func checkDepartment(_ id: DepartmentID, at location: JSONLocation, index: WorldIndex) {
        // An empty id is a missing or mistyped field, reported where it was read.
        guard !id.isEmpty, !index.departments.contains(id) else { return }
        reportUnknown(
            "department", id.rawValue, at: location, expected: "the id of a department of the topology",
            candidates: index.departmentIDs)
    }

    /// Reports a need whose provider is not in the world, or whose resource is not in the provider's first
    /// catalog (R-CAT-3: users find resources in the published catalog).
    func checkNeed(
        _ need: ServiceSpec.Need, providerAt providerLocation: JSONLocation, resourceAt resourceLocation: JSONLocation,
        index: WorldIndex
    ) {
        checkDepartment(need.provider, at: providerLocation, index: index)
        guard let codes = index.catalogs[need.provider], !need.resource.isEmpty, !codes.contains(need.resource) else {
            return
        }
        reportUnknown(
            "resource", need.resource.rawValue, at: resourceLocation,
            expected: "the code of a resource in the first catalog of \(need.provider)",
            candidates: codes.map(\.rawValue))
    }
}
