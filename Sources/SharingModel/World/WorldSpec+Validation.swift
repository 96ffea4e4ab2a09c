extension WorldSpec {
    /// Every problem that stops the world from being built, in spec order (governments, then
    /// departments, then the script); empty when it can be built.
    public func problems() -> [WorldError] {
        var errors: [WorldError] = []
        var levels: [GovernmentID: Level] = [:]
        for g in governments {
            if levels[g.id] != nil { errors.append(.duplicateGovernment(g.id)) }
            levels[g.id] = g.level
        }
        let nationals = governments.filter { $0.level == .national }.count
        if nationals != 1 { errors.append(.nationalGovernmentCount(nationals)) }
        for g in governments {
            // R-PLT-1: platforms form one hierarchy, municipal → provincial → national.
            let parentLevel = g.parent.flatMap { levels[$0] }
            if parentLevel != g.level.parent || (g.level != .national && g.parent == nil) {
                errors.append(.badParent(government: g.id, parent: g.parent))
            }
        }
        var departmentIDs = Set<DepartmentID>()
        for d in departments {
            if !departmentIDs.insert(d.id).inserted { errors.append(.duplicateDepartment(d.id)) }
            if levels[d.government] == nil {
                errors.append(.unknownGovernment(department: d.id, government: d.government))
            }
            // R-CAT-2, R-CAT-3, R-SHR-4: a catalog that breaks the rules is refused, not published.
            let catalogErrors = DepartmentCatalog(department: d.id, version: 1, resources: d.resources).validate()
            if !catalogErrors.isEmpty { errors.append(.invalidCatalog(department: d.id, errors: catalogErrors)) }
        }
        var changeIDs = Set<Int>()
        for s in script {
            if !changeIDs.insert(s.change.id).inserted { errors.append(.duplicateChange(s.change.id)) }
            if !departmentIDs.contains(s.change.department) {
                errors.append(.unknownScriptDepartment(change: s.change.id, department: s.change.department))
            }
            if s.date < startDate { errors.append(.changeBeforeStart(change: s.change.id)) }
        }
        errors += requestProblems(departmentIDs: departmentIDs)
        errors += lineProblems()
        return errors
    }

    /// Services and scripted requests must name departments and resources of the world (R-USE-2).
    private func requestProblems(departmentIDs: Set<DepartmentID>) -> [WorldError] {
        var errors: [WorldError] = []
        var catalogs: [DepartmentID: Set<ResourceCode>] = [:]
        for d in departments { catalogs[d.id] = Set(d.resources.map(\.code)) }
        func check(_ need: ServiceSpec.Need, in context: String) {
            if catalogs[need.provider]?.contains(need.resource) != true {
                errors.append(.unknownNeed(context: context, provider: need.provider, resource: need.resource))
            }
        }
        var serviceIDs = Set<ServiceID>()
        for s in services {
            let context = "service \(s.id)"
            if !serviceIDs.insert(s.id).inserted { errors.append(.duplicateService(s.id)) }
            if !departmentIDs.contains(s.department) {
                errors.append(.unknownDepartment(context: context, department: s.department))
            }
            if s.needs.count > ServiceSpec.maxNeeds { errors.append(.tooManyNeeds(s.id, s.needs.count)) }
            for need in s.needs { check(need, in: context) }
        }
        for (i, r) in requests.enumerated() {
            let context = "scripted request \(i + 1)"
            if !departmentIDs.contains(r.user) {
                errors.append(.unknownDepartment(context: context, department: r.user))
            }
            check(r.need, in: context)
        }
        for (i, d) in disputes.enumerated() {
            let context = "scripted dispute \(i + 1)"
            if !departmentIDs.contains(d.user) {
                errors.append(.unknownDepartment(context: context, department: d.user))
            }
            check(d.need, in: context)
        }
        return errors
    }

    /// Throws the first problem, if any.
    public func validate() throws(WorldError) {
        if let first = problems().first { throw first }
    }
}
