import Foundation
import SharingModel
import Testing

@testable import ScenarioKit

/// R-CAT-2: a resource's `items` may be a count, for large calibration worlds (Shenzhen's 51,688 items).
struct ScenarioItemCountTests {
    static func scenario(items: String) -> String {
        """
        {"name": "items", "seed": 1, "startDate": "2015-01-01", "durationDays": 10,
         "topology": {"governments": [{"id": "CN", "name": "国家", "level": "national"}],
                      "departments": [{"id": "CN-A", "name": "部门", "government": "CN", "resources": [
                        {"code": "CN-A-01", "name": "资源", "classification": {"class": "department"},
                         "items": \(items), "shareType": {"type": "unconditional"}}]}]}}
        """
    }

    @Test func aCountStandsForThatManyPlaceholderItems() throws {
        let s = try ScenarioLoader.decode(bytes: Array(Self.scenario(items: "25").utf8), file: "s.json")
        let items = try #require(s.world.departments.first?.resources.first?.items)
        #expect(items.count == 25)
        #expect(items.first?.name == "信息项1" && items.last?.name == "信息项25")
    }

    @Test func aCountOutOfRangeIsReportedAtItsField() throws {
        let message = try #require(scenarioErrors(Self.scenario(items: "0")))
        #expect(
            message.contains(
                "topology.departments[0].resources[0].items: value 0 is out of range; expected an integer in 1...10000"),
            "\(message)")
    }
}
