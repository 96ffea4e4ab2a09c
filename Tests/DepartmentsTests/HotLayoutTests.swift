import SimKernel
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
            ("arrivals", \Instance.arrivals), ("access", \Instance.access),
            ("waitLimits", \Instance.waitLimits), ("random", \Instance.random),
            ("evaluating", \Instance.evaluating), ("ownZone", \Instance.ownZone), ("ownID", \Instance.ownID),
            ("uplink", \Instance.uplink), ("evaluation", \Instance.evaluation),
            ("sharingMode", \Instance.sharingMode), ("ownAddress", \Instance.ownAddress),
            ("platformAddress", \Instance.platformAddress), ("misuseProbability", \Instance.misuseProbability),
            ("platformChild", \Instance.platformChild),
        ]
        // The configuration has an observer (it keeps the hot copies), so its key path is not a stored one;
        // it is found as the catalog's offset less its own size, the catalog being declared right after it.
        let catalog = try #require(MemoryLayout<Instance>.offset(of: \Instance.catalog))
        let configuration = catalog - MemoryLayout<Configuration>.stride
        for (name, path) in hot {
            let offset = try #require(MemoryLayout<Instance>.offset(of: path), "\(name) is stored")
            #expect(offset < configuration, "\(name) at \(offset) lies after the configuration at \(configuration)")
        }
        // Seven lines at most before the configuration: the hot block is about 420 bytes today.
        #expect(configuration <= 7 * 64, "the hot block grew to \(configuration) bytes")
        // An answer reads the open requests, the applications, the arrival tables, the mode, the stream and the misuse
        // probability, all in the first 224 bytes (docs/decisions/0018); a request reads the flag, the copies
        // of the spec's zone and id and of the configuration's addresses, and the link's transmission fields
        // (its first 50 bytes), which end by 272 bytes (docs/decisions/0017). The evaluation's other fields
        // and the link's profile, cold, come after them.
        for (name, path) in [
            ("evaluating", \Instance.evaluating as PartialKeyPath<Instance>), ("ownZone", \Instance.ownZone),
            ("ownID", \Instance.ownID), ("sharingMode", \Instance.sharingMode), ("ownAddress", \Instance.ownAddress),
            ("arrivals", \Instance.arrivals), ("platformAddress", \Instance.platformAddress),
            ("misuseProbability", \Instance.misuseProbability), ("platformChild", \Instance.platformChild),
        ] {
            let offset = try #require(MemoryLayout<Instance>.offset(of: path))
            #expect(offset + 16 <= 224, "\(name) at \(offset) lies past the answer's lines")
        }
        let uplink = try #require(MemoryLayout<Instance>.offset(of: \Instance.uplink))
        #expect(uplink + 50 <= 272, "the uplink's transmission fields end past the request's lines (\(uplink))")
        // Nothing cold in between: the catalog, the reviews and the disputes come after the configuration.
        for (name, path) in [
            ("published", \Instance.published as PartialKeyPath<Instance>), ("reviews", \Instance.reviews),
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

/// The hot copies of the configuration's fields (docs/decisions/0018) follow every change of it: the profile
/// moves under evaluation pressure (R-EVAL-2), and tests rebuild configurations in place.
@Suite struct DepartmentHotCopiesTests {
    @Test func theCopiesAreTheConfigurationsFieldsAfterEveryChange() {
        var department = DepartmentFixtures.department()
        func expectCopiesMatch(_ stage: String) {
            let c = department.configuration
            #expect(department.sharingMode == c.sharing.mode, "\(stage): mode")
            #expect(department.ownAddress == c.address, "\(stage): address")
            #expect(department.platformAddress == c.platform, "\(stage): platform")
            #expect(
                department.plans.map(ObjectIdentifier.init) == c.services.map(ObjectIdentifier.init), "\(stage): plans")
            #expect(department.misuseProbability == c.spec.profile.sharing.misuseProbability, "\(stage): misuse")
        }
        expectCopiesMatch("built")
        department.configuration.spec.profile.sharing.misuseProbability = 0.25
        department.configuration.sharing.mode = department.sharingMode == .centralized ? .oneToOne : .centralized
        department.configuration.address = ActorAddress(department.ownAddress.index + 7)
        department.configuration.platform = ActorAddress(department.platformAddress.index + 3)
        department.configuration.services = [ServicePlanTests.plan("s", perYear: 10, ordinal: 0)]
        expectCopiesMatch("changed")
        #expect(department.misuseProbability == 0.25)
    }
}
