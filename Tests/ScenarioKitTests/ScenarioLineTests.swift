import Foundation
import SharingModel
import SimKernel
import Testing

@testable import ScenarioKit

/// A scenario with a nation, a province, a city and four departments; `extra` adds members (`lines`, `script`).
func lineScenario(extra: String) -> String {
    """
    {
      "name": "lines",
      "seed": 1,
      "startDate": "2019-01-01",
      "durationDays": 365,\(extra)
      "topology": {
        "governments": [
          {"id": "CN", "name": "国家", "level": "national"},
          {"id": "P", "name": "某省", "level": "provincial", "parent": "CN"},
          {"id": "A", "name": "A市", "level": "municipal", "parent": "P"}
        ],
        "departments": [
          {"id": "CN-MPS", "name": "公安部", "government": "CN", "resources": []},
          {"id": "P-ZZ", "name": "某省综治办", "government": "P", "resources": []},
          {"id": "A-PSB", "name": "A市公安局", "government": "A", "resources": []},
          {"id": "A-GRID", "name": "A市网格中心", "government": "A", "resources": []}
        ]
      }
    }
    """
}

struct ScenarioLineTests {
    @Test func linesAndTheirScriptDecodeIntoTheWorld() throws {
        let extra = """

              "lines": [
                {"id": "ps", "name": "户籍人口", "receiver": "CN-MPS", "collectors": ["A-PSB"],
                 "verticallyManaged": true, "schedule": "monthly", "recordsPerDay": 40, "graceWorkingDays": 3,
                 "requestEveryDays": 0, "retries": false,
                 "faults": {"latency": {"kind": "lognormal", "median": "2h", "p95": "2d"},
                            "disconnectProbability": 0.1, "recordLossRate": 0.02},
                 "feedback": {"discouragement": 0.5}},
                {"id": "grid", "receiver": "P-ZZ", "collectors": {"idSuffix": "-GRID"},
                 "returnPolicy": {"kind": "push", "everyDays": 7}, "retryAfter": "1h"}
              ],
              "script": [
                {"date": "2019-07-01", "action": "policyChange", "line": "ps",
                 "returnPolicy": {"kind": "onRequest", "reviewWorkingDays": 5}},
                {"date": "2019-03-01", "hour": 9, "action": "returnRequest", "line": "grid", "government": "A"}
              ],
            """
        let s = try ScenarioLoader.decode(bytes: Array(lineScenario(extra: extra).utf8), file: "s.json")
        let ps = try #require(s.world.lines.first)
        #expect(ps.verticallyManaged && ps.returnPolicy == .blocked)  // R-RET-2: the vertical default
        #expect(ps.schedule == .monthly && ps.recordsPerDay == 40 && ps.graceWorkingDays == 3)
        #expect(ps.requestEveryDays == nil && !ps.retries)
        #expect(
            ps.faults
                == UpperSystemFaults(
                    latency: .lognormal(median: .hours(2), p95: .days(2)), disconnectProbability: 0.1,
                    recordLossRate: 0.02))
        #expect(ps.feedback == CollectionFeedback(discouragement: 0.5))
        let grid = s.world.lines[1]
        #expect(grid.collectors == ["A-GRID"])  // chosen by suffix
        #expect(grid.returnPolicy == .push(everyDays: 7) && grid.retryAfter == .hours(1))
        #expect(grid.requestEveryDays == 30 && grid.faults == .none)
        #expect(
            s.world.lineScript == [
                ScriptedLineAction(
                    date: try #require(CivilDate(iso: "2019-07-01")), line: "ps",
                    kind: .setReturnPolicy(.onRequest(reviewWorkingDays: 5))),
                ScriptedLineAction(
                    date: try #require(CivilDate(iso: "2019-03-01")), hour: 9, line: "grid",
                    kind: .returnRequest(government: "A")),
            ])
        #expect(s.script.map(\.action.name) == ["policyChange", "returnRequest"])
    }

    @Test(arguments: [
        (
            "unknown receiver",
            "\n  \"lines\": [{\"id\": \"ps\", \"receiver\": \"CN-MSP\", \"collectors\": [\"A-PSB\"]}],",
            "lines[0].receiver: unknown department \"CN-MSP\"; expected the id of a department of the topology "
                + "(did you mean \"CN-MPS\"?)"
        ),
        (
            "collector above the receiver",
            "\n  \"lines\": [{\"id\": \"ps\", \"receiver\": \"P-ZZ\", \"collectors\": [\"CN-MPS\"]}],",
            "lines[0].collectors[0]: R-RET-1 collector CN-MPS (government CN) is not below the receiver's government "
                + "P; expected a department of a government below P"
        ),
        (
            "unknown policy kind",
            "\n  \"lines\": [{\"id\": \"ps\", \"receiver\": \"CN-MPS\", \"collectors\": [\"A-PSB\"], "
                + "\"returnPolicy\": {\"kind\": \"pull\"}}],",
            "lines[0].returnPolicy.kind: unknown value \"pull\"; expected one of push, onRequest, blocked "
                + "(did you mean \"push\"?)"
        ),
        (
            "suffix that selects nobody",
            "\n  \"lines\": [{\"id\": \"ps\", \"receiver\": \"CN-MPS\", \"collectors\": {\"idSuffix\": \"-CUS\"}}],",
            "lines[0].collectors: no department below CN has an id ending in \"-CUS\"; expected a suffix that "
                + "selects at least one collector"
        ),
        (
            "loss rate above 1",
            "\n  \"lines\": [{\"id\": \"ps\", \"receiver\": \"CN-MPS\", \"collectors\": [\"A-PSB\"], "
                + "\"faults\": {\"recordLossRate\": 2}}],",
            "lines[0].faults.recordLossRate: value 2 is out of range; expected a number in 0.0...1.0"
        ),
        (
            "script names an unknown line",
            "\n  \"lines\": [{\"id\": \"ps\", \"receiver\": \"CN-MPS\", \"collectors\": [\"A-PSB\"]}],"
                + "\n  \"script\": [{\"date\": \"2019-02-01\", \"action\": \"returnRequest\", \"line\": \"pss\", "
                + "\"government\": \"A\"}],",
            "script[0].line: unknown line \"pss\"; expected the id of a line of `lines` (did you mean \"ps\"?)"
        ),
        (
            "return request from a government that collects nothing",
            "\n  \"lines\": [{\"id\": \"ps\", \"receiver\": \"CN-MPS\", \"collectors\": [\"A-PSB\"]}],"
                + "\n  \"script\": [{\"date\": \"2019-02-01\", \"action\": \"returnRequest\", \"line\": \"ps\", "
                + "\"government\": \"P\"}],",
            "script[0].government: unknown government \"P\"; expected a government whose departments collect on "
                + "line ps (did you mean \"A\"?)"
        ),
        (
            "policy change without a policy",
            "\n  \"lines\": [{\"id\": \"ps\", \"receiver\": \"CN-MPS\", \"collectors\": [\"A-PSB\"]}],"
                + "\n  \"script\": [{\"date\": \"2019-02-01\", \"action\": \"policyChange\", \"line\": \"ps\"}],",
            "script[0]: missing required field \"returnPolicy\"; expected the line's new return policy"
        ),
        (
            "unknown metric of a line",
            "\n  \"lines\": [{\"id\": \"ps\", \"receiver\": \"CN-MPS\", \"collectors\": [\"A-PSB\"]}],"
                + "\n  \"expect\": [{\"metric\": \"line.pss.records_returned\", \"compare\": \"==\", \"value\": 0}],",
            "expect[0].metric: unknown metric \"line.pss.records_returned\""
        ),
    ])
    func linePartsAreCheckedWithTheFieldAndTheClosestValidName(name: String, extra: String, expected: String) throws {
        let known = ["reporting.records_received", "line.{line}.records_returned"]
        var message = ""
        do {
            _ = try ScenarioLoader.decode(
                bytes: Array(lineScenario(extra: extra).utf8), file: "s.json", knownMetrics: known)
            Issue.record("\(name): no error")
        } catch {
            message = "\(error)"
        }
        let first = try #require(message.split(separator: "\n").first, "\(name)")
        let body = first.split(separator: " ", maxSplits: 1).last.map(String.init) ?? ""
        #expect(body.hasPrefix(expected), "\(name): \(body)")
    }

    @Test func aLineMetricOfAKnownLineIsAccepted() throws {
        let extra = """

              "lines": [{"id": "ps", "receiver": "CN-MPS", "collectors": ["A-PSB"]}],
              "expect": [{"metric": "line.ps.records_returned", "compare": "==", "value": 0}],
            """
        let s = try ScenarioLoader.decode(
            bytes: Array(lineScenario(extra: extra).utf8), file: "s.json",
            knownMetrics: ["line.{line}.records_returned"])
        #expect(s.expectations.map(\.metric) == ["line.ps.records_returned"])
    }
}
