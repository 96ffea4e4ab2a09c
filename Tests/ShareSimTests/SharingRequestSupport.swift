import Foundation
import ShareSim
import SharingModel
import SimKernel
import Testing

/// The small fixture with a school-place service at 杭州市教育局 that checks six other departments'
/// data across city, province and nation, plus its own records.
func schoolPlaceWorld(mode: SharingMode = .centralized, seed: UInt64 = 2017, perYear: Double = 2000) -> WorldSpec {
    var spec = WorldSpec.smallFixture
    spec.seed = seed
    spec.script = []
    spec.sharing.mode = mode
    spec.services = [
        ServiceSpec(
            id: "school-place", name: "义务教育入学申请", department: "ZJ-HZ-EDU", applicationsPerYear: perYear,
            needs: [
                need("CN-MPS", 1),  // base, unconditional, national
                need("ZJ-HZ-HRSS", 1),  // unconditional, same city, front-end batches
                need("ZJ-NB-HEA", 1),  // unconditional, another city
                need("ZJ-NB-HEA", 3),  // conditional, unwilling provider
                need("ZJ-NB-NRP", 2),  // conditional, spreadsheets, unable provider
                need("ZJ-HZ-HRSS", 3),  // not shared (R-SHR-4)
                need("ZJ-HZ-EDU", 1),  // its own records
            ])
    ]
    return spec
}

extension WorldSpec {
    /// Gives department `id` the behaviour `profile`.
    mutating func setProfile(_ profile: BehaviourProfile, of id: DepartmentID) {
        departments[departments.firstIndex { $0.id == id }!].profile = profile
    }
}

func need(_ department: DepartmentID, _ n: Int) -> ServiceSpec.Need {
    ServiceSpec.Need(provider: department, resource: ResourceCode("\(department.rawValue)-0\(n)"))
}

/// A scripted request at `hour` on `day` days after the start.
func scripted(
    _ user: DepartmentID, _ provider: DepartmentID, _ n: Int, purpose: String = "入学资格审核", day: Int = 1,
    hour: Int = 10, in spec: WorldSpec
) -> ScriptedRequest {
    ScriptedRequest(
        date: spec.startDate.adding(days: day), hour: hour, user: user, need: need(provider, n),
        purpose: Purpose(rawValue: purpose))
}

/// A finished run: the simulation, the closures in the order observed, and the conservation check.
struct FinishedRun {
    var simulation: CatalogSyncSimulation
    var closures: [RequestClosure]
    var reviews: [ReviewRecord]
    var conservation: RequestConservation
    var state: WorldState

    /// The metric table of the request flow.
    var table: MetricTable { simulation.requests.metricTable(state: state, policy: simulation.world.spec.sharing) }

    func value(_ name: String) -> Double {
        guard let v = table.value(name) else {
            Issue.record("no metric \(name)")
            return .nan
        }
        return v
    }
}

/// Runs `spec` for `days`, then checks conservation.
func finishedRun(_ spec: WorldSpec, days: Int) async throws -> FinishedRun {
    let simulation = try CatalogSyncSimulation(spec: spec)
    let collected = ClosureCollector()
    simulation.world.sink.subscribe { record in
        switch record.observation {
        case .requestClosed(let c): collected.closures.append(c)
        case .requestReviewed(let r): collected.reviews.append(r)
        default: break
        }
    }
    _ = await simulation.run(until: spec.epoch.startOfDay(spec.startDate.adding(days: days)))
    let state = await simulation.state()
    let conservation = simulation.checkRequestConservation(state)
    #expect(conservation.holds, "conservation broken: \(conservation)")
    return FinishedRun(
        simulation: simulation, closures: collected.closures, reviews: collected.reviews, conservation: conservation,
        state: state)
}

/// Confined to the run's executor like the sink.
final class ClosureCollector: @unchecked Sendable {
    var closures: [RequestClosure] = []
    var reviews: [ReviewRecord] = []
}
