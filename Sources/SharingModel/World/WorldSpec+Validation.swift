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
        return errors
    }

    /// Throws the first problem, if any.
    public func validate() throws(WorldError) {
        if let first = problems().first { throw first }
    }
}
