import SharingModel
import SimKernel

/// What an application reads of its service when it arrives and when it completes (R-USE-2), in two flat
/// arrays that the department owns: one entry per service, one per need of each service.
///
/// The same facts live in the ``ServicePlan`` objects and their ``RequestTarget``s, each its own allocation with
/// its cold fields beside the hot ones (the spec, the legal basis, the escalation path). An arrival read the
/// plans' array, the plan, the targets' array, each target and the arrival streams' array, about nine cache
/// lines, in a department the run had not visited for thousands of events. These tables hold only what the
/// arrival reads, side by side (docs/decisions/0019). The plans stay the source of truth and serve the cold
/// paths (disputes, the requests of applications that waited for access).
struct ArrivalTables: Sendable {
    /// A service's entry.
    struct Service: Sendable {
        /// The service's arrival stream (`demand:<service id>`, R-USE-2).
        var stream: RandomStream
        /// ``ServicePlan/meanArrivalGap``.
        let meanGap: Double
        /// ``ServicePlan/waitLimit``.
        let waitLimit: SimDuration
        /// ``ServicePlan/name``'s table and index, as two fields: every request declares the service's purpose
        /// (R-USE-1), and its application records carry its id. A `ServiceName` field here made the optimizer
        /// copy the whole entry, retains and all, for each request that read it (docs/decisions/0022).
        let nameTable: ServiceNames
        let nameIndex: Int32

        /// The service's name in its table.
        var name: ServiceName { ServiceName(nameTable, Int(nameIndex)) }
        /// Where the service's needs start in ``ArrivalTables/needs``, and how many there are.
        let firstNeed: Int32
        let needCount: Int32
        /// ``ServicePlan/ordinal``.
        let ordinal: Int32
    }

    /// A need's entry: where to ask (``RequestTarget``'s hot fields), or that the department holds the data.
    struct Need: Sendable {
        let provider: DepartmentID
        let resource: ResourceCode
        let providerAddress: ActorAddress
        let providerPlatform: ActorAddress
        let catalogIndex: Int32
        let shareType: ShareTypeKind
        /// The first need of the service with the same provider (``ServicePlan``'s provider group): a trip
        /// is saved or made once per providing department (R-USE-2).
        let group: UInt8
        /// `false` when the department holds the data itself (the plan's target is `nil`).
        let isTarget: Bool
    }

    var services: [Service]
    let needs: [Need]

    /// The tables of `plans`, with each service's stream drawn from `seed` as ``ServicePlan/streamName`` names it.
    init(plans: [ServicePlan], seed: UInt64) {
        var needs: [Need] = []
        services = plans.map { plan in
            let first = needs.count
            for (need, target) in plan.targets.enumerated() {
                let group = UInt8(truncatingIfNeeded: plan.providerGroup[need])
                if let target {
                    needs.append(
                        Need(
                            provider: target.provider, resource: target.resource,
                            providerAddress: target.providerAddress, providerPlatform: target.providerPlatform,
                            catalogIndex: Int32(truncatingIfNeeded: target.catalogIndex), shareType: target.shareType,
                            group: group, isTarget: true))
                } else {
                    needs.append(
                        Need(
                            provider: DepartmentID(rawValue: ""), resource: ResourceCode(rawValue: ""),
                            providerAddress: ActorAddress(-1), providerPlatform: ActorAddress(-1), catalogIndex: -1,
                            shareType: .notShared, group: group, isTarget: false))
                }
            }
            return Service(
                stream: RandomStream(seed: seed, name: plan.streamName), meanGap: plan.meanArrivalGap,
                waitLimit: plan.waitLimit, nameTable: plan.name.table, nameIndex: plan.name.index,
                firstNeed: Int32(first), needCount: Int32(plan.targets.count), ordinal: plan.ordinal)
        }
        self.needs = needs
    }
}
