import SharingModel
import SimKernel

/// A script entry as read, with where its references are.
struct DecodedScriptEntry {
    var entry: ScriptEntry
    var dateLocation: JSONLocation
    /// For a function change, the department whose functions change; for a request or a dispute, the
    /// claiming one.
    var departmentLocation: JSONLocation?
    /// For a function change: where each upsert and removal is.
    var upsertLocations: [JSONLocation] = []
    var removalLocations: [JSONLocation] = []
    /// For a request or a dispute: where the provider and the resource are.
    var providerLocation: JSONLocation?
    var resourceLocation: JSONLocation?
    /// For a line action: where the line and the asking government are.
    var lineLocation: JSONLocation?
    var governmentLocation: JSONLocation?
}

extension ScenarioDecoder {
    /// One dated entry: `{"date", "hour", "action", …the action's fields}`.
    func readScriptEntry(_ r: ObjectReader) -> DecodedScriptEntry? {
        let date = r.date("date")
        let hour = r.int("hour", in: 0...23, default: 10)
        let dateLocation = r.location(ofKey: "date")
        if r.has("date"), date < startDate {
            r.report(
                .outOfRange, key: "date", "the entry is dated \(date), before the run starts on \(startDate)",
                expected: "a date on or after startDate")
        }
        let action = discriminator(r, "action", ScriptAction.names)
        switch action {
        case "functionChange":
            let department = DepartmentID(r.string("department"))
            var upsertLocations: [JSONLocation] = []
            let upserts = r.objects("upserts", required: false) { u -> ResourceMetadata in
                upsertLocations.append(u.location)
                return readResource(u, department: department)
            }
            var removalLocations: [JSONLocation] = []
            let removals = r.array("removals", required: false) { v -> ResourceCode? in
                removalLocations.append(v.location)
                return v.string().map(ResourceCode.init(rawValue:))
            }
            // Numbered after the script is complete (buildWorld), since generated changes come first.
            let change = FunctionChange(id: 0, department: department, upserts: upserts, removals: removals)
            return DecodedScriptEntry(
                entry: ScriptEntry(date: date, hour: hour, action: .functionChange(change), location: r.location),
                dateLocation: dateLocation, departmentLocation: r.location(ofKey: "department"),
                upsertLocations: upsertLocations, removalLocations: removalLocations)
        case "request":
            let (user, need, purpose) = readClaim(
                r, blankPurpose: "R-USE-1 a request declares the purpose it will use the data for")
            let request = ScriptedRequest(date: date, hour: hour, user: user, need: need, purpose: purpose)
            return DecodedScriptEntry(
                entry: ScriptEntry(date: date, hour: hour, action: .request(request), location: r.location),
                dateLocation: dateLocation, departmentLocation: r.location(ofKey: "department"),
                providerLocation: r.location(ofKey: "provider"), resourceLocation: r.location(ofKey: "resource"))
        case "openDispute":
            // R-ESC-1: the claiming department opens a dispute over one resource it needs, for a purpose.
            let (user, need, purpose) = readClaim(
                r, blankPurpose: "R-ESC-1 a dispute names the purpose the data is needed for")
            let dispute = ScriptedDispute(date: date, hour: hour, user: user, need: need, purpose: purpose)
            return DecodedScriptEntry(
                entry: ScriptEntry(date: date, hour: hour, action: .openDispute(dispute), location: r.location),
                dateLocation: dateLocation, departmentLocation: r.location(ofKey: "department"),
                providerLocation: r.location(ofKey: "provider"), resourceLocation: r.location(ofKey: "resource"))
        case "returnRequest":
            // R-RET-2: a local government asks for the records its departments collected on a line.
            let line = LineID(r.string("line"))
            let government = GovernmentID(r.string("government"))
            let action = ScriptedLineAction(
                date: date, hour: hour, line: line, kind: .returnRequest(government: government))
            return DecodedScriptEntry(
                entry: ScriptEntry(date: date, hour: hour, action: .returnRequest(action), location: r.location),
                dateLocation: dateLocation, lineLocation: r.location(ofKey: "line"),
                governmentLocation: r.location(ofKey: "government"))
        case "policyChange":
            let line = LineID(r.string("line"))
            var policy: ReturnPolicy?
            if let v = r.value(forKey: "returnPolicy") {
                policy = readReturnPolicy(v)
            } else {
                r.reportMissing("returnPolicy", expected: "the line's new return policy")
            }
            let action = ScriptedLineAction(
                date: date, hour: hour, line: line, kind: .setReturnPolicy(policy ?? .blocked))
            return DecodedScriptEntry(
                entry: ScriptEntry(date: date, hour: hour, action: .policyChange(action), location: r.location),
                dateLocation: dateLocation, lineLocation: r.location(ofKey: "line"))
        default:
            // Without a known action its other fields cannot be judged.
            for key in r.keys { r.ignore(key) }
            return nil
        }
    }

    /// Checks function changes against the world and numbers them after the generated ones; checks requests
    /// and disputes and adds them to `world.requests` and `world.disputes` in file order.
    func checkScript(world: inout WorldSpec, index: WorldIndex) {
        let ids = index.departmentIDs
        var resourcesByDepartment = index.catalogs
        // A removal may name a resource added by any upsert of the same department.
        for s in script {
            if case .functionChange(let c) = s.entry.action, resourcesByDepartment[c.department] != nil {
                resourcesByDepartment[c.department]?.append(contentsOf: c.upserts.map(\.code))
            }
        }
        var nextID = (world.script.map(\.change.id).max() ?? 0) + 1
        for i in script.indices {
            if case .request(let request) = script[i].entry.action {
                checkClaim(user: request.user, need: request.need, verb: "requests", script[i], index: index)
                world.requests.append(request)
                continue
            }
            if case .openDispute(let dispute) = script[i].entry.action {
                checkClaim(user: dispute.user, need: dispute.need, verb: "disputes", script[i], index: index)
                world.disputes.append(dispute)
                continue
            }
            switch script[i].entry.action {
            case .returnRequest(let action), .policyChange(let action):
                checkLineAction(action, script[i], world: world)
                world.lineScript.append(action)
                continue
            default: break
            }
            guard case .functionChange(var change) = script[i].entry.action else { continue }
            change.id = nextID
            nextID += 1
            script[i].entry.action = .functionChange(change)
            guard let codes = resourcesByDepartment[change.department] else {
                if let location = script[i].departmentLocation, !change.department.isEmpty {
                    reportUnknown(
                        "department", change.department.rawValue, at: location,
                        expected: "the id of a department of the topology", candidates: ids)
                }
                continue
            }
            checkCatalog(
                department: change.department, resources: change.upserts, locations: script[i].upsertLocations)
            for (k, code) in change.removals.enumerated() where !codes.contains(code) {
                reportUnknown(
                    "resource", code.rawValue, at: script[i].removalLocations[k],
                    expected: "the code of a resource of \(change.department)", candidates: codes.map(\.rawValue))
            }
            let entry = script[i].entry
            world.script.append(ScriptedChange(date: entry.date, hour: entry.hour, change: change))
        }
    }
}

extension ScenarioDecoder {
    /// The fields a request and a dispute share: `department` (the user), `provider`, `resource` and `purpose`.
    /// A blank purpose is reported with `blankPurpose`.
    private func readClaim(
        _ r: ObjectReader, blankPurpose: String
    ) -> (user: DepartmentID, need: ServiceSpec.Need, purpose: Purpose) {
        let user = DepartmentID(r.string("department"))
        let need = ServiceSpec.Need(
            provider: DepartmentID(r.string("provider")), resource: ResourceCode(r.string("resource")))
        let purpose = Purpose(rawValue: r.string("purpose"))
        // R-USE-1: shared data is used only for the purpose declared, so a request or a dispute must declare
        // one. Only a string is judged here; a missing or mistyped purpose is reported already.
        if r.value.objectValue?["purpose"]?.stringValue?.allSatisfy(\.isWhitespace) == true {
            r.report(.invalidValue, key: "purpose", blankPurpose, expected: "a purpose that is not blank")
        }
        return (user, need, purpose)
    }

    /// A request or a dispute names departments and a resource of the first catalogs, like a service's needs
    /// (R-USE-2), and claims it from another department: a department has its own data without asking the
    /// platform.
    private func checkClaim(
        user: DepartmentID, need: ServiceSpec.Need, verb: String, _ decoded: DecodedScriptEntry, index: WorldIndex
    ) {
        let entry = decoded.entry.location
        checkDepartment(user, at: decoded.departmentLocation ?? entry, index: index)
        checkNeed(
            need, providerAt: decoded.providerLocation ?? entry, resourceAt: decoded.resourceLocation ?? entry,
            index: index)
        if user == need.provider && !user.isEmpty {
            diagnostics.report(
                .invalidValue, at: decoded.providerLocation ?? entry,
                message: "department \(user) \(verb) its own resource \(need.resource)",
                expected: "another department as provider")
        }
    }
}

extension ScenarioDecoder {
    /// A line action names a line of `lines`; a return request comes from a government that collects on it.
    private func checkLineAction(_ action: ScriptedLineAction, _ decoded: DecodedScriptEntry, world: WorldSpec) {
        let entry = decoded.entry.location
        guard let line = world.lines.first(where: { $0.id == action.line }) else {
            if !action.line.isEmpty {
                reportUnknown(
                    "line", action.line.rawValue, at: decoded.lineLocation ?? entry,
                    expected: "the id of a line of `lines`",
                    candidates: world.lines.map(\.id.rawValue))
            }
            return
        }
        guard case .returnRequest(let government) = action.kind, !government.isEmpty else { return }
        let collectors = Set(line.collectors)
        var collecting: [String] = []
        for d in world.departments where collectors.contains(d.id) && !collecting.contains(d.government.rawValue) {
            collecting.append(d.government.rawValue)
        }
        if !collecting.contains(government.rawValue) {
            reportUnknown(
                "government", government.rawValue, at: decoded.governmentLocation ?? entry,
                expected: "a government whose departments collect on line \(line.id)", candidates: collecting)
        }
    }
}
