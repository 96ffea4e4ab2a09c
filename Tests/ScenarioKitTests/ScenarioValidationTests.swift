import Testing

@testable import ScenarioKit

struct ScenarioValidationTests {
    @Test func fileWithSeveralErrorsReportsAllOfThemInFileOrder() throws {
        let text = minimalScenario(
            extra: """

                  "polices": {"retries": true},
                  "assignment": {"departments": {"ZJ-EDO": "cooperativ"}},
                  "expect": [{"metric": "deltasLost", "compare": "=<", "value": 3}],
                """,
            resource: """
                {"code": "ZJ-EDU-01", "name": "学籍信息", "classification": {"class": "departmnet"},
                         "items": [], "shareType": {"type": "conditional", "conditions": " "}}
                """
        ).replacingOccurrences(of: "\"durationDays\": 30", with: "\"durationDays\": -30")
        let message = try #require(scenarioErrors(text))
        #expect(
            message == """
                Scenarios/broken.json:6:19: durationDays: value -30 is out of range; expected an integer >= 1
                Scenarios/broken.json:7:3: polices: unknown key "polices"; expected one of $schema, name, \
                description, seed, startDate, durationDays, calendarOverrides, profiles, policies, faults, \
                topology, assignment, services, lines, script, expect (did you mean "policies"?)
                Scenarios/broken.json:8:44: assignment.departments["ZJ-EDO"]: unknown department "ZJ-EDO"; expected \
                the id of a department of the topology (did you mean "ZJ-EDU"?)
                Scenarios/broken.json:8:44: assignment.departments["ZJ-EDO"]: unknown profile "cooperativ"; \
                expected a built-in profile or one defined in profiles (did you mean "cooperative"?)
                Scenarios/broken.json:9:50: expect[0].compare: unknown value "=<"; expected one of <, <=, >, >=, \
                ==, within (did you mean "<"?)
                Scenarios/broken.json:17:75: topology.departments[0].resources[0].classification.class: unknown \
                value "departmnet"; expected one of base, thematic, department (did you mean "department"?)
                Scenarios/broken.json:18:19: topology.departments[0].resources[0].items: resource "ZJ-EDU-01": \
                R-CAT-2 missing required metadata: no information items
                Scenarios/broken.json:18:74: topology.departments[0].resources[0].shareType.conditions: resource \
                "ZJ-EDU-01": R-CAT-2 missing required metadata: conditional resource states no share conditions
                8 errors in Scenarios/broken.json
                """)
    }

    @Test(arguments: [
        (
            "unknown parent government",
            minimalScenario().replacingOccurrences(of: "\"parent\": \"CN\"", with: "\"parent\": \"CM\""),
            "topology.governments[1].parent: unknown government \"CM\"; expected the id of a government "
                + "(did you mean \"CN\"?)"
        ),
        (
            "parent at the wrong level",
            minimalScenario().replacingOccurrences(of: "\"level\": \"provincial\"", with: "\"level\": \"municipal\""),
            "topology.governments[1].parent: R-PLT-1 government ZJ's parent CN is national; expected a provincial "
                + "government"
        ),
        (
            "department of an unknown government",
            minimalScenario().replacingOccurrences(of: "\"government\": \"ZJ\"", with: "\"government\": \"Zj\""),
            "topology.departments[0].government: unknown government \"Zj\"; expected the id of a government "
                + "(did you mean \"ZJ\"?)"
        ),
        (
            "unknown profile in the assignment",
            minimalScenario(extra: "\n  \"assignment\": {\"default\": \"unwiling\"},"),
            "assignment.default: unknown profile \"unwiling\"; expected a built-in profile or one defined in profiles "
                + "(did you mean \"unwilling\"?)"
        ),
        (
            "unknown department in the assignment",
            minimalScenario(extra: "\n  \"assignment\": {\"departments\": {\"ZJ-EDU2\": \"unable\"}},"),
            "assignment.departments[\"ZJ-EDU2\"]: unknown department \"ZJ-EDU2\"; expected the id of a department of "
                + "the topology (did you mean \"ZJ-EDU\"?)"
        ),
        (
            "removal of an unknown resource",
            minimalScenario(
                extra: """

                      "script": [{"date": "2017-03-05", "action": "functionChange", "department": "ZJ-EDU",
                                  "removals": ["ZJ-EDU-1"]}],
                    """),
            "script[0].removals[0]: unknown resource \"ZJ-EDU-1\"; expected the code of a resource of ZJ-EDU "
                + "(did you mean \"ZJ-EDU-01\"?)"
        ),
        (
            "unknown script action",
            minimalScenario(extra: "\n  \"script\": [{\"date\": \"2017-03-05\", \"action\": \"functionChnage\"}],"),
            "script[0].action: unknown value \"functionChnage\"; expected one of functionChange, request, "
                + "openDispute, returnRequest, policyChange (did you mean \"functionChange\"?)"
        ),
        (
            "script entry before the start",
            minimalScenario(
                extra: """

                      "script": [{"date": "2017-01-05", "action": "functionChange", "department": "ZJ-EDU"}],
                    """),
            "script[0].date: the entry is dated 2017-01-05, before the run starts on 2017-03-01; expected a date on "
                + "or after startDate"
        ),
        (
            "duplicate resource code",
            minimalScenario(resource: minimalResource + ", " + minimalResource),
            "topology.departments[0].resources[1].code: resource \"ZJ-EDU-01\": R-CAT-2 resource code appears more "
                + "than once in the catalog of ZJ-EDU; expected a code unique in the department's catalog"
        ),
        (
            "not-shared resource without a citation",
            minimalScenario(
                resource: minimalResource.replacingOccurrences(
                    of: "{\"type\": \"unconditional\"}",
                    with: "{\"type\": \"notShared\", \"legalBasis\": {\"kind\": \"law\", \"citation\": \"\"}}")),
            "topology.departments[0].resources[0].shareType.legalBasis.citation: resource \"ZJ-EDU-01\": R-SHR-4 "
                + "not-shared resource must cite a law, administrative regulation or Party Central / State Council "
                + "policy"
        ),
        (
            "resource of another provider",
            minimalScenario(
                resource: minimalResource.replacingOccurrences(of: "\"code\"", with: "\"provider\": \"X\", \"code\"")),
            "topology.departments[0].resources[0].provider: resource \"ZJ-EDU-01\": R-CAT-3 provider X is not the "
                + "catalog's department ZJ-EDU"
        ),
        (
            "bad duration",
            minimalScenario(extra: "\n  \"policies\": {\"initialRetryDelay\": \"30 minutes\"},"),
            "policies.initialRetryDelay: bad duration \"30 minutes\"; expected a duration such as \"2s\", \"30min\", "
                + "\"6h\" or \"1.5d\" (units ms, s, min, h, d)"
        ),
        (
            "loss above one",
            minimalScenario(extra: "\n  \"faults\": {\"links\": {\"frontEnd\": {\"loss\": 5}}},"),
            "faults.links.frontEnd.loss: value 5 is out of range; expected a number in 0.0...1.0"
        ),
        (
            "tolerance without within",
            minimalScenario(
                extra: "\n  \"expect\": [{\"metric\": \"m\", \"compare\": \"<\", \"value\": 1, \"tolerance\": 1}],"),
            "expect[0].tolerance: \"tolerance\" is only used with \"compare\": \"within\"; expected no tolerance for \"<\""
        ),
    ])
    func crossChecksNameTheFieldAndTheClosestValidName(name: String, text: String, expected: String) throws {
        let message = try #require(scenarioErrors(text), "\(name)")
        let first = try #require(message.split(separator: "\n").first)
        // Drop `file:line:column: `, which the golden tests cover.
        let body = first.split(separator: " ", maxSplits: 1).last.map(String.init) ?? ""
        #expect(body == expected, "\(name)")
        #expect(message.hasSuffix("1 error in Scenarios/broken.json"), "\(name)")
    }

    @Test func limitsAreReportedBeforeAnythingIsGenerated() throws {
        let text = """
            {"name": "big", "seed": 1, "startDate": "2017-01-01", "durationDays": 40000,
             "topology": {"generate": {"cities": 5000, "departmentsPerCity": 100}}}
            """
        let message = try #require(scenarioErrors(text))
        #expect(
            message == """
                Scenarios/broken.json:1:71: durationDays: the run is too long (40000 days); expected at most 36500 days
                Scenarios/broken.json:2:27: topology.generate: the generated world is too large (501300 departments); \
                expected at most 200000 departments
                2 errors in Scenarios/broken.json
                """)
        let small = ScenarioLimits(maxFileSize: 10)
        #expect(throws: ScenarioErrors.self) {
            try ScenarioLoader.decode(bytes: Array(minimalScenario().utf8), file: "x.json", limits: small)
        }
    }

    @Test func knownMetricsAreCheckedWhenGiven() throws {
        let text = minimalScenario(
            extra: "\n  \"expect\": [{\"metric\": \"deltasLots\", \"compare\": \"<\", \"value\": 1}],")
        #expect(throws: Never.self) { try ScenarioLoader.decode(bytes: Array(text.utf8), file: "x.json") }
        do {
            _ = try ScenarioLoader.decode(
                bytes: Array(text.utf8), file: "x.json", knownMetrics: ["deltasLost", "deltasSent"])
            Issue.record("an unknown metric should be an error")
        } catch {
            #expect(error.errors.map(\.code) == [.unknownReference])
            #expect(error.errors.first?.suggestion == "deltasLost")
        }
    }

    @Test func schemaKeyIsAllowedAndIgnored() throws {
        let withSchema = minimalScenario()
        #expect(withSchema.contains("$schema"))
        #expect(scenarioErrors(withSchema) == nil)
    }
}
