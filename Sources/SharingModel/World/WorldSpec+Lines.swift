extension WorldSpec {
    /// The problems of the vertical lines and the line script (R-RET-1, R-RET-2): unknown
    /// departments, a receiver that is not above every collector, impossible rates and delays.
    func lineProblems() -> [WorldError] {
        var errors: [WorldError] = []
        let tree = GovernmentTree(governments)
        var departmentGovernment: [DepartmentID: GovernmentID] = [:]
        for d in departments { departmentGovernment[d.id] = d.government }
        var ids = Set<LineID>()
        for line in lines {
            if !ids.insert(line.id).inserted { errors.append(.badLine(line.id, "is defined more than once")) }
            guard let upper = departmentGovernment[line.receiver] else {
                errors.append(.badLine(line.id, "names unknown receiver \(line.receiver)"))
                continue
            }
            if line.collectors.isEmpty { errors.append(.badLine(line.id, "has no collectors")) }
            var seen = Set<DepartmentID>()
            for c in line.collectors {
                if !seen.insert(c).inserted { errors.append(.badLine(line.id, "lists collector \(c) twice")) }
                guard let lower = departmentGovernment[c] else {
                    errors.append(.badLine(line.id, "names unknown collector \(c)"))
                    continue
                }
                // R-RET-1: data flows up, so the receiver sits at a government above every collector.
                if !tree.isBelow(lower, upper) {
                    errors.append(
                        .badLine(line.id, "collector \(c) is not below receiver \(line.receiver)'s government"))
                }
            }
            if !(line.recordsPerDay >= 0 && line.recordsPerDay <= 1_000_000) {
                errors.append(.badLine(line.id, "has recordsPerDay \(line.recordsPerDay); expected 0…1,000,000"))
            }
            let f = line.faults
            if !(0...1).contains(f.disconnectProbability) || !(0...1).contains(f.recordLossRate) {
                errors.append(.badLine(line.id, "has a fault probability outside 0…1"))
            }
            let fb = line.feedback
            if !(0...1).contains(fb.baseCompleteness) || !(0...1).contains(fb.discouragement)
                || !(fb.memory > 0 && fb.memory <= 1)
            {
                errors.append(.badLine(line.id, "has a collection feedback outside its range"))
            }
            if line.graceWorkingDays < 0 { errors.append(.badLine(line.id, "has a negative grace period")) }
            if line.retries && line.retryAfter.milliseconds <= 0 {
                errors.append(.badLine(line.id, "retries with a non-positive retryAfter"))
            }
            if let every = line.requestEveryDays, every < 1 {
                errors.append(.badLine(line.id, "asks every \(every) days; expected at least 1"))
            }
            errors += policyProblems(line.returnPolicy, line: line.id)
        }
        for action in lineScript {
            guard let line = lines.first(where: { $0.id == action.line }) else {
                errors.append(.badLine(action.line, "is named by the script but not defined"))
                continue
            }
            if action.date < startDate { errors.append(.badLine(line.id, "has a scripted action before the start")) }
            switch action.kind {
            case .returnRequest(let government):
                let collecting = line.collectors.contains { departmentGovernment[$0] == government }
                if !collecting {
                    errors.append(.badLine(line.id, "gets a return request from \(government), which has no collector"))
                }
            case .setReturnPolicy(let policy):
                errors += policyProblems(policy, line: line.id)
            }
        }
        return errors
    }

    private func policyProblems(_ policy: ReturnPolicy, line: LineID) -> [WorldError] {
        switch policy {
        case .push(let days) where days < 1: [.badLine(line, "pushes every \(days) days; expected at least 1")]
        case .onRequest(let wd) where wd < 0: [.badLine(line, "has a negative review time")]
        default: []
        }
    }
}
