import Departments
import ShareSim
import SharingModel
import SimKernel
import Testing

/// A world's service plans name their services through one shared table (docs/decisions/0022), so that a
/// request and an application record hold the table, not the strings of their service's purpose and id.
@Suite struct ServiceNamesTests {
    @Test func aWorldsPlansShareOneTableAndNameTheirOwnService() async throws {
        var spec = schoolPlaceWorld()
        spec.services.append(
            ServiceSpec(
                id: "social-insurance-transfer", name: "社会保险关系转移", department: "ZJ-HZ-HRSS", applicationsPerYear: 500,
                needs: [need("CN-MPS", 1)]))
        let world = try SharingWorld(spec: spec)
        // The actors run on the world's executor, which only its own run drives.
        let plans = await world.context.executor.run {
            var plans: [ServicePlan] = []
            for department in world.departments {
                plans += await department.currentInstance().configuration.services
            }
            return plans
        }
        var tables: [ObjectIdentifier] = []
        for plan in plans {
            #expect(plan.name.id == plan.spec.id)
            #expect(plan.name.purpose == plan.spec.purpose)
            #expect(Int(plan.name.index) == Int(plan.ordinal))
            tables.append(ObjectIdentifier(plan.name.table))
        }
        #expect(tables.count == 2)
        #expect(Set(tables).count == 1, "every plan of the world refers to the world's one table")
    }
}
