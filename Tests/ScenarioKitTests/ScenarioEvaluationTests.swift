import Foundation
import ScenarioKit
import SharingModel
import SimKernel
import Testing

/// `policies.evaluation`, `policies.costs` and a profile's `provision` decode into the world, and a mistake in
/// any of them is reported at its field with what was expected.
struct ScenarioEvaluationTests {
    @Test func evaluationCostsAndProvisionDecodeIntoTheWorld() throws {
        let extra = """

              "profiles": {"slowFeed": {"kind": "unable", "onTimeProbability": 0.3, "lateness": "20d",
                                        "provision": {"provisionProbability": 0.5, "integrationDelay": "60d"}}},
              "assignment": {"default": "slowFeed"},
              "policies": {"evaluation": {"indicatorSystem": "families", "threshold": 70, "pressure": "dynamic",
                                          "rectificationStrength": 0.4, "fundingRequirement": 0.9,
                                          "fundingStrength": 0.1, "owedItemsPerDepartment": 12,
                                          "owedItems": {"ZJ-PSB": 30}},
                           "costs": {"reviewStaffDays": 2, "evaluationStaffDays": 0}},
            """
        let s = try ScenarioLoader.decode(bytes: Array(sharingScenario(extra: extra).utf8), file: "s.json")
        #expect(
            s.world.evaluation
                == EvaluationPolicy(
                    indicatorSystem: .families, threshold: 70, pressure: .dynamic, rectificationStrength: 0.4,
                    fundingRequirement: 0.9, fundingStrength: 0.1, owedItemsPerDepartment: 12,
                    owedItemsByDepartment: ["ZJ-PSB": 30]))
        // R-EVAL-1: a department's own count takes precedence over the policy's.
        let policy = try #require(s.world.evaluation)
        #expect(s.world.departments.map { policy.owedItems(of: $0) } == [12, 30, 12])
        #expect(s.world.costs.reviewStaffDays == 2)
        #expect(s.world.costs.evaluationStaffDays == 0)
        #expect(s.world.costs.oneToOneSearchStaffDays == CostPolicy.standard.oneToOneSearchStaffDays)
        let provision = try #require(s.world.departments.first).profile.provision
        #expect(provision.provisionProbability == 0.5)
        #expect(provision.integrationDelay == .fixed(.days(60)))
        // Fields left out keep the unable preset.
        #expect(provision.formatMismatchRate == ProvisionBehaviour.unable.formatMismatchRate)
    }

    @Test func withoutAnEvaluationBlockThereIsNoEvaluation() throws {
        let s = try ScenarioLoader.decode(bytes: Array(sharingScenario().utf8), file: "s.json")
        #expect(s.world.evaluation == nil)
        #expect(s.world.costs == .standard)
    }

    @Test(arguments: [
        (
            "pressure",
            #""policies": {"evaluation": {"pressure": "strong"}},"#,
            "policies.evaluation.pressure: unknown value \"strong\"; expected one of none, fixed, dynamic"
        ),
        (
            "threshold",
            #""policies": {"evaluation": {"threshold": 120}},"#,
            "policies.evaluation.threshold: value 120 is out of range; expected a number in 0.0...105.0"
        ),
        (
            "owed items",
            #""policies": {"evaluation": {"owedItemsPerDepartment": -1}},"#,
            "policies.evaluation.owedItemsPerDepartment: value -1 is out of range; expected an integer in 0...100000"
        ),
        (
            "owed items of an unknown department",
            #""policies": {"evaluation": {"owedItems": {"ZJ-PBS": 3}}},"#,
            "policies.evaluation.owedItems[\"ZJ-PBS\"]: unknown department \"ZJ-PBS\"; expected the id of a department "
                + "of the topology (did you mean \"ZJ-PSB\"?)"
        ),
        (
            "cost",
            #""policies": {"costs": {"reviewStaffDay": 1}},"#,
            "policies.costs.reviewStaffDay: unknown key \"reviewStaffDay\"; expected one of reviewStaffDays, "
                + "oneToOneAgreementStaffDays, disputeStageStaffDays, catalogLookupStaffDays, oneToOneSearchStaffDays, "
                + "itemProvisionStaffDays, errorHandlingStaffDays, violationStaffDays, evaluationStaffDays "
                + "(did you mean \"reviewStaffDays\"?)"
        ),
        (
            "provision",
            #""profiles": {"p": {"kind": "afraid", "onTimeProbability": 0.5, "lateness": "1d", "provision": {"provisionProbability": 2}}},"#,
            "profiles.p.provision.provisionProbability: value 2 is out of range; expected a number in 0.0...1.0"
        ),
    ])
    func mistakesAreReportedAtTheirField(name: String, extra: String, expected: String) throws {
        let message = try #require(scenarioErrors(sharingScenario(extra: "\n  " + extra)), "\(name)")
        let first = try #require(message.split(separator: "\n").first)
        let body = first.split(separator: " ", maxSplits: 1).last.map(String.init) ?? ""
        #expect(body == expected, "\(name)")
        #expect(message.hasSuffix("\n1 error in Scenarios/broken.json"), "\(name): \(message)")
    }
}
