import CoordinationCouncil
import Departments
import MunicipalPlatform
import NationalPlatform
import PlatformCore
import ProvincialPlatform
import SharingModel
import SimKernel

/// A world built from a ``WorldSpec``: every platform and department as an actor on one kernel, the
/// observation sink, and the topology (DESIGN.md "The world").
///
/// Addresses follow the spec: platforms in government order, then departments in department order,
/// so the same spec always gives the same addresses and stream names.
public final class SharingWorld: Sendable {
    /// The spec it was built from.
    public let spec: WorldSpec
    /// The run's shared state.
    public let context: SimContext<SharingModel.Message>
    /// The run's kernel.
    public let kernel: Kernel<SharingModel.Message>
    /// The one stream of observations.
    public let sink: ObservationSink<Observation>
    /// The directive buffer every shell of the run appends to; empty between events.
    let scratch: DirectiveScratch
    /// The working-day calendar in force.
    public let calendar: WorkingDayCalendar
    /// Platform actors, in government order.
    public let platforms: [PlatformHandle]
    /// Department actors, in department order.
    public let departments: [DepartmentActor]
    /// Dispute bodies: each government's sharing authority in government order, then the council.
    public let disputeBodies: [DisputeBodyActor]
    /// R-EVAL-1: one evaluator per government, in government order, when the scenario runs an evaluation.
    public let evaluators: [EvaluatorActor]
    /// For each platform (by index), the departments attached to it directly (by index).
    public let departmentsOfPlatform: [[Int]]
    /// For each platform (by index), the platforms one level down (by index).
    public let childPlatforms: [[Int]]
    /// The index of the national platform.
    public let nationalIndex: Int

    /// Builds the world; nothing runs until ``CatalogSyncSimulation`` runs the kernel.
    /// - Throws: the first ``WorldError`` of `spec.problems()`, e.g. a department whose catalog
    ///   breaks R-SHR-4, with every broken rule named.
    public init(spec: WorldSpec, calendar: WorkingDayCalendar = .china) throws(WorldError) {
        try spec.validate()
        self.spec = spec
        self.calendar = calendar
        let context = SimContext<SharingModel.Message>(epoch: spec.epoch)
        self.context = context
        kernel = Kernel(context: context)
        let sink = ObservationSink<Observation>()
        self.sink = sink
        // One directive buffer for every shell of the run (DirectiveScratch).
        let scratch = DirectiveScratch()
        self.scratch = scratch

        // Topology by index; arrays only, so no hash order reaches the build.
        var governmentIndex: [GovernmentID: Int] = [:]
        for (i, g) in spec.governments.enumerated() { governmentIndex[g.id] = i }
        var deptsOf = [[Int]](repeating: [], count: spec.governments.count)
        var childrenOf = [[Int]](repeating: [], count: spec.governments.count)
        for (j, d) in spec.departments.enumerated() { deptsOf[governmentIndex[d.government]!].append(j) }
        for (i, g) in spec.governments.enumerated() {
            if let parent = g.parent { childrenOf[governmentIndex[parent]!].append(i) }
        }
        departmentsOfPlatform = deptsOf
        childPlatforms = childrenOf
        nationalIndex = spec.governments.firstIndex { $0.level == .national }!

        let platformCount = spec.governments.count
        func platformAddress(_ i: Int) -> ActorAddress { ActorAddress(Int32(i)) }
        func departmentAddress(_ j: Int) -> ActorAddress { ActorAddress(Int32(platformCount + j)) }
        func platformNode(_ i: Int) -> SyncNode { .platform(spec.governments[i].id, spec.governments[i].level) }
        func linkClass(between child: Level, and parent: Level) -> LinkClass {
            parent == .national ? .provincialNational : .municipalProvincial
        }

        // Routing (R-PLT-1): for every platform, the child leading to each platform below it.
        var routes = [[Int32: Int]](repeating: [:], count: platformCount)
        for i in spec.governments.indices {
            var ancestor = spec.governments[i].parent.map { governmentIndex[$0]! }
            var below = i
            while let a = ancestor {
                let childSlot = deptsOf[a].count + childrenOf[a].firstIndex(of: below)!
                routes[a][Int32(i)] = childSlot
                below = a
                ancestor = spec.governments[a].parent.map { governmentIndex[$0]! }
            }
        }
        let vertical = VerticalPlans(
            spec: spec, governmentIndex: governmentIndex, platformAddress: platformAddress,
            departmentAddress: departmentAddress)
        var platforms: [PlatformHandle] = []
        platforms.reserveCapacity(platformCount)
        for (i, g) in spec.governments.enumerated() {
            var children: [PlatformConfiguration.Neighbour] = deptsOf[i].map {
                PlatformConfiguration.Neighbour(
                    address: departmentAddress($0), node: .department(spec.departments[$0].id),
                    link: spec.links.frontEnd)
            }
            for c in childrenOf[i] {
                children.append(
                    PlatformConfiguration.Neighbour(
                        address: platformAddress(c), node: platformNode(c),
                        link: spec.links[linkClass(between: spec.governments[c].level, and: g.level)]))
            }
            let parent = g.parent.map { id -> PlatformConfiguration.Neighbour in
                let p = governmentIndex[id]!
                return PlatformConfiguration.Neighbour(
                    address: platformAddress(p), node: platformNode(p),
                    link: spec.links[linkClass(between: g.level, and: spec.governments[p].level)])
            }
            let instance = PlatformInstance(
                configuration: PlatformConfiguration(
                    government: g.id, level: g.level, address: platformAddress(i), parent: parent, children: children,
                    policy: spec.policy, seed: spec.seed, routes: routes[i],
                    providers: Dictionary(
                        uniqueKeysWithValues: deptsOf[i].map {
                            (departmentAddress($0).index, ProviderTraits(spec.departments[$0]))
                        }), returnLines: vertical.returns[i]))
            let handle: PlatformHandle
            switch g.level {
            case .national:
                handle = .national(
                    NationalPlatformActor(instance: instance, context: context, sink: sink, scratch: scratch))
            case .provincial:
                handle = .provincial(
                    ProvincialPlatformActor(instance: instance, context: context, sink: sink, scratch: scratch))
            case .municipal:
                handle = .municipal(
                    MunicipalPlatformActor(instance: instance, context: context, sink: sink, scratch: scratch))
            }
            let address = context.register(handle.actor)
            precondition(address == platformAddress(i), "platform registered out of order")
            platforms.append(handle)
        }
        var departmentIndex: [DepartmentID: Int] = [:]
        for (j, d) in spec.departments.enumerated() { departmentIndex[d.id] = j }
        // Dispute bodies follow the departments: one sharing authority per government, then the council.
        let departmentCount = spec.departments.count
        func authorityAddress(_ i: Int) -> ActorAddress { ActorAddress(Int32(platformCount + departmentCount + i)) }
        let councilAddress = ActorAddress(Int32(platformCount + departmentCount + platformCount))
        func chain(_ i: Int) -> GovernmentChain {
            var ids = [spec.governments[i].id]
            var parent = spec.governments[i].parent
            while let p = parent {
                ids.insert(p, at: 0)
                parent = spec.governments[governmentIndex[p]!].parent
            }
            return GovernmentChain(ids)
        }
        /// R-ESC-1..3: the bodies a dispute between `user` and `provider` (department indices) goes to.
        func escalation(user: Int, provider: Int) -> [DisputeStop] {
            let stages = EscalationPath.stages(
                user: chain(governmentIndex[spec.departments[user].government]!),
                provider: chain(governmentIndex[spec.departments[provider].government]!))
            return stages.map { stage in
                switch stage {
                case .negotiation: DisputeStop(stage: stage, address: departmentAddress(provider))
                case .authority(let government, _):
                    DisputeStop(stage: stage, address: authorityAddress(governmentIndex[government]!))
                case .council: DisputeStop(stage: stage, address: councilAddress)
                }
            }
        }
        /// A resource as `user` finds it in the catalog when the world starts.
        func target(_ need: ServiceSpec.Need, user: DepartmentID) -> RequestTarget {
            let j = departmentIndex[need.provider]!
            let provider = spec.departments[j]
            let resource = provider.resources.first { $0.code == need.resource }
            return RequestTarget(
                provider: need.provider, providerAddress: departmentAddress(j),
                providerPlatform: platformAddress(governmentIndex[provider.government]!), resource: need.resource,
                shareType: resource?.shareTypeKind ?? .unconditional, legalBasis: resource?.shareType.legalBasis,
                isBase: resource?.resourceClass == .base,
                escalation: escalation(user: departmentIndex[user]!, provider: j),
                // Its place in the provider's catalog, which keeps resources sorted by code.
                catalogIndex: resource == nil ? -1 : provider.resources.count(where: { $0.code < need.resource }))
        }
        var plans = [[ServicePlan]](repeating: [], count: spec.departments.count)
        let names = ServiceNames(spec.services)
        for (ordinal, service) in spec.services.enumerated() {
            let j = departmentIndex[service.department]!
            plans[j].append(
                ServicePlan(
                    spec: service,
                    targets: service.needs.map {
                        $0.provider == service.department ? nil : target($0, user: service.department)
                    }, ordinal: ordinal, names: names))
        }
        // Each department's place among its platform's children, in the order the platforms list them above.
        var platformChild = [Int32](repeating: -1, count: spec.departments.count)
        for attached in deptsOf {
            for (k, j) in attached.enumerated() { platformChild[j] = Int32(k) }
        }
        var departments: [DepartmentActor] = []
        departments.reserveCapacity(spec.departments.count)
        for (j, d) in spec.departments.enumerated() {
            let p = governmentIndex[d.government]!
            let configuration = DepartmentConfiguration(
                spec: d, address: departmentAddress(j), platform: platformAddress(p), platformNode: platformNode(p),
                link: spec.links.frontEnd, policy: spec.policy, seed: spec.seed, epoch: spec.epoch, calendar: calendar,
                sharing: spec.sharing, services: plans[j], disputes: spec.disputePolicy,
                collecting: vertical.collecting[j], receiving: vertical.receiving[j], platformChild: platformChild[j])
            let actor = DepartmentActor(
                instance: DepartmentInstance(configuration: configuration), context: context, sink: sink,
                scratch: scratch)
            let address = context.register(actor)
            precondition(address == departmentAddress(j), "department registered out of order")
            departments.append(actor)
        }
        self.platforms = platforms
        self.departments = departments
        var bodies: [DisputeBodyActor] = []
        for i in 0...platformCount {
            let name = i < platformCount ? "authority:\(spec.governments[i].id.rawValue)" : "council"
            let address = i < platformCount ? authorityAddress(i) : councilAddress
            let body = DisputeBodyActor(
                instance: DisputeBodyInstance(
                    configuration: DisputeBodyInstance.Configuration(
                        address: address, name: name, policy: spec.disputePolicy, link: spec.links.frontEnd,
                        seed: spec.seed, epoch: spec.epoch, calendar: calendar)), context: context, sink: sink,
                scratch: scratch)
            let registered = context.register(body)
            precondition(registered == address, "dispute body registered out of order")
            bodies.append(body)
        }
        disputeBodies = bodies
        evaluators = Self.buildEvaluators(
            spec: spec, context: context, sink: sink, scratch: scratch, departmentsOf: deptsOf,
            firstAddress: Int32(platformCount + departmentCount + platformCount + 1),
            departmentAddress: departmentAddress)

        // R-CAT-3: every department compiles and publishes its catalog when the world starts.
        for j in spec.departments.indices { context.send(.publishCatalog, to: departmentAddress(j)) }
        // R-USE-2: departments that handle services start taking applications.
        for j in spec.departments.indices where !plans[j].isEmpty {
            context.send(.startDemand, to: departmentAddress(j))
        }
        // R-CAT-4: the script, in time order (ties by change id), delivered to the departments.
        let script = spec.script.sorted {
            let a = $0.instant(epoch: spec.epoch)
            let b = $1.instant(epoch: spec.epoch)
            return a != b ? a < b : $0.change.id < $1.change.id
        }
        for s in script {
            let delay = s.instant(epoch: spec.epoch) - SimInstant.zero
            let target = departmentAddress(departmentIndex[s.change.department]!)
            context.send(.functionsChanged(s.change), to: target, after: delay)
        }
        // R-RET-1, R-RET-2: collectors, receivers and local governments start their lines.
        for (i, plans) in vertical.returns.enumerated() where !plans.isEmpty {
            context.send(.vertical(.start), to: platformAddress(i))
        }
        for j in spec.departments.indices where !vertical.collecting[j].isEmpty || !vertical.receiving[j].isEmpty {
            context.send(.vertical(.start), to: departmentAddress(j))
        }
        scheduleLineScript(
            governmentIndex: governmentIndex, departmentIndex: departmentIndex, platformAddress: platformAddress,
            departmentAddress: departmentAddress)
        // Scripted requests, in time order (ties in the order written).
        for r in Self.inTimeOrder(spec.requests, { $0.instant(epoch: spec.epoch) }) {
            let delay = r.instant(epoch: spec.epoch) - SimInstant.zero
            context.send(
                .makeRequest(target(r.need, user: r.user), purpose: r.purpose),
                to: departmentAddress(departmentIndex[r.user]!), after: delay)
        }
        // Scripted disputes (R-ESC-*), in time order (ties in the order written).
        for d in Self.inTimeOrder(spec.disputes, { $0.instant(epoch: spec.epoch) }) {
            context.send(
                .openDispute(target(d.need, user: d.user), purpose: d.purpose),
                to: departmentAddress(departmentIndex[d.user]!), after: d.instant(epoch: spec.epoch) - SimInstant.zero)
        }
    }

    /// Scripted entries in the order they are sent: by instant, ties in the order written (a stable sort
    /// that does not rely on the standard library's sort being stable).
    static func inTimeOrder<Entry>(_ entries: [Entry], _ instant: (Entry) -> SimInstant) -> [Entry] {
        entries.enumerated().map { (at: instant($0.element), offset: $0.offset, entry: $0.element) }
            .sorted { $0.at != $1.at ? $0.at < $1.at : $0.offset < $1.offset }.map(\.entry)
    }

    /// The address of department `j`.
    public func departmentAddress(_ j: Int) -> ActorAddress { ActorAddress(Int32(platforms.count + j)) }
}
