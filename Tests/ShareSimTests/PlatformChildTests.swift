import Departments
import ShareSim
import SharingModel
import SimKernel
import Testing

/// Each department knows its place among its platform's children, and its requests carry it, so that an
/// answer's last hop reads no routing table (docs/decisions/0022). In debug builds the platform also checks
/// every such hop against its routing table, so every test that answers a request checks the places too.
@Suite struct PlatformChildTests {
    @Test func everyDepartmentsPlaceIsItsPlatformsChildIndex() async throws {
        let world = try SharingWorld(spec: schoolPlaceWorld())
        let configurations = await world.context.executor.run {
            var configurations: [DepartmentConfiguration] = []
            for department in world.departments {
                configurations.append(await department.currentInstance().configuration)
            }
            return configurations
        }
        #expect(configurations.count == world.departments.count)
        for (j, configuration) in configurations.enumerated() {
            #expect(configuration.address == world.departmentAddress(j))
            // A platform lists its departments first, in this order (then its child platforms).
            let attached = world.departmentsOfPlatform[Int(configuration.platform.index)]
            #expect(configuration.platformChild >= 0)
            #expect(attached[Int(configuration.platformChild)] == j)
        }
    }
}
