import Foundation
import ShareSim
import SharingModel
import SimKernel
import Testing

/// A finished run's dispute observations, as readable lines, with the stage records.
final class DisputeLog: @unchecked Sendable {
    var lines: [String] = []
    var stages: [DisputeStageRecord] = []
    var resolutions: [DisputeResolution] = []
}

func disputeRun(_ spec: WorldSpec, days: Int) async throws -> (DisputeLog, CatalogSyncSimulation) {
    let simulation = try CatalogSyncSimulation(spec: spec)
    let log = DisputeLog()
    simulation.world.sink.subscribe { record in
        switch record.observation {
        case .disputeOpened(let d): log.lines.append("opened \(d.id) over \(d.resource)")
        case .disputeStageStarted(let s):
            log.lines.append("\(s.id) taken up by \(s.stage)")
            log.stages.append(s)
        case .disputeEscalated(let id, let stage, let reason): log.lines.append("\(id) left \(stage): \(reason)")
        case .disputeResolved(let r):
            log.lines.append("\(r.id) settled by \(r.stage): \(r.outcome)")
            log.resolutions.append(r)
        case .disputeMessageLost(let id, _): log.lines.append("\(id) message lost")
        default: break
        }
    }
    _ = await simulation.run(until: spec.epoch.startOfDay(spec.startDate.adding(days: days)))
    #expect(simulation.disputes.holds, "\(simulation.disputes.breaches)")
    return (log, simulation)
}

func scriptedDispute(
    _ user: DepartmentID, _ provider: DepartmentID, _ n: Int, purpose: String = "入学资格审核", day: Int = 1,
    in spec: WorldSpec
) -> ScriptedDispute {
    ScriptedDispute(
        date: spec.startDate.adding(days: day), user: user, need: need(provider, n), purpose: Purpose(rawValue: purpose)
    )
}

@Suite struct DisputeFlowTests {
    static func world() -> WorldSpec {
        var spec = schoolPlaceWorld()
        spec.services = []
        return spec
    }

    /// R-ESC-1, R-ESC-2: two departments of 杭州 disagree over a not-shared resource. The provider's
    /// basis binds it, so negotiation runs out its 10 working days; 杭州's authority then rules and
    /// orders it shared, and the user's next request is served under the ruling.
    @Test func sameCityGoesToTheCitysAuthority() async throws {
        var spec = Self.world()
        spec.disputePolicy = DisputePolicy(authorityOnTimeProbability: 1, upholdNotSharedProbability: 0)
        spec.disputes = [scriptedDispute("ZJ-HZ-EDU", "ZJ-HZ-HRSS", 3, in: spec)]
        spec.requests = [scripted("ZJ-HZ-EDU", "ZJ-HZ-HRSS", 3, day: 80, in: spec)]
        let (log, simulation) = try await disputeRun(spec, days: 90)
        let d = "d\(simulation.world.departmentAddress(2).index).1"
        #expect(
            log.lines == [
                "opened \(d) over ZJ-HZ-HRSS-03",
                "\(d) taken up by negotiation",
                "\(d) left negotiation: noAgreement",
                "\(d) taken up by authority of ZJ-HZ (municipal)",
                "\(d) settled by authority of ZJ-HZ (municipal): granted",
            ])
        // The deadlines on the working-day calendar: 10 working days of negotiation from 2017-03-02
        // (a Thursday) end on Thursday 2017-03-16; the authority's 20 run from the day it took the case up.
        let calendar = WorkingDayCalendar.china
        #expect(
            log.stages[0].deadline == spec.epoch.startOfDay(CivilDate(year: 2017, month: 3, day: 17)!)
                - .milliseconds(1))
        #expect(
            log.stages[1].deadline
                == calendar.deadline(workingDays: 20, after: log.stages[1].startedAt, epoch: spec.epoch))
        #expect(log.stages[1].startedAt > log.stages[0].deadline)
        #expect(simulation.requests.counters.closed(.served) == 1)
        #expect(simulation.disputes.openCount == 0)
    }

    /// R-ESC-2: between two cities of 浙江 the province's authority coordinates; when it and then the
    /// national authority run out of time, the council rules (R-ESC-3).
    @Test func twoCitiesGoToTheProvinceThenUpToTheCouncil() async throws {
        var spec = Self.world()
        var firm = BehaviourProfile.unwilling
        firm.sharing.approvalProbability = 0
        spec.setProfile(firm, of: "ZJ-NB-HEA")
        spec.disputePolicy = DisputePolicy(authorityOnTimeProbability: 0, councilOnTimeProbability: 1)
        spec.disputes = [scriptedDispute("ZJ-HZ-EDU", "ZJ-NB-HEA", 3, in: spec)]
        let (log, simulation) = try await disputeRun(spec, days: 200)
        let d = "d\(simulation.world.departmentAddress(2).index).1"
        #expect(
            log.lines.dropLast() == [
                "opened \(d) over ZJ-NB-HEA-03",
                "\(d) taken up by negotiation",
                "\(d) left negotiation: noAgreement",
                "\(d) taken up by authority of ZJ (provincial)",
                "\(d) left authority of ZJ (provincial): timedOut",
                "\(d) taken up by authority of CN (national)",
                "\(d) left authority of CN (national): timedOut",
                "\(d) taken up by coordination council",
            ])
        #expect(log.lines.last?.hasPrefix("\(d) settled by coordination council: ") == true)
        let days = [10, 20, 20, 30]
        for (stage, n) in zip(log.stages, days) {
            #expect(
                stage.deadline
                    == WorkingDayCalendar.china.deadline(workingDays: n, after: stage.startedAt, epoch: spec.epoch))
        }
        #expect(log.resolutions.first?.late == false)
    }

    /// R-ESC-3: when a central department is a party, the council coordinates right after negotiation.
    @Test func aCentralDepartmentGoesStraightToTheCouncil() async throws {
        var spec = Self.world()
        var firm = BehaviourProfile.cooperative
        firm.sharing.approvalProbability = 0
        spec.setProfile(firm, of: "CN-MPS")
        spec.disputes = [scriptedDispute("ZJ-NB-HEA", "CN-MPS", 2, in: spec)]
        let (log, simulation) = try await disputeRun(spec, days: 200)
        let d = "d\(simulation.world.departmentAddress(4).index).1"
        #expect(
            Array(log.lines.prefix(4)) == [
                "opened \(d) over CN-MPS-02",
                "\(d) taken up by negotiation",
                "\(d) left negotiation: noAgreement",
                "\(d) taken up by coordination council",
            ])
        #expect(log.lines.count == 5)
        #expect(log.resolutions.map(\.stage) == [.council])
        #expect(simulation.disputes.counters.councilCasesByYear == [1])
    }

    /// R-SHR-4: a refused base resource is ordered shared by whichever body rules: the provider gives
    /// way in negotiation, and every authority or the council rules it shared whatever its leaning.
    @Test func aRefusedBaseResourceIsAlwaysOrderedShared() async throws {
        var spec = Self.world()
        var firm = BehaviourProfile.afraid
        firm.sharing.approvalProbability = 0
        spec.setProfile(firm, of: "ZJ-NB-NRP")
        spec.disputes = [scriptedDispute("ZJ-HZ-EDU", "ZJ-NB-NRP", 1, in: spec)]
        let (log, _) = try await disputeRun(spec, days: 60)
        #expect(log.resolutions.map(\.stage) == [.negotiation])
        #expect(log.resolutions.allSatisfy { $0.outcome.isGranted })
        // Every body, over many draws, with a policy that would uphold everything else.
        let policy = DisputePolicy(orderShareProbability: 0, upholdNotSharedProbability: 1)
        for stage in [EscalationStage.authority("ZJ", .provincial), .council] {
            let dispute = Dispute(
                id: DisputeID(user: ActorAddress(9), serial: 1), user: "ZJ-HZ-EDU", provider: "ZJ-NB-NRP",
                providerPlatform: ActorAddress(3), resource: "ZJ-NB-NRP-01", isBase: true, purpose: "x",
                refusal: .security, path: [DisputeStop(stage: stage, address: ActorAddress(20))], openedAt: .zero)
            var random = RandomStream(seed: 5, name: "test.base")
            for _ in 0..<200 {
                let decision = DisputeStageRules.decide(
                    dispute, stage: 0, policy: policy, yieldProbability: 0, receivedAt: .zero, calendar: .china,
                    epoch: spec.epoch, random: &random)
                #expect(decision.outcome?.isGranted ?? true)
            }
        }
    }

    /// No dispute is lost: with services refusing and disputes opened on refusal, every dispute is
    /// settled at a named stage or reported open; the metrics add up.
    @Test func everyDisputeIsSettledOrReportedOpen() async throws {
        var spec = schoolPlaceWorld(perYear: 1500)
        spec.disputePolicy.openOnRefusal = true
        var firm = BehaviourProfile.unwilling
        firm.sharing.approvalProbability = 0
        firm.sharing.silenceProbability = 0
        spec.setProfile(firm, of: "ZJ-NB-HEA")
        let (log, simulation) = try await disputeRun(spec, days: 250)
        let c = simulation.disputes.counters
        #expect(c.opened >= 2)
        let table = simulation.disputes.metricTable(durationDays: 250)
        let settled = DisputeMetrics.StageName.allCases.reduce(0.0) {
            $0 + table.value("dispute.resolved_\($1.rawValue)")!
        }
        #expect(Double(c.opened) == settled + table.value("dispute.open_at_end")!)
        #expect(table.value("dispute.base_upheld") == 0)
        #expect(log.resolutions.count == c.granted + c.upheld)
    }
}
