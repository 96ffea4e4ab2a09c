import Testing

@testable import ScenarioKit

/// Golden tests of validation messages: each broken file is embedded here and the exact text of
/// `ScenarioErrors.description` is compared, so a change of wording is a deliberate change of this file.
struct ScenarioGoldenTests {
    static let cases: [(name: String, text: String, golden: String)] = [
        (
            "wrong type",
            minimalScenario().replacingOccurrences(of: "\"seed\": 1", with: "\"seed\": \"12\""),
            """
            Scenarios/broken.json:4:11: seed: wrong type: found a string "12"; expected an integer >= 0
            1 error in Scenarios/broken.json
            """
        ),
        (
            "unknown key with a suggestion",
            minimalScenario(extra: "\n  \"descripton\": \"typo\","),
            """
            Scenarios/broken.json:7:3: descripton: unknown key "descripton"; expected one of $schema, name, \
            description, seed, startDate, durationDays, calendarOverrides, profiles, policies, faults, \
            topology, assignment, services, lines, script, expect (did you mean "description"?)
            1 error in Scenarios/broken.json
            """
        ),
        (
            "missing field",
            minimalScenario().replacingOccurrences(of: "\"name\": \"minimal\",\n", with: ""),
            """
            Scenarios/broken.json:1:1: missing required field "name"; expected a string
            1 error in Scenarios/broken.json
            """
        ),
        (
            "bad date",
            minimalScenario().replacingOccurrences(of: "2017-03-01", with: "2017-02-30"),
            """
            Scenarios/broken.json:5:16: startDate: bad date "2017-02-30"; expected a real date written \
            YYYY-MM-DD
            1 error in Scenarios/broken.json
            """
        ),
        (
            "negative count",
            """
            {"name": "gen", "seed": 1, "startDate": "2017-01-01", "durationDays": 10,
             "topology": {"generate": {"provinces": 2, "cities": -3}}}
            """,
            """
            Scenarios/broken.json:2:54: topology.generate.cities: value -3 is out of range; expected an integer \
            >= 0
            1 error in Scenarios/broken.json
            """
        ),
        (
            "unknown reference to a department",
            minimalScenario(
                extra: """

                      "script": [{"date": "2017-03-05", "action": "functionChange", "department": "ZJ-EDV"}],
                    """),
            """
            Scenarios/broken.json:7:79: script[0].department: unknown department "ZJ-EDV"; expected the id of a \
            department of the topology (did you mean "ZJ-EDU"?)
            1 error in Scenarios/broken.json
            """
        ),
        (
            "base resource marked notShared",
            minimalScenario(
                resource: """
                    {"code": "ZJ-EDU-01", "name": "人口", "classification": {"class": "base", "baseKind": "population"},
                             "items": [{"name": "身份证号"}],
                             "shareType": {"type": "notShared", "legalBasis": {"kind": "law", "citation": "某法"}}}
                    """),
            """
            Scenarios/broken.json:16:32: topology.departments[0].resources[0].shareType.type: resource \
            "ZJ-EDU-01": R-SHR-4 base resource (population) is not shared; base resources are shared \
            unconditionally
            1 error in Scenarios/broken.json
            """
        ),
        (
            "invalid JSON with its line",
            minimalScenario().replacingOccurrences(of: "\"seed\": 1,", with: "\"seed\": 1"),
            """
            Scenarios/broken.json:5:3: invalid JSON: expected ',' or '}' after object member, found '"' \
            (missing ',' before it?)
            1 error in Scenarios/broken.json
            """
        ),
    ]

    @Test(arguments: cases.indices)
    func brokenFileReportsItsGoldenMessage(index: Int) throws {
        let c = Self.cases[index]
        let message = try #require(scenarioErrors(c.text), "\(c.name) should not decode")
        #expect(message == c.golden, "\(c.name)")
    }
}
