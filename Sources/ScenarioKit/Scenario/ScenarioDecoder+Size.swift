import SharingModel

extension ScenarioDecoder {
    /// The size the world will have, from the template's counts and the listed parts, before anything is
    /// generated (issue 12).
    var sizeEstimate: ScenarioSizeEstimate {
        var governments = self.governments.count
        var departments = self.departments.count
        var resources = self.departments.reduce(0) { $0 + $1.spec.resources.count }
        var changes = 0
        if let t = template {
            // readTemplate checked these products and sums for overflow.
            governments += t.provinces == 0 ? 1 : 1 + t.provinces + t.cities
            departments += t.departmentCount
            resources += t.departmentCount * t.resourcesPerDepartment
            changes += t.changes
        }
        var requests = 0
        for entry in script {
            switch entry.entry.action {
            case .functionChange: changes += 1
            case .request, .openDispute, .returnRequest: requests += 1
            case .policyChange: break
            }
        }
        let years = Double(durationDays) / 365
        var needsPerYear = services.reduce(0.0) { $0 + $1.spec.applicationsPerYear * Double($1.spec.needs.count) }
        // generate.services: one copy per generated city or province.
        for copy in serviceTemplates {
            let copies = copy.each == .city ? (template?.cities ?? 0) : (template?.provinces ?? 0)
            needsPerYear +=
                Double(copies) * copy.service.spec.applicationsPerYear * Double(copy.service.spec.needs.count)
        }
        let needs = needsPerYear * years
        return ScenarioSizeEstimate(
            governments: governments, departments: departments, resources: resources, scriptedChanges: changes,
            scriptedRequests: requests, needsOverRun: needs, durationDays: durationDays)
    }

    /// Checks the counts against the limits and the memory estimate against the budget; `false` (reported)
    /// when the world must not be built.
    func checkSizes() -> Bool {
        let estimate = sizeEstimate
        let topology = JSONPath([.key("topology")])
        let position = root.objectValue?["topology"]?.position
        if estimate.governments > limits.maxGovernments {
            diagnostics.report(
                .limitExceeded, at: topology, position: position,
                message: "the world has too many governments (\(estimate.governments))",
                expected: "at most \(limits.maxGovernments) governments")
            return false
        }
        if estimate.scriptedChanges > limits.maxScriptedChanges {
            diagnostics.report(
                .limitExceeded, at: JSONPath([.key("script")]), position: root.objectValue?["script"]?.position,
                message: "the script has too many changes of functions (\(estimate.scriptedChanges))",
                expected: "at most \(limits.maxScriptedChanges) changes, listed and generated")
            return false
        }
        if !estimate.fits(in: limits.memoryBudget) {
            diagnostics.report(
                .limitExceeded, at: topology, position: position,
                message: "one replication would need \(estimate), more memory than this machine has "
                    + "(\(ScenarioSizeEstimate.text(bytes: limits.memoryBudget)))",
                expected: "a smaller world, fewer applications or a shorter run",
                suggestion: "run it on a larger machine, or shrink the counts under topology.generate")
            return false
        }
        return true
    }
}
