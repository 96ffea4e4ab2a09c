import Foundation
import SharingModel
import SimKernel
import Testing

@testable import ScenarioKit

struct ScenarioLoaderTests {
    @Test func smallSyncScenarioLoadsIntoItsWorld() throws {
        let scenario = try ScenarioLoader.load(path: repositoryRoot + "/Scenarios/small-sync.json")
        #expect(scenario.name == "small-sync")
        #expect(scenario.seed == 2017)
        #expect(scenario.startDate == CivilDate(year: 2017, month: 3, day: 1))
        #expect(scenario.durationDays == 365)
        #expect(scenario.world.governments.map(\.id) == ["CN", "ZJ", "ZJ-HZ", "ZJ-NB"])
        #expect(scenario.world.departments.count == 6)
        #expect(scenario.world.resourceCount == 18)
        #expect(scenario.world.policy.retriesEnabled)
        #expect(scenario.world.links.frontEnd.lossProbability == 0.05)
        #expect(scenario.world.links.provincialNational.lossProbability == 0.05)
        #expect(scenario.world.problems().isEmpty)
        #expect(scenario.world.script.map(\.change.id) == [1, 2])
        #expect(scenario.world.script[0].change.removals == ["ZJ-NB-HEA-02"])
        #expect(scenario.script.map(\.action.name) == ["functionChange", "functionChange"])
        #expect(
            scenario.departmentProfiles == [
                "cooperative", "cooperative", "cooperative", "cooperative",
                "slowHealth", "unable",
            ])
        #expect(scenario.world.departments[4].profile.onTimeProbability == 0.4)
        #expect(scenario.world.departments[3].integration == .frontEnd(everyHours: 6))
        #expect(scenario.world.departments[5].integration == .spreadsheet(everyDays: 7))
        #expect(scenario.calendarOverrides.map(\.kind) == [.nonWorking])
        #expect(
            scenario.expectations.map(\.description) == [
                "catalog.catalogs_refused == 0", "catalog.staleness_samples == 2", "catalog.deltas_abandoned == 0",
                "catalog.updates_not_yet_visible == 0",
            ])
    }

    @Test(arguments: bundledFiles(in: "Scenarios"))
    func everyBundledScenarioLoads(path: String) throws {
        let scenario = try ScenarioLoader.load(path: path)
        #expect(scenario.world.problems().isEmpty)
    }

    @Test func contentHashIgnoresWhiteSpaceButNotValues() throws {
        let a = try ScenarioLoader.decode(bytes: Array(minimalScenario().utf8), file: "a.json")
        let compact = minimalScenario().replacingOccurrences(of: "\n", with: " ")
        let b = try ScenarioLoader.decode(bytes: Array(compact.utf8), file: "b.json")
        let c = try ScenarioLoader.decode(
            bytes: Array(minimalScenario().replacingOccurrences(of: "\"seed\": 1", with: "\"seed\": 2").utf8),
            file: "c.json")
        #expect(a.contentHash == b.contentHash)
        #expect(a.contentHash != c.contentHash)
        #expect(a.contentHashText.count == 16)
        // FNV-1a 64 test vectors.
        #expect(ScenarioLoader.contentHash(bytes: []) == 0xcbf2_9ce4_8422_2325)
        #expect(ScenarioLoader.contentHash(bytes: Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
    }

    @Test func generatorsMakeTheTemplateWorldAndListedPartsAreAdded() throws {
        let text = """
            {"name": "gen", "seed": 7, "startDate": "2017-01-01", "durationDays": 10,
             "topology": {
               "generate": {"provinces": 2, "cities": 3, "centralDepartments": 2, "departmentsPerProvince": 1,
                            "departmentsPerCity": 2, "resourcesPerDepartment": 3, "changes": 2},
               "departments": [{"id": "M000.extra", "name": "extra", "government": "M000", "resources": []}]},
             "assignment": {"mix": [{"profile": "unable", "share": 1}]},
             "script": [{"date": "2017-01-05", "action": "functionChange", "department": "M000.extra"}]}
            """
        let s = try ScenarioLoader.decode(bytes: Array(text.utf8), file: "gen.json")
        #expect(s.world.governments.count == 1 + 2 + 3)
        #expect(s.world.departments.count == 2 + 2 * 1 + 3 * 2 + 1)
        #expect(s.world.departments.last?.id == "M000.extra")
        #expect(s.departmentProfiles.allSatisfy { $0 == "unable" })
        #expect(s.world.departments.allSatisfy { $0.profile == .unable })
        // Generated changes are numbered 1 and 2; the listed one follows.
        #expect(s.world.script.map(\.change.id) == [1, 2, 3])
        #expect(s.world.problems().isEmpty)
    }

    @Test func mixedAssignmentIsSeededAndUsesEveryProfile() throws {
        let text = """
            {"name": "gen", "seed": 7, "startDate": "2017-01-01", "durationDays": 10,
             "topology": {"generate": {"provinces": 2, "cities": 10, "centralDepartments": 10,
               "departmentsPerProvince": 5, "departmentsPerCity": 5, "resourcesPerDepartment": 1}},
             "assignment": {"mix": [{"profile": "cooperative", "share": 0.5}, {"profile": "unable", "share": 0.5}],
                            "departments": {"N.00": "punctual"}}}
            """
        let a = try ScenarioLoader.decode(bytes: Array(text.utf8), file: "gen.json")
        let b = try ScenarioLoader.decode(bytes: Array(text.utf8), file: "gen.json")
        #expect(a.departmentProfiles == b.departmentProfiles)
        #expect(a.departmentProfiles.first == "punctual")
        #expect(Set(a.departmentProfiles) == ["punctual", "cooperative", "unable"])
    }

    @Test func faultsAndPoliciesReadDurationsAndDistributions() throws {
        let extra = """

              "policies": {"retries": false, "initialRetryDelay": "90s", "maxRetryDelay": "2h", "maxAttempts": 3},
              "faults": {"links": {"municipalProvincial": {"latency": "1500ms", "loss": 0.1,
                "outages": {"kind": "scripted", "windows": [{"date": "2017-03-02", "hour": 8, "duration": "1.5h"}]}},
                "provincialNational": {"latency": {"kind": "uniform", "min": "1s", "max": "3s"},
                  "outages": {"kind": "random", "mtbf": "30d", "mttr": "4h"}}}},
            """
        let s = try ScenarioLoader.decode(bytes: Array(minimalScenario(extra: extra).utf8), file: "f.json")
        #expect(
            s.world.policy
                == SyncPolicy(
                    retriesEnabled: false, initialRetryDelay: .seconds(90), maxRetryDelay: .hours(2), maxAttempts: 3))
        let mp = s.world.links.municipalProvincial
        #expect(mp.latency == .fixed(.milliseconds(1500)))
        #expect(mp.lossProbability == 0.1)
        let start = SimInstant(milliseconds: SimDuration.days(1).milliseconds + SimDuration.hours(8).milliseconds)
        #expect(mp.outages == .scripted([OutageWindow(start: start, end: start + .minutes(90))]))
        #expect(s.world.links.provincialNational.latency == .uniform(min: .seconds(1), max: .seconds(3)))
        #expect(s.world.links.provincialNational.outages == .random(mtbf: .days(30), mttr: .hours(4)))
        #expect(s.world.links.frontEnd == LinkProfiles.healthy.frontEnd)
    }

    @Test(
        arguments: [
            ("2s", 2000), ("30min", 1_800_000), ("6h", 21_600_000), ("1.5d", 129_600_000), ("250ms", 250), ("0s", 0),
        ] as [(String, Int64)])
    func durationsParse(text: String, milliseconds: Int64) {
        #expect(ValueReader.parseDuration(text) == SimDuration(milliseconds: milliseconds))
    }

    @Test(arguments: ["", "2", "s", "-1s", "1e3s", "2 s", ".5h", "5.h", "3w", "1.2.3s"])
    func badDurationsAreRejected(text: String) {
        #expect(ValueReader.parseDuration(text) == nil)
    }

    @Test(arguments: [
        (ScenarioKit.Expectation.Comparison.lessThan, 1.0, 0.0, [0.5], [1.0, 2.0]),
        (.lessThanOrEqual, 1, 0, [1, 0.5], [1.5]),
        (.greaterThan, 1, 0, [1.5], [1, 0]),
        (.greaterThanOrEqual, 1, 0, [1, 2], [0.99]),
        (.equal, 3, 0, [3], [3.0001, 2]),
        (.within, 0.9, 0.05, [0.9, 0.85, 0.95], [0.84, 0.96, .nan]),
    ])
    func expectationsCompareObservedValues(
        comparison: ScenarioKit.Expectation.Comparison, value: Double, tolerance: Double, pass: [Double], fail: [Double]
    ) {
        let e = ScenarioKit.Expectation(metric: "m", comparison: comparison, value: value, tolerance: tolerance)
        for x in pass { #expect(e.check(observed: x), "\(e) should pass for \(x)") }
        for x in fail { #expect(!e.check(observed: x), "\(e) should fail for \(x)") }
    }

    @Test func expectationsDescribeThemselves() {
        #expect(
            ScenarioKit.Expectation(metric: "shareOnTime", comparison: .within, value: 0.9, tolerance: 0.05).description
                == "shareOnTime within 0.9 ± 0.05")
        #expect(
            ScenarioKit.Expectation(metric: "deltasLost", comparison: .lessThan, value: 10).description(observed: 12)
                == "deltasLost < 10 (observed 12)")
    }
}
