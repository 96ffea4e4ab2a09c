import Testing

@testable import Departments
@testable import SharingModel

/// The department's hot fields lie together at the front of its state (docs/decisions/0014): a department
/// that the run has not visited for thousands of events then costs a few cache lines per application, not
/// one per field. Swift lays a struct's stored properties out in declaration order, so reordering the
/// declarations, or adding a large field among them, fails this test.
@Suite struct DepartmentHotLayoutTests {
    typealias Instance = DepartmentInstance
    typealias Configuration = DepartmentConfiguration

    @Test func theHotFieldsComeFirstAndTheConfigurationRightAfterThem() throws {
        // What an application arrival, its requests and their answers touch in the instance.
        let hot: [(String, PartialKeyPath<Instance>)] = [
            ("lastSerial", \Instance.lastSerial), ("lastApplication", \Instance.lastApplication),
            ("openRequests", \Instance.openRequests), ("applications", \Instance.applications),
            ("demandStreams", \Instance.demandStreams), ("access", \Instance.access),
            ("waitLimits", \Instance.waitLimits), ("random", \Instance.random),
            ("evaluating", \Instance.evaluating), ("ownZone", \Instance.ownZone), ("ownID", \Instance.ownID),
            ("uplink", \Instance.uplink), ("evaluation", \Instance.evaluation),
        ]
        let configuration = try #require(MemoryLayout<Instance>.offset(of: \Instance.configuration))
        for (name, path) in hot {
            let offset = try #require(MemoryLayout<Instance>.offset(of: path), "\(name) is stored")
            #expect(offset < configuration, "\(name) at \(offset) lies after the configuration at \(configuration)")
        }
        // Seven lines at most before the configuration: the hot block is about 420 bytes today.
        #expect(configuration <= 7 * 64, "the hot block grew to \(configuration) bytes")
        // A request reads the flag, the copies of the spec's zone and id and the link's transmission fields
        // (its first 50 bytes) from the first four lines (docs/decisions/0017); the evaluation's other
        // fields and the link's profile, cold, come after them.
        for (name, path) in [
            ("evaluating", \Instance.evaluating as PartialKeyPath<Instance>), ("ownZone", \Instance.ownZone),
            ("ownID", \Instance.ownID),
        ] {
            let offset = try #require(MemoryLayout<Instance>.offset(of: path))
            #expect(offset + 16 <= 4 * 64, "\(name) at \(offset) lies past the fourth line")
        }
        let uplink = try #require(MemoryLayout<Instance>.offset(of: \Instance.uplink))
        #expect(uplink + 50 <= 4 * 64, "the uplink's transmission fields end past the fourth line (\(uplink))")
        // Nothing cold in between: the catalog, the reviews and the disputes come after the configuration.
        for (name, path) in [
            ("catalog", \Instance.catalog as PartialKeyPath<Instance>), ("reviews", \Instance.reviews),
            ("negotiations", \Instance.negotiations), ("collectors", \Instance.collectors),
        ] {
            let offset = try #require(MemoryLayout<Instance>.offset(of: path))
            #expect(offset > configuration, "cold field \(name) at \(offset) lies before the configuration")
        }
    }

    @Test func theConfigurationsHotFieldsLieInItsFirstTwoLines() throws {
        // What they read of the configuration.
        let hot: [(String, PartialKeyPath<Configuration>)] = [
            ("address", \Configuration.address), ("platform", \Configuration.platform),
            ("services", \Configuration.services), ("sharing", \Configuration.sharing),
        ]
        for (name, path) in hot {
            let offset = try #require(MemoryLayout<Configuration>.offset(of: path), "\(name) is stored")
            #expect(offset < 2 * 64, "\(name) at \(offset) of the configuration")
        }
    }
}
