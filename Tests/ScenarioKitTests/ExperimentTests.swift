import Foundation
import SharingModel
import Testing

@testable import ScenarioKit

struct ExperimentTests {
    private func path(_ text: String) -> JSONPath { JSONPath(parsing: text)! }
    private func json(_ text: String) -> JSONValue { try! JSONParser().parse(text) }

    @Test(arguments: bundledFiles(in: "Simulations"))
    func everyBundledExperimentLoadsAndEveryPointDecodes(file: String) throws {
        let experiment = try ExperimentLoader.load(path: file)
        for point in experiment.points() {
            _ = try experiment.scenario(at: point)
        }
    }

    @Test func retriesExperimentComparesRetriesOnAndOff() throws {
        let e = try ExperimentLoader.load(path: "Simulations/retries.json".relativeToRoot)
        #expect(e.replications == 10)
        #expect(e.scenarioPath.hasSuffix("/Scenarios/small-sync.json"))
        #expect(!e.scenarioPath.contains(".."))
        let points = e.points()
        #expect(points.map(\.name) == ["retries-on", "retries-off"])
        #expect(try e.scenario(at: points[0]).world.policy.retriesEnabled)
        #expect(try !e.scenario(at: points[1]).world.policy.retriesEnabled)
        #expect(try e.scenario(at: points[0]).contentHash != e.scenario(at: points[1]).contentHash)
    }

    @Test func gridExpandsRowMajorWithVariantsFastest() {
        let e = Experiment(
            file: "Simulations/x.json", name: "x", description: "", scenarioReference: "s.json",
            scenarioPath: "s.json", scenarioValue: json("{}"), replications: 1,
            vary: [
                VaryAxis(path: path("faults.links.frontEnd.loss"), values: [json("0"), json("0.1")]),
                VaryAxis(path: path("seed"), values: [json("1"), json("2"), json("3")]),
            ],
            variants: [
                ExperimentVariant(
                    name: "on", overrides: [ScenarioOverride(path: path("policies.retries"), value: json("true"))]),
                ExperimentVariant(
                    name: "off", overrides: [ScenarioOverride(path: path("policies.retries"), value: json("false"))]),
            ],
            metrics: [])
        let points = e.points()
        #expect(points.count == 12)
        #expect(points.map(\.index) == Array(0..<12))
        #expect(
            points.prefix(4).map(\.name) == [
                "faults.links.frontEnd.loss=0, seed=1, on", "faults.links.frontEnd.loss=0, seed=1, off",
                "faults.links.frontEnd.loss=0, seed=2, on", "faults.links.frontEnd.loss=0, seed=2, off",
            ])
        #expect(points.last?.name == "faults.links.frontEnd.loss=0.1, seed=3, off")
        #expect(
            points[5].overrides.map(\.description) == [
                "faults.links.frontEnd.loss=0", "seed=3", "policies.retries=false",
            ])
        #expect(points[5].coordinates == [json("0"), json("3")])
        #expect(points[5].variant == "off")
        #expect(points == e.points())
    }

    @Test func noVaryAndNoVariantsIsOneBaselinePoint() {
        let e = Experiment(
            file: "x", name: "x", description: "", scenarioReference: "s", scenarioPath: "s",
            scenarioValue: json("{}"), replications: 3, vary: [], variants: [], metrics: [])
        #expect(e.points().map(\.name) == ["baseline"])
        #expect(e.points().first?.overrides == [])
    }

    @Test func overridesReplaceAndCreateFields() throws {
        let value = json(minimalScenario())
        let s = try ScenarioLoader.decode(
            value: value,
            overrides: [
                (path("seed"), json("99")),
                (path("faults.links.frontEnd.loss"), json("0.25")),
                (path("topology.departments[0].name"), json("\"改名\"")),
            ], file: "s.json")
        #expect(s.seed == 99)
        #expect(s.world.links.frontEnd.lossProbability == 0.25)
        #expect(s.world.departments[0].name == "改名")
    }

    @Test func overrideOfAFieldTheFormatDoesNotHaveIsAnErrorWithASuggestion() throws {
        let overrideValue = try JSONParser().parse("\n\n   false")
        do {
            _ = try ScenarioLoader.decode(
                value: json(minimalScenario()), overrides: [(path("policies.retires"), overrideValue)],
                file: "Scenarios/s.json", overrideFile: "Simulations/e.json")
            Issue.record("a misspelt override path should be an error")
        } catch {
            #expect(
                error.description == """
                    Simulations/e.json:3:4: policies.retires: unknown key "retires" (set by override policies.retires); \
                    expected one of retries, initialRetryDelay, maxRetryDelay, maxAttempts, sharing, disputes, \
                    evaluation, costs (did you mean "retries"?)
                    1 error in Simulations/e.json
                    """)
        }
    }

    @Test(arguments: [
        ("seed.x", "override seed.x names no field: seed is a number, not an object"),
        (
            "topology.departments[3].name",
            "override topology.departments[3].name names no field: "
                + "topology.departments has 1 element"
        ),
        ("topology[0]", "override topology[0] names no field: topology is an object, not an array"),
    ])
    func overridePathThroughAValueThatIsNotAContainerIsAnError(text: String, message: String) throws {
        do {
            _ = try ScenarioLoader.decode(
                value: json(minimalScenario()), overrides: [(path(text), json("1"))], file: "s.json")
            Issue.record("\(text) should be an error")
        } catch {
            #expect(error.errors.map(\.message) == [message])
            #expect(error.errors.map(\.path) == [path(text)])
        }
    }

    @Test func experimentErrorsAreAllReportedWithTheirFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-exp-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try minimalScenario().write(to: dir.appendingPathComponent("s.json"), atomically: true, encoding: .utf8)
        let experiment = """
            {"name": "e", "scenario": "s.json", "replications": 0,
             "vary": [{"path": "faults.links.frontEnd.los", "values": [0.1]}],
             "variants": [{"name": "a", "set": {}}, {"name": "a", "set": {}}],
             "metricz": []}
            """
        let file = dir.appendingPathComponent("e.json").path
        try experiment.write(toFile: file, atomically: true, encoding: .utf8)
        do {
            _ = try ExperimentLoader.load(path: file)
            Issue.record("the experiment should not load")
        } catch {
            let text = error.description.replacingOccurrences(of: dir.path + "/", with: "")
            #expect(
                text == """
                    e.json:1:53: replications: value 0 is out of range; expected an integer in 1...100000
                    e.json:3:50: variants[1].name: variant "a" is defined more than once; expected a unique name
                    e.json:4:2: metricz: unknown key "metricz"; expected one of $schema, name, description, scenario, \
                    replications, vary, variants, metrics (did you mean "metrics"?)
                    3 errors in e.json
                    """)
        }
        // With its own errors fixed, the point with the misspelt path is reported at the override.
        try experiment.replacingOccurrences(of: "\"replications\": 0", with: "\"replications\": 2")
            .replacingOccurrences(of: "{\"name\": \"a\", \"set\": {}}, ", with: "")
            .replacingOccurrences(of: "metricz", with: "metrics")
            .write(toFile: file, atomically: true, encoding: .utf8)
        do {
            _ = try ExperimentLoader.load(path: file)
            Issue.record("the experiment should not load")
        } catch {
            let text = error.description.replacingOccurrences(of: dir.path + "/", with: "")
            #expect(
                text == """
                    e.json:2:60: faults.links.frontEnd.los: unknown key "los" (set by override \
                    faults.links.frontEnd.los); expected one of latency, loss, outages (did you mean "loss"?)
                    1 error in e.json
                    """)
        }
    }

    @Test(arguments: [
        ("../Scenarios/a.json", "Simulations/e.json", "Scenarios/a.json"),
        ("a.json", "e.json", "a.json"),
        ("./x/../a.json", "/r/S/e.json", "/r/S/a.json"),
        ("/abs/a.json", "S/e.json", "/abs/a.json"),
        ("../../a.json", "e.json", "../../a.json"),
    ])
    func scenarioPathsResolveAgainstTheExperimentFolder(reference: String, file: String, expected: String) {
        #expect(ExperimentLoader.resolve(reference, relativeTo: file) == expected)
    }
}

extension String {
    /// This repository-relative path made absolute.
    var relativeToRoot: String { repositoryRoot + "/" + self }
}
