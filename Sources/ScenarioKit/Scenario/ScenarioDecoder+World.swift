import SharingModel
import SimKernel

extension ScenarioDecoder {
    /// The world: generated part first, then the listed governments and departments; checked for
    /// references and catalog rules, services, scripted requests and disputes checked against it, profiles
    /// assigned, script numbered. `nil` when it cannot be built.
    func buildWorld() -> (spec: WorldSpec, profileNames: [String])? {
        guard !generationFailed else { return nil }
        // Issue 12: counts first, then the memory estimate, both before anything is generated.
        guard checkSizes() else { return nil }
        var world: WorldSpec
        if var t = template {
            t.seed = seed
            t.startDate = startDate
            t.links = links
            t.policy = policy
            world = WorldSpec.generated(t)
            // Generated services come first, like the generated world they belong to.
            services = expandServiceTemplates(serviceTemplates, template: t) + services
        } else {
            world = WorldSpec(seed: seed, startDate: startDate, governments: [], departments: [])
        }
        world.links = links
        world.policy = policy
        world.sharing = sharingPolicy
        world.disputePolicy = disputePolicy
        world.evaluation = evaluationPolicy
        world.costs = costPolicy
        let generatedDepartments = world.departments.count

        checkGovernments(generated: Array(world.governments))
        world.governments += governments.map(\.spec)
        world.departments += departments.map(\.spec)
        if world.departments.count > limits.maxDepartments {
            diagnostics.report(
                .limitExceeded, at: JSONPath([.key("topology")]), position: nil,
                message: "the world is too large (\(world.departments.count) departments)",
                expected: "at most \(limits.maxDepartments) departments")
            return nil
        }
        if world.resourceCount > limits.maxResources {
            diagnostics.report(
                .limitExceeded, at: JSONPath([.key("topology")]), position: nil,
                message: "the world has too many resources (\(world.resourceCount))",
                expected: "at most \(limits.maxResources) resources")
            return nil
        }
        checkDepartments(world: world, generatedDepartments: generatedDepartments)
        let index = WorldIndex(world)
        checkServices(world: &world, index: index)
        checkLines(world: &world, index: index)
        checkOwedItems(index: index)
        checkScript(world: &world, index: index)
        let names = assignProfiles(to: &world)
        guard diagnostics.isEmpty else { return nil }
        // Anything WorldSpec still finds was missed above; report it rather than run a broken world.
        for problem in world.problems() {
            diagnostics.report(.ruleViolation, at: JSONPath(), position: nil, message: problem.description)
        }
        return (world, names)
    }

    /// Ids unique, exactly one national government, parents one level up (R-PLT-1).
    private func checkGovernments(generated: [GovernmentSpec]) {
        var levels: [GovernmentID: Level] = [:]
        for g in generated { levels[g.id] = g.level }
        for g in governments {
            if levels[g.spec.id] != nil {
                diagnostics.report(
                    .invalidValue, at: g.idLocation,
                    message: "government \(JSONValue.quoted(g.spec.id.rawValue)) is defined more than once",
                    expected: template == nil ? "a unique id" : "a unique id (the generator makes CN, P00…, M000…)")
            } else {
                levels[g.spec.id] = g.spec.level
            }
        }
        let nationals =
            generated.filter { $0.level == .national }.count
            + governments.filter { $0.spec.level == .national }.count
        if nationals != 1 && (template != nil || !governments.isEmpty) {
            diagnostics.report(
                .ruleViolation, at: JSONPath([.key("topology"), .key("governments")]), position: nil,
                message: "R-PLT-1 a world needs exactly one national government, found \(nationals)")
        }
        let allIDs = generated.map(\.id.rawValue) + governments.map(\.spec.id.rawValue)
        for g in governments {
            guard let parent = g.spec.parent else {
                if g.spec.level != .national {
                    diagnostics.report(
                        .missingField, at: g.location,
                        message: "missing required field \"parent\" for a \(g.spec.level) government",
                        expected: "the id of a government one level up")
                }
                continue
            }
            guard let parentLevel = levels[parent] else {
                reportUnknown(
                    "government", parent.rawValue, at: g.parentLocation, expected: "the id of a government",
                    candidates: allIDs)
                continue
            }
            if parentLevel != g.spec.level.parent {
                let wanted = g.spec.level.parent.map { "a \($0) government" } ?? "no parent for the national government"
                diagnostics.report(
                    .ruleViolation, at: g.parentLocation,
                    message: "R-PLT-1 government \(g.spec.id)'s parent \(parent) is \(parentLevel)",
                    expected: wanted)
            }
        }
    }

    /// Ids unique, governments known, catalogs valid.
    private func checkDepartments(world: WorldSpec, generatedDepartments: Int) {
        var seen = Set(world.departments.prefix(generatedDepartments).map(\.id))
        let governmentIDs = world.governments.map(\.id.rawValue)
        let governmentSet = Set(governmentIDs)
        for d in departments {
            if !seen.insert(d.spec.id).inserted {
                diagnostics.report(
                    .invalidValue, at: d.idLocation,
                    message: "department \(JSONValue.quoted(d.spec.id.rawValue)) is defined more than once",
                    expected: "a unique id")
            }
            if !governmentSet.contains(d.spec.government.rawValue) && !d.spec.government.isEmpty {
                reportUnknown(
                    "government", d.spec.government.rawValue, at: d.governmentLocation,
                    expected: "the id of a government", candidates: governmentIDs)
            }
            checkCatalog(department: d.spec.id, resources: d.spec.resources, locations: d.resourceLocations)
        }
    }
}
