import Foundation
import ShareSim
import SharingModel
import SimKernel
import Testing

/// Every vertical observation of a run, with its time (confined to the run's executor like the sink).
final class VerticalLog: @unchecked Sendable {
    var entries: [(time: SimInstant, observation: VerticalObservation)] = []

    var returns: [(time: SimInstant, arrival: LineReturnArrival)] {
        entries.compactMap { if case .dataReturned(let a) = $0.observation { ($0.time, a) } else { nil } }
    }
}

/// A run of a world with vertical lines (R-RET-1, R-RET-2).
struct VerticalRun {
    var simulation: CatalogSyncSimulation
    var log: VerticalLog
    var state: WorldState
    var metrics: VerticalMetrics { simulation.vertical }
    var table: MetricTable { simulation.vertical.metricTable() }

    func value(_ name: String) -> Double {
        guard let v = table.value(name) else {
            Issue.record("no metric \(name)")
            return .nan
        }
        return v
    }

    func department(_ id: DepartmentID) -> WorldState.Department { state.departments.first { $0.id == id }! }
}

/// Runs `spec` until `end`.
func verticalRun(_ spec: WorldSpec, until end: SimInstant) async throws -> VerticalRun {
    let simulation = try CatalogSyncSimulation(spec: spec)
    let log = VerticalLog()
    simulation.world.sink.subscribe { record in
        if case .vertical(let v) = record.observation { log.entries.append((record.time, v)) }
    }
    _ = await simulation.run(until: end)
    let state = await simulation.state()
    #expect(simulation.vertical.breaches.isEmpty, "ledger breached: \(simulation.vertical.breaches)")
    return VerticalRun(simulation: simulation, log: log, state: state)
}

extension WorldSpec {
    /// The line `id`, to change in place.
    subscript(line id: LineID) -> ReportingLine {
        get { lines.first { $0.id == id }! }
        set { lines[lines.firstIndex { $0.id == id }!] = newValue }
    }
}

/// The end of `date`'s day at `hour`.
func instant(_ spec: WorldSpec, _ year: Int, _ month: Int, _ day: Int, hour: Int64 = 0) -> SimInstant {
    spec.epoch.startOfDay(CivilDate(year: year, month: month, day: day)!) + .hours(hour)
}

@Suite("Vertical flows: upward reporting and data return (R-RET-1, R-RET-2)")
struct VerticalFlowTests {
    @Test("City A: the vertically managed line returns nothing; the push line returns every record within its schedule")
    func blockedVerticalLineAgainstPushLine() async throws {
        var spec = WorldSpec.cityAFixture
        // A working upper system, so that "within its schedule" is exact: 7 days plus seconds of latency.
        for id: LineID in ["ps-population", "grid-population"] { spec[line: id].faults = .none }
        let run = try await verticalRun(spec, until: instant(spec, 2020, 1, 1))

        // R-RET-2, seed 002: the vertically managed line is blocked by default; the city's requests are refused.
        #expect(run.value("line.ps-population.records_collected") > 10_000)
        #expect(run.value("line.ps-population.records_returned") == 0)
        #expect(run.value("line.ps-population.return_requests_blocked") == 12)
        #expect(run.department("CN-MPS").lineRecordsHeld == Int(run.value("line.ps-population.records_collected")))

        // The push line: every arrival is at most 7 days (its schedule) and a minute of latency after collection.
        // (The city's monthly requests are answered at once from what is held, so they come back sooner.)
        let returns = run.log.returns.filter { $0.arrival.line == "grid-population" }
        #expect(returns.filter(\.arrival.pushed).count >= 40)
        for (time, arrival) in returns {
            for segment in arrival.segments {
                #expect(time - segment.collectedAt <= .days(7) + .minutes(1), "a record came back late")
            }
        }
        // What comes back is what was collected, except the last week's.
        let collected = run.value("line.grid-population.records_collected")
        let returned = run.value("line.grid-population.records_returned")
        #expect(returned > 0.97 * collected && returned <= collected)
        #expect(run.value("return.completeness_municipal") > 0.45)
        #expect(run.state.platforms.first { $0.government == "A" }!.returnedLineRecords == Int(returned))
    }

    @Test("A scripted policy change opens the blocked line at mid-year: the time series shows it from that date on")
    func openingTheLineAtMidYear() async throws {
        let spec = WorldSpec.cityAFixture
        var opened = spec
        opened.lineScript = [
            ScriptedLineAction(
                date: CivilDate(year: 2019, month: 7, day: 1)!, line: "ps-population",
                kind: .setReturnPolicy(.push(everyDays: 7)))
        ]
        var options = RunOptions()
        options.jobs = 1
        // runAsync: a blocking run must not hold a thread of the pool the test runs on.
        func series(_ world: WorldSpec) async throws -> [Double] {
            let input = RunInput(name: "city-a", file: "", scenarioHash: 0, world: world, durationDays: 365)
            let result = try await SimulationRun.runAsync(input, options: options)
            return result.replications[0].series.filter { $0.metric == "line.ps-population.records_returned" }
                .map(\.value)
        }
        let closed = try await series(spec)
        let open = try await series(opened)
        let midYear = 181  // 2019-07-01 is day 181 of the run.
        #expect(closed.count == 365 && open.count == 365)
        #expect(closed.allSatisfy { $0 == 0 })
        // Nothing before the change; the first push 7 days after it returns the half-year's records.
        #expect(open[..<(midYear + 7)].allSatisfy { $0 == 0 })
        #expect(open[midYear + 10] > 5_000)
        #expect(zip(open.dropFirst(), open).allSatisfy { $0 >= $1 })
        #expect(open[364] > open[midYear + 10])
    }

    @Test("Upper-system faults lose exactly the records the fault model draws, and they are counted")
    func faultsLoseWhatTheModelDraws() async throws {
        var spec = WorldSpec.cityAFixture
        spec.lines.removeAll { $0.id != "ps-population" }
        // Bounded latency, so that no report is in flight five days after a Friday.
        spec[line: "ps-population"].faults = UpperSystemFaults(
            latency: .uniform(min: .hours(1), max: .hours(24)), disconnectProbability: 0.2, recordLossRate: 0.05)
        spec[line: "ps-population"].retries = false
        let end = instant(spec, 2019, 8, 1, hour: 23)  // a Thursday
        let run = try await verticalRun(spec, until: end)

        var drawn = 0
        for (_, o) in run.log.entries {
            switch o {
            case .uploadFailed(let f), .recordsLost(let f):
                #expect(!f.willResend)
                drawn += f.records
            default: break
            }
        }
        let collected = Int(run.value("reporting.records_collected"))
        let lost = Int(run.value("reporting.records_lost"))
        let received = run.department("CN-MPS").lineRecordsReceived
        #expect(lost == drawn)
        // The receiver holds exactly what was collected minus what the faults drew: nothing else vanished.
        #expect(received + lost == collected)
        #expect(Int(run.value("reporting.records_received")) == received)
        #expect(run.value("reporting.records_pending") == 0)
        #expect(run.metrics.unsettledBatches(collectedBefore: end) == 0)
        // 20% of uploads disconnected, 5% of the rest's records lost: about 24% (batches are coarse).
        let share = Double(lost) / Double(collected)
        #expect(share > 0.1 && share < 0.4, "lost share \(share)")
        #expect(run.value("reporting.upload_failures") > 0)
    }

    @Test("With retries on, the same faults lose nothing: every report older than two weeks is whole at the receiver")
    func retriesLoseNothing() async throws {
        var spec = WorldSpec.cityAFixture
        spec.lines.removeAll { $0.id != "ps-population" }
        spec[line: "ps-population"].faults = UpperSystemFaults(
            latency: .uniform(min: .hours(1), max: .hours(24)), disconnectProbability: 0.2, recordLossRate: 0.05)
        let end = instant(spec, 2019, 8, 1, hour: 23)
        let run = try await verticalRun(spec, until: end)
        #expect(run.value("reporting.records_lost") == 0)
        #expect(run.value("reporting.records_resent") > 0)
        #expect(run.metrics.unsettledBatches(collectedBefore: end - .days(14)) == 0)
        let collected = Int(run.value("reporting.records_collected"))
        let received = run.department("CN-MPS").lineRecordsReceived
        #expect(received + Int(run.value("reporting.records_pending")) == collected)
        // What is pending is what the collector still owes (or has just had acknowledged).
        #expect(run.department("A-PSB").outstandingLineRecords >= Int(run.value("reporting.records_pending")))
    }

    @Test("Seed 002's feedback: a grassroots collector facing failing systems collects less")
    func failuresDiscourageCollection() async throws {
        func completeness(disconnect: Double, discouragement: Double) async throws -> Double {
            var spec = WorldSpec.cityAFixture
            spec.lines.removeAll { $0.id != "grid-population" }
            spec[line: "grid-population"].schedule = .daily
            spec[line: "grid-population"].faults = UpperSystemFaults(disconnectProbability: disconnect)
            spec[line: "grid-population"].feedback = CollectionFeedback(discouragement: discouragement)
            let run = try await verticalRun(spec, until: instant(spec, 2019, 7, 1))
            return run.value("reporting.collection_completeness")
        }
        #expect(try await completeness(disconnect: 0.4, discouragement: 0) == 1)
        #expect(try await completeness(disconnect: 0, discouragement: 0.8) == 1)
        let some = try await completeness(disconnect: 0.2, discouragement: 0.8)
        let more = try await completeness(disconnect: 0.5, discouragement: 0.8)
        #expect(some < 0.95 && more < some, "completeness \(some) then \(more)")
    }

    @Test("On request: the answer comes after the review's working days and returns what the receiver held")
    func onRequestAnswersAfterReview() async throws {
        var spec = WorldSpec.cityAFixture
        spec.lines.removeAll { $0.id != "grid-population" }
        spec[line: "grid-population"].returnPolicy = .onRequest(reviewWorkingDays: 10)
        spec[line: "grid-population"].requestEveryDays = nil
        spec[line: "grid-population"].faults = .none
        spec.lineScript = [
            ScriptedLineAction(
                date: CivilDate(year: 2019, month: 3, day: 1)!, line: "grid-population",
                kind: .returnRequest(government: "A"))
        ]
        let run = try await verticalRun(spec, until: instant(spec, 2019, 4, 1))
        let asked = instant(spec, 2019, 3, 1, hour: 10)
        let answerDue = WorkingDayCalendar.china.deadline(workingDays: 10, after: asked, epoch: spec.epoch)
        #expect(run.log.returns.count == 1)
        let (time, arrival) = try #require(run.log.returns.first)
        #expect(!arrival.pushed)
        #expect(time >= answerDue && time < answerDue + .minutes(1))
        // Every weekly report up to the end of the review (Fridays Jan 4 … Mar 15).
        #expect(arrival.segments.count == 11)
        #expect(run.value("return.requests_answered") == 1 && run.value("return.requests_open") == 0)
    }

    @Test("Reports are late when they arrive after their grace period (R-RET-1)")
    func lateReports() async throws {
        func lateShare(grace: Int) async throws -> Double {
            var spec = WorldSpec.cityAFixture
            spec.lines.removeAll { $0.id != "grid-population" }
            spec[line: "grid-population"].graceWorkingDays = grace
            spec[line: "grid-population"].faults.latency = .fixed(.days(4))
            spec[line: "grid-population"].faults.disconnectProbability = 0
            let run = try await verticalRun(spec, until: instant(spec, 2019, 6, 1))
            #expect(run.value("reporting.reports") >= 20)
            return run.value("reporting.late_share")
        }
        // Sent Friday 18:00, arriving Tuesday 18:00: past one working day's grace, within three.
        #expect(try await lateShare(grace: 1) > 0.9)
        #expect(try await lateShare(grace: 3) < 0.1)
    }

    @Test("Lines draw from their own streams: adding one leaves the request flow's draws unchanged")
    func linesDoNotShiftOtherDraws() async throws {
        var base = schoolPlaceWorld()
        base.services[0].applicationsPerYear = 500
        var withLine = base
        withLine.lines = [
            ReportingLine(
                id: "edu-roll", receiver: "CN-MPS", collectors: ["ZJ-HZ-EDU"], faults: .init(disconnectProbability: 0.3)
            )
        ]
        let a = try await finishedRun(base, days: 90)
        let b = try await finishedRun(withLine, days: 90)
        #expect(a.closures == b.closures)
        #expect(a.table == b.table)
    }

    @Test("The report shows the lines' returns and figures, and only for worlds with lines")
    func reportHasAVerticalSectionOnlyWithLines() async throws {
        func report(_ world: WorldSpec) async throws -> String {
            var options = RunOptions()
            options.jobs = 1
            let input = RunInput(name: "r", file: "", scenarioHash: 0, world: world, durationDays: 60)
            let files = RunOutputs.files(try await SimulationRun.runAsync(input, options: options))
            let html = try #require(files.first { $0.name == "report.html" }).data
            return String(decoding: html, as: UTF8.self)
        }
        let withLines = try await report(.cityAFixture)
        #expect(withLines.contains("Vertical flows: reporting up, data coming back"))
        #expect(withLines.contains("line.ps-population.records_returned"))
        #expect(withLines.contains("blocked (vertical)") && withLines.contains("push/7d"))
        let without = try await report(.smallFixture)
        #expect(!without.contains("Vertical flows"))
    }
}
