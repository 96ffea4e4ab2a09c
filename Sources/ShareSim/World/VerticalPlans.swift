import SharingModel
import SimKernel

/// The vertical lines of a world resolved to addresses (R-RET-1, R-RET-2): each department's
/// collector and receiver roles, each platform's return subscriptions, built once with the world.
struct VerticalPlans {
    /// Per department (by index): the lines it collects on.
    var collecting: [[CollectorPlan]]
    /// Per department (by index): the lines it receives.
    var receiving: [[ReceiverPlan]]
    /// Per platform (by government index): the lines its departments collect on.
    var returns: [[LocalReturnPlan]]

    init(
        spec: WorldSpec, governmentIndex: [GovernmentID: Int], platformAddress: (Int) -> ActorAddress,
        departmentAddress: (Int) -> ActorAddress
    ) {
        var departmentIndex: [DepartmentID: Int] = [:]
        for (j, d) in spec.departments.enumerated() { departmentIndex[d.id] = j }
        collecting = Array(repeating: [], count: spec.departments.count)
        receiving = Array(repeating: [], count: spec.departments.count)
        returns = Array(repeating: [], count: spec.governments.count)
        for (l, line) in spec.lines.enumerated() {
            let index = Int32(l)
            let receiver = departmentAddress(departmentIndex[line.receiver]!)
            // The collecting governments, in order of their first collector.
            var locals: [LineLocal] = []
            var localOf: [GovernmentID: Int32] = [:]
            for (c, collector) in line.collectors.enumerated() {
                let j = departmentIndex[collector]!
                let government = spec.departments[j].government
                let g = governmentIndex[government]!
                let local: Int32
                if let known = localOf[government] {
                    local = known
                } else {
                    local = Int32(locals.count)
                    localOf[government] = local
                    locals.append(
                        LineLocal(
                            government: government, level: spec.governments[g].level, platform: platformAddress(g)))
                    returns[g].append(
                        LocalReturnPlan(
                            line: index, id: line.id, local: local, receiver: receiver,
                            requestEveryDays: line.requestEveryDays, latency: line.faults.latency))
                }
                collecting[j].append(
                    CollectorPlan(
                        line: index, local: local, collectorIndex: Int32(c), receiver: receiver,
                        level: spec.governments[g].level, spec: line))
            }
            receiving[departmentIndex[line.receiver]!].append(ReceiverPlan(line: index, locals: locals, spec: line))
        }
    }
}

extension SharingWorld {
    /// The line script (R-RET-2), in time order (ties in the order written): return requests go to
    /// the asking government's platform, policy changes to the line's receiver.
    func scheduleLineScript(
        governmentIndex: [GovernmentID: Int], departmentIndex: [DepartmentID: Int],
        platformAddress: (Int) -> ActorAddress, departmentAddress: (Int) -> ActorAddress
    ) {
        for action in Self.inTimeOrder(spec.lineScript, { $0.instant(epoch: spec.epoch) }) {
            let l = spec.lines.firstIndex { $0.id == action.line }!
            let delay = action.instant(epoch: spec.epoch) - SimInstant.zero
            switch action.kind {
            case .returnRequest(let government):
                context.send(
                    .vertical(.askForReturn(line: Int32(l))), to: platformAddress(governmentIndex[government]!),
                    after: delay)
            case .setReturnPolicy(let policy):
                context.send(
                    .vertical(.setReturnPolicy(line: Int32(l), policy)),
                    to: departmentAddress(departmentIndex[spec.lines[l].receiver]!), after: delay)
            }
        }
    }
}
