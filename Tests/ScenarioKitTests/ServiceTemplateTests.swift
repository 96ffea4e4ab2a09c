import Foundation
import SharingModel
import Testing

@testable import ScenarioKit

/// `generate.services`: a service written once is made for every generated city or province.
struct ServiceTemplateTests {
    static func scenario(services: String, cities: Int = 3) -> String {
        """
        {"name": "t", "seed": 1, "startDate": "2017-01-01", "durationDays": 10,
         "topology": {"generate": {"provinces": 2, "cities": \(cities), "centralDepartments": 2,
           "departmentsPerProvince": 3, "departmentsPerCity": 3, "resourcesPerDepartment": 2,
           "services": \(services)}}}
        """
    }

    static let cityService = """
        {"each": "city", "service": {"id": "s-{city}", "name": "办事（{city}）", "department": "{city}.00",
         "applicationsPerYear": 100, "needs": [{"department": "{city}.01", "resource": "{city}.01.00"},
                                               {"department": "{province}.02", "resource": "{province}.02.01"}]}}
        """

    @Test func aCityTemplateIsMadeForEveryCityWithItsProvince() throws {
        let s = try ScenarioLoader.decode(
            bytes: Array(Self.scenario(services: "[\(Self.cityService)]").utf8), file: "t.json")
        #expect(s.world.services.map(\.id.rawValue) == ["s-M000", "s-M001", "s-M002"])
        let second = s.world.services[1]
        #expect(second.department == "M001.00")
        #expect(second.name == "办事（M001）")
        // Cities are spread over the provinces round robin: M001 belongs to P01.
        #expect(second.needs.map(\.provider.rawValue) == ["M001.01", "P01.02"])
        #expect(second.needs.map(\.resource.rawValue) == ["M001.01.00", "P01.02.01"])
    }

    @Test func fewerCitiesMakeFewerServicesWithTheSameDemandEach() throws {
        let s = try ScenarioLoader.decode(
            bytes: Array(Self.scenario(services: "[\(Self.cityService)]", cities: 1).utf8), file: "t.json")
        #expect(s.world.services.map(\.applicationsPerYear) == [100])
    }

    @Test func aProvinceTemplateIsMadeForEveryProvince() throws {
        let province = """
            {"each": "province", "service": {"id": "p-{province}", "name": "n", "department": "{province}.00",
             "applicationsPerYear": 5, "needs": [{"department": "N.01", "resource": "N.01.00"}]}}
            """
        let s = try ScenarioLoader.decode(bytes: Array(Self.scenario(services: "[\(province)]").utf8), file: "t.json")
        #expect(s.world.services.map(\.id.rawValue) == ["p-P00", "p-P01"])
    }

    @Test func aProvinceTemplateNamingACityIsAnError() {
        let bad = """
            [{"each": "province", "service": {"id": "p-{city}", "name": "n", "department": "{province}.00",
              "applicationsPerYear": 5, "needs": [{"department": "N.01", "resource": "N.01.00"}]}}]
            """
        #expect {
            try ScenarioLoader.decode(bytes: Array(Self.scenario(services: bad).utf8), file: "t.json")
        } throws: { error in
            "\(error)".contains(
                "topology.generate.services[0].service: a service made for every province cannot name {city}")
        }
    }

    @Test func anUnknownResourceIsReportedAtTheTemplate() {
        let bad = """
            [{"each": "city", "service": {"id": "c-{city}", "name": "n", "department": "{city}.00",
              "applicationsPerYear": 5, "needs": [{"department": "{city}.01", "resource": "{city}.01.07"}]}}]
            """
        #expect {
            try ScenarioLoader.decode(bytes: Array(Self.scenario(services: bad).utf8), file: "t.json")
        } throws: { error in
            "\(error)".contains(
                "topology.generate.services[0].service.needs[0].resource: unknown resource \"M000.01.07\"")
        }
    }
}
