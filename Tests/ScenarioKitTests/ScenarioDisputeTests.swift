import Foundation
import SharingModel
import SimKernel
import Testing

@testable import ScenarioKit

/// A `script` member with one `openDispute` entry; `fields` replaces its department, provider, resource and
/// purpose.
func oneDispute(
    _ fields: String =
        "\"department\": \"ZJ-EDU\", \"provider\": \"ZJ-CA\", \"resource\": \"ZJ-CA-01\", \"purpose\": \"入学资格审核\""
) -> String {
    """

      "script": [{"date": "2025-01-02", "action": "openDispute", \(fields)}],
    """
}

/// `policies.disputes` set to `body` (the members of the object).
func disputePolicy(_ body: String) -> String { "\n  \"policies\": {\"disputes\": {\(body)}}," }

struct ScenarioDisputeTests {
    @Test func disputesAndTheirPolicyDecodeIntoTheWorld() throws {
        let extra = """

              "policies": {"disputes": {"negotiationWorkingDays": 5, "negotiationRoundWorkingDays": 1,
                                        "authorityWorkingDays": 15, "councilWorkingDays": 40,
                                        "authorityOnTimeProbability": 0.6, "councilOnTimeProbability": 1,
                                        "orderShareProbability": 0.25, "upholdNotSharedProbability": 0,
                                        "openOnRefusal": true}},
              "script": [
                {"date": "2025-01-08", "hour": 16, "action": "openDispute", "department": "ZJ-EDU",
                 "provider": "ZJ-CA", "resource": "ZJ-CA-01", "purpose": "入学资格审核"},
                {"date": "2025-01-06", "action": "request", "department": "ZJ-EDU",
                 "provider": "ZJ-PSB", "resource": "ZJ-PSB-02", "purpose": "核验"},
                {"date": "2025-01-03", "action": "openDispute", "department": "ZJ-CA",
                 "provider": "ZJ-PSB", "resource": "ZJ-PSB-01", "purpose": "核验"}
              ],
            """
        let s = try ScenarioLoader.decode(bytes: Array(sharingScenario(extra: extra).utf8), file: "s.json")
        #expect(
            s.world.disputePolicy
                == DisputePolicy(
                    negotiationWorkingDays: 5, negotiationRoundWorkingDays: 1, authorityWorkingDays: 15,
                    councilWorkingDays: 40, authorityOnTimeProbability: 0.6, councilOnTimeProbability: 1,
                    orderShareProbability: 0.25, upholdNotSharedProbability: 0, openOnRefusal: true))
        // Disputes in file order, whatever their dates; requests are not disputes and disputes not requests.
        #expect(
            s.world.disputes == [
                ScriptedDispute(
                    date: try #require(CivilDate(iso: "2025-01-08")), hour: 16, user: "ZJ-EDU",
                    need: ServiceSpec.Need(provider: "ZJ-CA", resource: "ZJ-CA-01"), purpose: "入学资格审核"),
                ScriptedDispute(
                    date: try #require(CivilDate(iso: "2025-01-03")), hour: 10, user: "ZJ-CA",
                    need: ServiceSpec.Need(provider: "ZJ-PSB", resource: "ZJ-PSB-01"), purpose: "核验"),
            ])
        #expect(s.world.requests.map(\.need.resource) == ["ZJ-PSB-02"])
        #expect(s.script.map(\.action.name) == ["openDispute", "request", "openDispute"])
        guard case .openDispute(let first) = try #require(s.script.first).action else {
            Issue.record("the first entry is not a dispute")
            return
        }
        #expect(first == s.world.disputes.first)
        #expect(s.world.problems().isEmpty)
    }

    @Test func withoutTheDisputePartsTheWorldHasTheDefaultsAndNoDisputes() throws {
        let s = try ScenarioLoader.decode(bytes: Array(sharingScenario().utf8), file: "s.json")
        #expect(s.world.disputePolicy == .standard)
        #expect(s.world.disputes.isEmpty)
        // The defaults the format documents, written out so that a changed default is noticed here.
        #expect(
            s.world.disputePolicy
                == DisputePolicy(
                    negotiationWorkingDays: 10, negotiationRoundWorkingDays: 2, authorityWorkingDays: 20,
                    councilWorkingDays: 30, authorityOnTimeProbability: 0.8, councilOnTimeProbability: 0.9,
                    orderShareProbability: 0.7, upholdNotSharedProbability: 0.8, openOnRefusal: false))
        // An empty block, or one field, keeps the defaults of the others.
        let empty = try ScenarioLoader.decode(
            bytes: Array(sharingScenario(extra: disputePolicy("")).utf8), file: "s.json")
        #expect(empty.world.disputePolicy == .standard)
        let partial = try ScenarioLoader.decode(
            bytes: Array(sharingScenario(extra: disputePolicy("\"councilWorkingDays\": 60")).utf8), file: "s.json")
        var expected = DisputePolicy.standard
        expected.councilWorkingDays = 60
        #expect(partial.world.disputePolicy == expected)
        // The sharing policy is independent of the dispute policy.
        #expect(partial.world.sharing == .measures)
    }

    @Test func aDisputedResourceIsReportedAtItsValueWithASuggestion() throws {
        let text = sharingScenario(
            extra: oneDispute(
                "\"department\": \"ZJ-EDU\", \"provider\": \"ZJ-CA\", \"resource\": \"ZJ-CA-1\", \"purpose\": \"核验\""))
        let message = try #require(scenarioErrors(text))
        #expect(
            message == """
                Scenarios/broken.json:6:119: script[0].resource: unknown resource "ZJ-CA-1"; expected the code of a \
                resource in the first catalog of ZJ-CA (did you mean "ZJ-CA-01"?)
                1 error in Scenarios/broken.json
                """)
    }

    @Test(arguments: [
        (
            "dispute with an unknown provider",
            sharingScenario(
                extra: oneDispute(
                    "\"department\": \"ZJ-EDU\", \"provider\": \"ZJ-AC\", \"resource\": \"ZJ-CA-01\", "
                        + "\"purpose\": \"核验\"")),
            "script[0].provider: unknown department \"ZJ-AC\"; expected the id of a department of the topology "
                + "(did you mean \"ZJ-CA\"?)"
        ),
        (
            "dispute by an unknown department",
            sharingScenario(
                extra: oneDispute(
                    "\"department\": \"ZJ-EUD\", \"provider\": \"ZJ-CA\", \"resource\": \"ZJ-CA-01\", "
                        + "\"purpose\": \"核验\"")),
            "script[0].department: unknown department \"ZJ-EUD\"; expected the id of a department of the topology "
                + "(did you mean \"ZJ-EDU\"?)"
        ),
        (
            "dispute over a resource of another provider",
            sharingScenario(
                extra: oneDispute(
                    "\"department\": \"ZJ-EDU\", \"provider\": \"ZJ-CA\", \"resource\": \"ZJ-PSB-01\", "
                        + "\"purpose\": \"核验\"")),
            "script[0].resource: unknown resource \"ZJ-PSB-01\"; expected the code of a resource in the first "
                + "catalog of ZJ-CA (did you mean \"ZJ-CA-01\"?)"
        ),
        (
            "dispute with the claiming department itself",
            sharingScenario(
                extra: oneDispute(
                    "\"department\": \"ZJ-CA\", \"provider\": \"ZJ-CA\", \"resource\": \"ZJ-CA-01\", "
                        + "\"purpose\": \"核验\"")),
            "script[0].provider: department ZJ-CA disputes its own resource ZJ-CA-01; expected another department "
                + "as provider"
        ),
        (
            "dispute without a purpose",
            sharingScenario(
                extra: oneDispute(
                    "\"department\": \"ZJ-EDU\", \"provider\": \"ZJ-CA\", \"resource\": \"ZJ-CA-01\", "
                        + "\"purpose\": \"  \"")),
            "script[0].purpose: R-ESC-1 a dispute names the purpose the data is needed for; expected a purpose "
                + "that is not blank"
        ),
        (
            "dispute with the purpose missing",
            sharingScenario(
                extra: oneDispute("\"department\": \"ZJ-EDU\", \"provider\": \"ZJ-CA\", \"resource\": \"ZJ-CA-01\"")),
            "script[0]: missing required field \"purpose\"; expected a string"
        ),
        (
            "dispute with a field of another action",
            sharingScenario(
                extra: oneDispute(
                    "\"department\": \"ZJ-EDU\", \"provider\": \"ZJ-CA\", \"resource\": \"ZJ-CA-01\", "
                        + "\"purpose\": \"核验\", \"upserts\": []")),
            "script[0].upserts: unknown key \"upserts\"; expected one of date, hour, action, department, provider, "
                + "resource, purpose"
        ),
        (
            "misspelt action name",
            sharingScenario(
                extra: """

                      "script": [{"date": "2025-01-02", "action": "openDisput", "department": "ZJ-EDU"}],
                    """),
            "script[0].action: unknown value \"openDisput\"; expected one of functionChange, request, openDispute, "
                + "returnRequest, policyChange (did you mean \"openDispute\"?)"
        ),
        (
            "probability above one",
            sharingScenario(extra: disputePolicy("\"orderShareProbability\": 1.5")),
            "policies.disputes.orderShareProbability: value 1.5 is out of range; expected a number in 0.0...1.0"
        ),
        // R-ESC-3: the council's odds of ruling in time.
        (
            "negative probability",
            sharingScenario(extra: disputePolicy("\"councilOnTimeProbability\": -0.1")),
            "policies.disputes.councilOnTimeProbability: value -0.1 is out of range; expected a number in 0.0...1.0"
        ),
        // R-ESC-2: an authority's deadline.
        (
            "authority deadline of zero",
            sharingScenario(extra: disputePolicy("\"authorityWorkingDays\": 0")),
            "policies.disputes.authorityWorkingDays: value 0 is out of range; expected an integer in 1...365"
        ),
        (
            "negotiation longer than a year",
            sharingScenario(extra: disputePolicy("\"negotiationWorkingDays\": 366")),
            "policies.disputes.negotiationWorkingDays: value 366 is out of range; expected an integer in 1...365"
        ),
        (
            "openOnRefusal not a boolean",
            sharingScenario(extra: disputePolicy("\"openOnRefusal\": \"yes\"")),
            "policies.disputes.openOnRefusal: wrong type: found a string \"yes\"; expected true or false"
        ),
        (
            "unknown key in the dispute policy",
            sharingScenario(extra: disputePolicy("\"councilWorkinDays\": 30")),
            "policies.disputes.councilWorkinDays: unknown key \"councilWorkinDays\"; expected one of "
                + "negotiationWorkingDays, negotiationRoundWorkingDays, authorityWorkingDays, councilWorkingDays, "
                + "authorityOnTimeProbability, councilOnTimeProbability, orderShareProbability, "
                + "upholdNotSharedProbability, openOnRefusal, councilLateness (did you mean \"councilWorkingDays\"?)"
        ),
        (
            "misspelt disputes block",
            sharingScenario(extra: "\n  \"policies\": {\"dispute\": {}},"),
            "policies.dispute: unknown key \"dispute\"; expected one of retries, initialRetryDelay, maxRetryDelay, "
                + "maxAttempts, sharing, disputes, evaluation, costs (did you mean \"disputes\"?)"
        ),
    ])
    func disputePartsAreCheckedWithTheFieldAndTheClosestValidName(name: String, text: String, expected: String) throws {
        let message = try #require(scenarioErrors(text), "\(name)")
        let first = try #require(message.split(separator: "\n").first)
        // Drop `file:line:column: `, which the test above covers.
        let body = first.split(separator: " ", maxSplits: 1).last.map(String.init) ?? ""
        #expect(body == expected, "\(name)")
        #expect(message.hasSuffix("\n1 error in Scenarios/broken.json"), "\(name): \(message)")
    }

    /// The schema forbids what the loader forbids in the new parts, and accepts the parts the loader accepts.
    @Test func schemaForbidsWhatTheLoaderForbids() throws {
        let text = try String(contentsOfFile: "Scenarios/once-only.json".relativeToRoot, encoding: .utf8)
        #expect(ScenarioSchemaTests.checker.check(try JSONParser().parse(text)) == [])
        let cases = [
            ("\"orderShareProbability\": 0.7", "\"orderShareProbability\": 7", "orderShareProbability: above 1.0"),
            ("\"authorityWorkingDays\": 20", "\"authorityWorkingDays\": 0", "authorityWorkingDays: below 1.0"),
            ("\"openOnRefusal\": true", "\"openOnRefusal\": \"yes\"", "openOnRefusal: expected boolean"),
            ("\"openOnRefusal\": true", "\"openOnRefusl\": true", "openOnRefusl: unknown key"),
            ("\"action\": \"openDispute\"", "\"action\": \"openDisput\"", "script[3]: matches 0 of 5 oneOf options"),
            (
                "\"purpose\": \"核验入学资格所需婚姻登记\"", "\"purpos\": \"核验入学资格所需婚姻登记\"",
                "script[3]: matches 0 of 5 oneOf options"
            ),
        ]
        for (original, broken, problem) in cases {
            let range = try #require(text.range(of: original), "\(original)")
            let value = try JSONParser().parse(text.replacingCharacters(in: range, with: broken))
            let problems = ScenarioSchemaTests.checker.check(value)
            #expect(problems.contains { $0.contains(problem) }, "\(problem): \(problems)")
        }
    }

    /// The schema's dispute policy and openDispute action have exactly the loader's fields.
    @Test func schemaAndLoaderAgreeOnTheDisputeKeys() throws {
        let defs = try #require(ScenarioSchemaTests.checker.schema.objectValue?["$defs"]?.objectValue)
        func keys(_ name: String) -> [String] {
            defs[name]?.objectValue?["properties"]?.objectValue?.members.map(\.key) ?? []
        }
        func expectedKeys(_ text: String) throws -> [String] {
            let errors = try #require(scenarioErrors(text))
            let message = try #require(errors.split(separator: "\n").first)
            let list = try #require(message.range(of: "expected one of ")).upperBound
            let end = message[list...].range(of: " (did you mean")?.lowerBound ?? message.endIndex
            return message[list..<end].components(separatedBy: ", ")
        }
        #expect(try expectedKeys(sharingScenario(extra: disputePolicy("\"zzz\": 1"))) == keys("disputePolicy"))
        let entryKeys = try expectedKeys(
            sharingScenario(
                extra: oneDispute(
                    "\"department\": \"ZJ-EDU\", \"provider\": \"ZJ-CA\", \"resource\": \"ZJ-CA-01\", "
                        + "\"purpose\": \"核验\", \"zzz\": 1")))
        #expect(entryKeys.sorted() == keys("openDispute").sorted())
        // The defaults the schema documents are the model's.
        let policy = try #require(defs["disputePolicy"]?.objectValue?["properties"]?.objectValue)
        let d = DisputePolicy.standard
        let numbers: [(String, Double)] = [
            ("negotiationWorkingDays", Double(d.negotiationWorkingDays)),
            ("negotiationRoundWorkingDays", Double(d.negotiationRoundWorkingDays)),
            ("authorityWorkingDays", Double(d.authorityWorkingDays)),
            ("councilWorkingDays", Double(d.councilWorkingDays)),
            ("authorityOnTimeProbability", d.authorityOnTimeProbability),
            ("councilOnTimeProbability", d.councilOnTimeProbability),
            ("orderShareProbability", d.orderShareProbability),
            ("upholdNotSharedProbability", d.upholdNotSharedProbability),
        ]
        for (key, value) in numbers {
            #expect(policy[key]?.objectValue?["default"]?.numberValue?.double == value, "\(key)")
        }
        #expect(policy["openOnRefusal"]?.objectValue?["default"]?.boolValue == d.openOnRefusal)
    }
}
