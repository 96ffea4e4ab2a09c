import Foundation
import SharingModel
import SimKernel
import Testing

@testable import ScenarioKit

/// A small world for the sharing parts of the format, with `extra` spliced into the top level: ZJ-EDU handles
/// services; ZJ-PSB provides `psbResources` unconditional resources ZJ-PSB-01… (the first a base resource);
/// ZJ-CA provides the conditional ZJ-CA-01.
func sharingScenario(extra: String = "", psbResources: Int = 2) -> String {
    let item = "\"items\": [{\"name\": \"编码\"}]"
    let psb = (1...psbResources).map { k in
        let code = String(format: "ZJ-PSB-%02d", k)
        let classification =
            k == 1 ? "{\"class\": \"base\", \"baseKind\": \"population\"}" : "{\"class\": \"thematic\"}"
        return "{\"code\": \"\(code)\", \"name\": \"资源\(k)\", \"classification\": \(classification), \(item), "
            + "\"shareType\": {\"type\": \"unconditional\"}}"
    }
    return """
        {
          "name": "sharing",
          "seed": 1,
          "startDate": "2025-01-01",
          "durationDays": 30,\(extra)
          "topology": {
            "governments": [
              {"id": "CN", "name": "国家", "level": "national"},
              {"id": "ZJ", "name": "浙江省", "level": "provincial", "parent": "CN"}
            ],
            "departments": [
              {"id": "ZJ-EDU", "name": "浙江省教育厅", "government": "ZJ", "resources": [
                {"code": "ZJ-EDU-01", "name": "学籍信息", "classification": {"class": "department"}, \(item),
                 "shareType": {"type": "unconditional"}}]},
              {"id": "ZJ-PSB", "name": "浙江省公安厅", "government": "ZJ", "resources": [
                \(psb.joined(separator: ",\n        "))]},
              {"id": "ZJ-CA", "name": "浙江省民政厅", "government": "ZJ", "resources": [
                {"code": "ZJ-CA-01", "name": "婚姻登记信息", "classification": {"class": "department"}, \(item),
                 "shareType": {"type": "conditional", "conditions": "仅用于核验"}}]}
            ]
          }
        }
        """
}

/// A `services` member with one service of ZJ-EDU whose needs are `needs` (JSON objects, comma-separated).
func oneService(needs: String, id: String = "school-place", department: String = "ZJ-EDU") -> String {
    """

      "services": [{"id": "\(id)", "name": "义务教育入学申请", "department": "\(department)",
                    "applicationsPerYear": 2000, "needs": [\(needs)]}],
    """
}

struct ScenarioSharingTests {
    @Test func servicesPoliciesProfilesAndRequestsDecodeIntoTheWorld() throws {
        let extra = """

              "profiles": {"afraidCA": {"kind": "afraid", "onTimeProbability": 0.8, "lateness": "5d",
                                        "sharing": {"approvalProbability": 0.2, "reviewLateness": "5d",
                                                    "correctionDelay": {"kind": "exponential", "mean": "7d"}}},
                           "clumsy": {"kind": "dontKnowHow", "onTimeProbability": 0.5, "lateness": "1d"}},
              "assignment": {"departments": {"ZJ-CA": "afraidCA", "ZJ-PSB": "clumsy"}},
              "policies": {"sharing": {"mode": "oneToOne", "reviewDeadlineWorkingDays": 15,
                                       "enforceReviewDeadline": true, "requestTimeoutWorkingDays": 60,
                                       "reapplyAfter": "30d", "realizationThreshold": 0.8}},
              "services": [
                {"id": "school-place", "name": "义务教育入学申请", "department": "ZJ-EDU", "applicant": "citizen",
                 "applicationsPerYear": 2000, "waitLimit": "2d",
                 "needs": [{"department": "ZJ-PSB", "resource": "ZJ-PSB-01"},
                           {"department": "ZJ-CA", "resource": "ZJ-CA-01"}]},
                {"id": "licence", "name": "营业执照变更", "department": "ZJ-CA", "applicant": "company",
                 "applicationsPerYear": 12.5, "needs": [{"department": "ZJ-PSB", "resource": "ZJ-PSB-02"}]}
              ],
              "script": [
                {"date": "2025-01-06", "hour": 15, "action": "request", "department": "ZJ-EDU",
                 "provider": "ZJ-CA", "resource": "ZJ-CA-01", "purpose": "入学资格审核"},
                {"date": "2025-01-07", "action": "functionChange", "department": "ZJ-EDU", "removals": ["ZJ-EDU-01"]},
                {"date": "2025-01-03", "action": "request", "department": "ZJ-CA",
                 "provider": "ZJ-PSB", "resource": "ZJ-PSB-02", "purpose": "核验"}
              ],
            """
        let s = try ScenarioLoader.decode(bytes: Array(sharingScenario(extra: extra).utf8), file: "s.json")
        #expect(
            s.world.services == [
                ServiceSpec(
                    id: "school-place", name: "义务教育入学申请", department: "ZJ-EDU", applicant: .citizen,
                    applicationsPerYear: 2000,
                    needs: [
                        ServiceSpec.Need(provider: "ZJ-PSB", resource: "ZJ-PSB-01"),
                        ServiceSpec.Need(provider: "ZJ-CA", resource: "ZJ-CA-01"),
                    ],
                    waitLimit: .days(2)),
                ServiceSpec(
                    id: "licence", name: "营业执照变更", department: "ZJ-CA", applicant: .company,
                    applicationsPerYear: 12.5, needs: [ServiceSpec.Need(provider: "ZJ-PSB", resource: "ZJ-PSB-02")],
                    waitLimit: .days(3)),
            ])
        #expect(
            s.world.sharing
                == SharingPolicy(
                    mode: .oneToOne, reviewDeadlineWorkingDays: 15, enforceReviewDeadline: true,
                    requestTimeoutWorkingDays: 60, reapplyAfter: .days(30), realizationThreshold: 0.8))
        // Requests in file order, whatever their dates; function changes are not requests.
        #expect(
            s.world.requests == [
                ScriptedRequest(
                    date: try #require(CivilDate(iso: "2025-01-06")), hour: 15, user: "ZJ-EDU",
                    need: ServiceSpec.Need(provider: "ZJ-CA", resource: "ZJ-CA-01"), purpose: "入学资格审核"),
                ScriptedRequest(
                    date: try #require(CivilDate(iso: "2025-01-03")), hour: 10, user: "ZJ-CA",
                    need: ServiceSpec.Need(provider: "ZJ-PSB", resource: "ZJ-PSB-02"), purpose: "核验"),
            ])
        #expect(s.script.map(\.action.name) == ["request", "functionChange", "request"])
        #expect(s.world.script.map(\.change.department) == ["ZJ-EDU"])
        // The profile's sharing overrides three fields of the afraid preset; the others stay.
        var afraid = SharingBehaviour.afraid
        afraid.approvalProbability = 0.2
        afraid.reviewLateness = .fixed(.days(5))
        afraid.correctionDelay = .exponential(mean: .days(7))
        let departments = Dictionary(uniqueKeysWithValues: s.world.departments.map { ($0.id, $0) })
        #expect(departments["ZJ-CA"]?.profile.sharing == afraid)
        #expect(departments["ZJ-CA"]?.profile.kind == .afraid)
        // Without sharing, a profile has its kind's preset.
        #expect(departments["ZJ-PSB"]?.profile.sharing == .dontKnowHow)
        #expect(departments["ZJ-EDU"]?.profile.sharing == .cooperative)
        #expect(s.world.problems().isEmpty)
    }

    @Test func withoutTheSharingPartsTheWorldHasTheMeasuresAndNoServices() throws {
        let s = try ScenarioLoader.decode(bytes: Array(sharingScenario().utf8), file: "s.json")
        #expect(s.world.sharing == .measures)
        #expect(s.world.services.isEmpty)
        #expect(s.world.requests.isEmpty)
        let partial = try ScenarioLoader.decode(
            bytes: Array(sharingScenario(extra: "\n  \"policies\": {\"sharing\": {\"reapplyAfter\": \"1d\"}},").utf8),
            file: "s.json")
        var expected = SharingPolicy.measures
        expected.reapplyAfter = .days(1)
        #expect(partial.world.sharing == expected)
    }

    @Test func servicesMayNameGeneratedDepartmentsAndResources() throws {
        let generate = """
            {"name": "gen", "seed": 7, "startDate": "2025-01-01", "durationDays": 10,
             "topology": {"generate": {"provinces": 1, "cities": 1, "centralDepartments": 1,
                                       "departmentsPerProvince": 1, "departmentsPerCity": 2,
                                       "resourcesPerDepartment": 2}}%SERVICES%}
            """
        let plain = try ScenarioLoader.decode(
            bytes: Array(generate.replacingOccurrences(of: "%SERVICES%", with: "").utf8), file: "gen.json")
        let provider = try #require(plain.world.departments.first { $0.id == "M000.01" })
        let code = try #require(provider.resources.first?.code)
        let services = """
            , "services": [{"id": "s", "name": "服务", "department": "M000.00", "applicationsPerYear": 10,
                            "needs": [{"department": "M000.01", "resource": "\(code)"}]}],
              "script": [{"date": "2025-01-02", "action": "request", "department": "N.00", "provider": "M000.01",
                          "resource": "\(code)", "purpose": "核验"}]
            """
        let s = try ScenarioLoader.decode(
            bytes: Array(generate.replacingOccurrences(of: "%SERVICES%", with: services).utf8), file: "gen.json")
        #expect(s.world.services.map(\.needs) == [[ServiceSpec.Need(provider: "M000.01", resource: code)]])
        #expect(s.world.requests.map(\.user) == ["N.00"])
        // A generated id misspelt is found like a listed one.
        let broken = generate.replacingOccurrences(
            of: "%SERVICES%",
            with: services.replacingOccurrences(of: "\"department\": \"M000.00\"", with: "\"department\": \"M000.0\""))
        let message = try #require(scenarioErrors(broken))
        #expect(message.contains("services[0].department: unknown department \"M000.0\""), "\(message)")
    }

    /// The full line of one error, position included, so that the location of a cross-check is covered.
    @Test func unknownServiceDepartmentIsReportedAtItsValueWithASuggestion() throws {
        let text = sharingScenario(
            extra: oneService(needs: "{\"department\": \"ZJ-PSB\", \"resource\": \"ZJ-PSB-01\"}", department: "ZJ-EDV"))
        let message = try #require(scenarioErrors(text))
        #expect(
            message == """
                Scenarios/broken.json:6:73: services[0].department: unknown department "ZJ-EDV"; expected the id of \
                a department of the topology (did you mean "ZJ-EDU"?)
                1 error in Scenarios/broken.json
                """)
    }

    static let tooManyNeeds = (1...65).map {
        String(format: "{\"department\": \"ZJ-PSB\", \"resource\": \"ZJ-PSB-%02d\"}", $0)
    }
    .joined(separator: ", ")

    @Test(arguments: [
        (
            "need of a resource not in the provider's catalog",
            sharingScenario(extra: oneService(needs: "{\"department\": \"ZJ-PSB\", \"resource\": \"ZJ-PSB-1\"}")),
            "services[0].needs[0].resource: unknown resource \"ZJ-PSB-1\"; expected the code of a resource in the "
                + "first catalog of ZJ-PSB (did you mean \"ZJ-PSB-01\"?)"
        ),
        (
            "need of a resource of another provider",
            sharingScenario(extra: oneService(needs: "{\"department\": \"ZJ-CA\", \"resource\": \"ZJ-PSB-01\"}")),
            "services[0].needs[0].resource: unknown resource \"ZJ-PSB-01\"; expected the code of a resource in the "
                + "first catalog of ZJ-CA (did you mean \"ZJ-CA-01\"?)"
        ),
        (
            "need of an unknown department",
            sharingScenario(extra: oneService(needs: "{\"department\": \"ZJ-PBS\", \"resource\": \"ZJ-PSB-01\"}")),
            "services[0].needs[0].department: unknown department \"ZJ-PBS\"; expected the id of a department of the "
                + "topology (did you mean \"ZJ-PSB\"?)"
        ),
        (
            "more than 64 needs",
            sharingScenario(extra: oneService(needs: tooManyNeeds), psbResources: 65),
            "services[0].needs: service \"school-place\" checks 65 resources; expected at most 64 needs"
        ),
        (
            "no needs",
            sharingScenario(extra: oneService(needs: "")),
            "services[0].needs: service \"school-place\" checks no resource; expected at least one need"
        ),
        (
            "a need listed twice",
            sharingScenario(
                extra: oneService(
                    needs: "{\"department\": \"ZJ-CA\", \"resource\": \"ZJ-CA-01\"}, "
                        + "{\"department\": \"ZJ-CA\", \"resource\": \"ZJ-CA-01\"}")),
            "services[0].needs[1].resource: service \"school-place\" lists resource ZJ-CA-01 of ZJ-CA more than once; "
                + "expected each resource once"
        ),
        (
            "blank service id",
            sharingScenario(
                extra: oneService(needs: "{\"department\": \"ZJ-CA\", \"resource\": \"ZJ-CA-01\"}", id: "")),
            "services[0].id: the service id is blank; expected a unique, non-blank id"
        ),
        (
            "two services with one id",
            sharingScenario(
                extra: """

                      "services": [
                        {"id": "s", "name": "a", "department": "ZJ-EDU", "applicationsPerYear": 1,
                         "needs": [{"department": "ZJ-CA", "resource": "ZJ-CA-01"}]},
                        {"id": "s", "name": "b", "department": "ZJ-EDU", "applicationsPerYear": 1,
                         "needs": [{"department": "ZJ-CA", "resource": "ZJ-CA-01"}]}],
                    """),
            "services[1].id: service \"s\" is defined more than once; expected a unique id"
        ),
        (
            "negative applications",
            sharingScenario(
                extra: oneService(needs: "{\"department\": \"ZJ-CA\", \"resource\": \"ZJ-CA-01\"}")
                    .replacingOccurrences(of: "2000", with: "-1")),
            "services[0].applicationsPerYear: value -1 is out of range; expected a number >= 0.0"
        ),
        (
            "unknown applicant",
            sharingScenario(
                extra: oneService(needs: "{\"department\": \"ZJ-CA\", \"resource\": \"ZJ-CA-01\"}")
                    .replacingOccurrences(
                        of: "\"applicationsPerYear\"", with: "\"applicant\": \"firm\", \"applicationsPerYear\"")),
            "services[0].applicant: unknown value \"firm\"; expected one of citizen, company"
        ),
        (
            "applications beyond the limit",
            sharingScenario(
                extra: oneService(needs: "{\"department\": \"ZJ-CA\", \"resource\": \"ZJ-CA-01\"}")
                    .replacingOccurrences(of: "2000", with: "2e9")),
            "services: the services have too many applications (2000000000.0 a year); expected at most 100000000 "
                + "applications a year in all"
        ),
        (
            "misspelt sharing mode",
            sharingScenario(extra: "\n  \"policies\": {\"sharing\": {\"mode\": \"centralised\"}},"),
            "policies.sharing.mode: unknown value \"centralised\"; expected one of centralized, oneToOne "
                + "(did you mean \"centralized\"?)"
        ),
        (
            "review deadline of zero",
            sharingScenario(extra: "\n  \"policies\": {\"sharing\": {\"reviewDeadlineWorkingDays\": 0}},"),
            "policies.sharing.reviewDeadlineWorkingDays: value 0 is out of range; expected an integer in 1...365"
        ),
        (
            "realization threshold above one",
            sharingScenario(extra: "\n  \"policies\": {\"sharing\": {\"realizationThreshold\": 90}},"),
            "policies.sharing.realizationThreshold: value 90 is out of range; expected a number in 0.0...1.0"
        ),
        (
            "unknown key in the sharing policy",
            sharingScenario(extra: "\n  \"policies\": {\"sharing\": {\"reveiwDeadlineWorkingDays\": 5}},"),
            "policies.sharing.reveiwDeadlineWorkingDays: unknown key \"reveiwDeadlineWorkingDays\"; expected one of mode, "
                + "reviewDeadlineWorkingDays, enforceReviewDeadline, requestTimeoutWorkingDays, reapplyAfter, "
                + "realizationThreshold (did you mean \"reviewDeadlineWorkingDays\"?)"
        ),
        (
            "probability above one in a profile's sharing",
            sharingScenario(
                extra: """

                      "profiles": {"p": {"kind": "afraid", "onTimeProbability": 0.5, "lateness": "1d",
                                         "sharing": {"approvalProbability": 1.5}}},
                    """),
            "profiles.p.sharing.approvalProbability: value 1.5 is out of range; expected a number in 0.0...1.0"
        ),
        (
            "bad distribution in a profile's sharing",
            sharingScenario(
                extra: """

                      "profiles": {"p": {"kind": "afraid", "onTimeProbability": 0.5, "lateness": "1d",
                                         "sharing": {"correctionDelay": "a week"}}},
                    """),
            "profiles.p.sharing.correctionDelay: bad duration \"a week\"; expected a duration such as \"2s\", "
                + "\"30min\", \"6h\" or \"1.5d\" (units ms, s, min, h, d)"
        ),
        (
            "misspelt field in a profile's sharing",
            sharingScenario(
                extra: """

                      "profiles": {"p": {"kind": "afraid", "onTimeProbability": 0.5, "lateness": "1d",
                                         "sharing": {"dataErorRate": 0.1}}},
                    """),
            "profiles.p.sharing.dataErorRate: unknown key \"dataErorRate\"; expected one of approvalProbability, "
                + "reviewOnTimeProbability, reviewLateness, silenceProbability, securityRefusalShare, dataErrorRate, "
                + "correctionDelay, errorDetectionProbability, misuseProbability (did you mean \"dataErrorRate\"?)"
        ),
        (
            "request of an unknown resource",
            sharingScenario(
                extra: """

                      "script": [{"date": "2025-01-02", "action": "request", "department": "ZJ-EDU",
                                  "provider": "ZJ-CA", "resource": "ZJ-CA-1", "purpose": "核验"}],
                    """),
            "script[0].resource: unknown resource \"ZJ-CA-1\"; expected the code of a resource in the first catalog "
                + "of ZJ-CA (did you mean \"ZJ-CA-01\"?)"
        ),
        (
            "request by an unknown department",
            sharingScenario(
                extra: """

                      "script": [{"date": "2025-01-02", "action": "request", "department": "ZJ-EUD",
                                  "provider": "ZJ-CA", "resource": "ZJ-CA-01", "purpose": "核验"}],
                    """),
            "script[0].department: unknown department \"ZJ-EUD\"; expected the id of a department of the topology "
                + "(did you mean \"ZJ-EDU\"?)"
        ),
        (
            "request to the asking department itself",
            sharingScenario(
                extra: """

                      "script": [{"date": "2025-01-02", "action": "request", "department": "ZJ-CA",
                                  "provider": "ZJ-CA", "resource": "ZJ-CA-01", "purpose": "核验"}],
                    """),
            "script[0].provider: department ZJ-CA requests its own resource ZJ-CA-01; expected another department "
                + "as provider"
        ),
        (
            "request without a purpose",
            sharingScenario(
                extra: """

                      "script": [{"date": "2025-01-02", "action": "request", "department": "ZJ-EDU",
                                  "provider": "ZJ-CA", "resource": "ZJ-CA-01", "purpose": " "}],
                    """),
            "script[0].purpose: R-USE-1 a request declares the purpose it will use the data for; expected a purpose "
                + "that is not blank"
        ),
        (
            "request with a field of another action",
            sharingScenario(
                extra: """

                      "script": [{"date": "2025-01-02", "action": "request", "department": "ZJ-EDU",
                                  "provider": "ZJ-CA", "resource": "ZJ-CA-01", "purpose": "核验", "removals": []}],
                    """),
            "script[0].removals: unknown key \"removals\"; expected one of date, hour, action, department, provider, "
                + "resource, purpose"
        ),
    ])
    func sharingPartsAreCheckedWithTheFieldAndTheClosestValidName(name: String, text: String, expected: String) throws {
        let message = try #require(scenarioErrors(text), "\(name)")
        let first = try #require(message.split(separator: "\n").first)
        // Drop `file:line:column: `, which the test above covers.
        let body = first.split(separator: " ", maxSplits: 1).last.map(String.init) ?? ""
        #expect(body == expected, "\(name)")
        #expect(message.hasSuffix("\n1 error in Scenarios/broken.json"), "\(name): \(message)")
    }

    @Test func schemaForbidsWhatTheLoaderForbids() throws {
        let text = try String(contentsOfFile: "Scenarios/once-only.json".relativeToRoot, encoding: .utf8)
        let cases = [
            ("\"mode\": \"centralized\"", "\"mode\": \"centralised\"", "policies.sharing.mode: \"centralised\" is not"),
            ("\"applicant\": \"citizen\"", "\"applicant\": \"firm\"", "services[0].applicant: \"firm\" is not"),
            ("\"realizationThreshold\": 0.9", "\"realizationThreshold\": 2", "realizationThreshold: above 1.0"),
            ("\"purpose\": \"义务教育入学资格审核\"", "\"purpos\": \"x\"", "script[1]: matches 0 of 5 oneOf options"),
            ("\"approvalProbability\": 0.5", "\"approvalProbability\": -1", "approvalProbability: below 0.0"),
            ("\"waitLimit\": \"3d\"", "\"waitLimit\": \"3 days\"", "services[0].waitLimit: \"3 days\" does not match"),
            (
                "{\"department\": \"GD-SZ-PSB\", \"resource\": \"GD-SZ-PSB-01\"}",
                Array(repeating: "{\"department\": \"GD-SZ-PSB\", \"resource\": \"GD-SZ-PSB-01\"}", count: 60)
                    .joined(separator: ", "),
                "services[0].needs: more than 64 items"
            ),
        ]
        for (original, broken, problem) in cases {
            let range = try #require(text.range(of: original), "\(original)")
            let value = try JSONParser().parse(text.replacingCharacters(in: range, with: broken))
            let problems = ScenarioSchemaTests.checker.check(value)
            #expect(problems.contains { $0.contains(problem) }, "\(problem): \(problems)")
        }
    }
}

struct OnceOnlyScenarioTests {
    static let path = repositoryRoot + "/Scenarios/once-only.json"

    @Test func loadsWithoutDiagnostics() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.path))
        let diagnostics = DiagnosticsCollector(file: Self.path)
        let value = try JSONParser().parse(Array(data), file: Self.path)
        let scenario = ScenarioDecoder(root: value, diagnostics: diagnostics, limits: .default, knownMetrics: nil)
            .decode()
        #expect(diagnostics.result.errors.map(\.description) == [])
        #expect(scenario != nil)
    }

    @Test func isTheSchoolPlaceCity() throws {
        let s = try ScenarioLoader.load(path: Self.path)
        #expect(s.name == "once-only")
        #expect(s.seed == 1)
        #expect(s.startDate == CivilDate(year: 2025, month: 1, day: 1))
        #expect(s.durationDays == 365)
        #expect(s.world.governments.map(\.level) == [.national, .provincial, .municipal])
        #expect(s.world.departments.count == 8)
        #expect(s.world.sharing.mode == .centralized)
        #expect(s.world.services.map(\.id) == ["school-place", "newborn-registration"])
        let service = try #require(s.world.services.first)
        #expect(service.id == "school-place")
        #expect(service.department == "GD-SZ-EDU")
        #expect(service.applicationsPerYear == 2000)
        #expect(service.needs.count == 6)
        // Base and unconditional, conditional, and unconditional needs, as the seed describes them.
        let resources = Dictionary(
            s.world.departments.flatMap(\.resources).map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let kinds = service.needs.map { resources[$0.resource]?.shareTypeKind }
        #expect(kinds == [.unconditional, .conditional, .conditional, .unconditional, .unconditional, .conditional])
        #expect(resources[service.needs[0].resource]?.classification.resourceClass == .base)
        #expect(s.world.departments.filter { $0.zone == .inner }.map(\.id) == ["GD-SZ-SEC"])
        // Scripted requests: a not-shared resource, a conditional one, an inner-network one.
        let requested = s.world.requests.map { resources[$0.need.resource] }
        #expect(requested.map { $0?.shareTypeKind } == [.notShared, .conditional, .conditional])
        #expect(requested.map { $0?.zone } == [.outer, .outer, .inner])
        #expect(s.world.requests.allSatisfy { !$0.purpose.rawValue.isEmpty })
        // A scripted dispute over civil affairs' conditional marriage registration (R-ESC-1), after the requests.
        #expect(
            s.world.disputes == [
                ScriptedDispute(
                    date: try #require(CivilDate(year: 2025, month: 3, day: 10)), hour: 10, user: "GD-SZ-EDU",
                    need: ServiceSpec.Need(provider: "GD-SZ-CA", resource: "GD-SZ-CA-01"),
                    purpose: "核验入学资格所需婚姻登记")
            ])
        #expect(resources["GD-SZ-CA-01"]?.shareTypeKind == .conditional)
        var disputePolicy = DisputePolicy.standard
        disputePolicy.openOnRefusal = true
        #expect(s.world.disputePolicy == disputePolicy)
        let profiles = Dictionary(uniqueKeysWithValues: zip(s.world.departments.map(\.id), s.departmentProfiles))
        #expect(profiles["GD-SZ-CA"] == "afraid")
        #expect(profiles["GD-SZ-PNR"] == "slowLand")
        #expect(s.world.departments.contains { $0.integration == .spreadsheet(everyDays: 7) })
        #expect(s.world.problems().isEmpty)
    }
}

extension Array {
    /// The single element, or `nil` when there are none or several.
    fileprivate var only: Element? { count == 1 ? first : nil }
}
