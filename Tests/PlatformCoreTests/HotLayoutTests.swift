import Testing

@testable import PlatformCore

/// The platform's routing and serving fields lie together at the front of its state (docs/decisions/0014).
/// Swift lays a struct's stored properties out in declaration order, so reordering the declarations fails
/// this test.
@Suite struct PlatformHotLayoutTests {
    typealias Instance = PlatformInstance
    typealias Configuration = PlatformConfiguration

    @Test func routingAndServingReadTheFirstLinesOnly() throws {
        let hot: [(String, PartialKeyPath<Instance>)] = [
            ("nextChild", \Instance.nextChild), ("parentAddress", \Instance.parentAddress),
            ("served", \Instance.served), ("grants", \Instance.grants), ("rulings", \Instance.rulings),
            ("downlinks", \Instance.downlinks), ("random", \Instance.random),
        ]
        let configuration = try #require(MemoryLayout<Instance>.offset(of: \Instance.configuration))
        for (name, path) in hot {
            let offset = try #require(MemoryLayout<Instance>.offset(of: path), "\(name) is stored")
            #expect(offset < configuration, "\(name) at \(offset) lies after the configuration at \(configuration)")
        }
        #expect(configuration <= 2 * 64, "the hot block grew to \(configuration) bytes")
        for (name, path) in [
            ("uplink", \Instance.uplink as PartialKeyPath<Instance>), ("catalog", \Instance.catalog),
            ("returns", \Instance.returns),
        ] {
            let offset = try #require(MemoryLayout<Instance>.offset(of: path))
            #expect(offset > configuration, "cold field \(name) at \(offset) lies before the configuration")
        }
        // Routing reads the platform's address, its children and its parent: the configuration's first fields.
        for (name, path) in [
            ("address", \Configuration.address as PartialKeyPath<Configuration>), ("children", \Configuration.children),
            ("parent", \Configuration.parent),
        ] {
            let offset = try #require(MemoryLayout<Configuration>.offset(of: path), "\(name) is stored")
            #expect(offset < 24, "\(name) at \(offset) of the configuration")
        }
    }
}
