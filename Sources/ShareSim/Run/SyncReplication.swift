import Foundation
import Metrics
import SharingModel
import SimKernel

/// Runs one replication of a world (catalog sync, requests, demand): day by day, so the end-of-day values of the main
/// metrics form the time series, then the final metric table.
enum SyncReplication {
    /// The metrics sampled at the end of every simulated day.
    static let seriesMetrics = [
        "catalog.deltas_sent", "catalog.deltas_lost", "catalog.deltas_applied", "catalog.updates_on_time",
        "catalog.updates_late", "catalog.updates_not_yet_visible", "request.made", "demand.applications",
        "demand.recollections_avoided", "demand.recollections_made", "reporting.records_received",
        "return.records_returned",
    ]

    /// The series of a world: the main metrics, then each line's records returned (R-RET-2).
    static func seriesNames(lines: [LineID]) -> [String] {
        seriesMetrics + lines.map { VerticalMetrics.lineMetric("line.{line}.records_returned", $0) }
    }

    /// Runs replication `index`; `nil` when `stop` was requested before it finished (issue 12: a
    /// replication is kept only whole, so an interrupted one is made again on resume).
    static func run(
        _ input: RunInput, index: Int, seed: UInt64, trace: Bool, progress: (@Sendable (RunProgress) -> Void)? = nil,
        stop: StopRequest? = nil
    ) throws(WorldError) -> ReplicationResult? {
        var spec = input.world
        spec.seed = seed
        let simulation = try CatalogSyncSimulation(spec: spec, calendar: input.calendar)
        let world = simulation.world
        let metrics = simulation.metrics
        let requests = simulation.requests
        let vertical = simulation.vertical
        let names = seriesNames(lines: vertical.lines)
        let tracer = trace ? TraceCollector(sink: world.sink) : nil
        let kernel = world.kernel
        let epoch = spec.epoch
        let days = input.durationDays
        let series: [SeriesPoint]? = world.context.executor.runBlocking {
            var points: [SeriesPoint] = []
            points.reserveCapacity(days * names.count)
            for day in 0..<days {
                // Checked once a simulated day: cheap, and an interrupt stops within one day's events.
                if let stop, stop.isRequested { return nil }
                _ = await deliverEvents(
                    kernel, until: epoch.startOfDay(epoch.startDate.adding(days: day + 1)) - .milliseconds(1))
                let c = metrics.counters
                let r = requests.counters
                var values: [Double] = [
                    Double(c.deltasSent), Double(c.deltasLost), Double(c.deltasApplied), Double(c.updatesOnTime),
                    Double(c.updatesLate), Double(metrics.updatesNotYetVisible), Double(r.made),
                    Double(r.applications), Double(r.recollectionsAvoided), Double(r.recollectionsMade),
                    Double(vertical.total.received), Double(vertical.total.returned),
                ]
                for line in vertical.lines { values.append(Double(vertical.byLine[line]?.returned ?? 0)) }
                for (name, value) in zip(names, values) {
                    points.append(SeriesPoint(day: day, metric: name, value: value))
                }
                if day % 30 == 29, let progress {
                    progress(
                        RunProgress(
                            replication: index, day: day, days: days,
                            simulatedDate: epoch.startDate.adding(days: day + 1).description, finished: false))
                }
            }
            progress?(
                RunProgress(
                    replication: index, day: days - 1, days: days,
                    simulatedDate: epoch.startDate.adding(days: days).description, finished: true))
            return points
        }
        guard let series else { return nil }
        let state = simulation.stateBlocking()
        let convergence = CatalogSyncSimulation.check(state, world)
        let report = simulation.report(state)
        var table = report.metricTable(convergence: convergence)
        table.append(contentsOf: simulation.requests.metricTable(state: state, policy: spec.sharing))
        table.append(contentsOf: simulation.disputes.metricTable(durationDays: days))
        table.append(contentsOf: vertical.metricTable())
        table.append(contentsOf: simulation.evaluation.metricTable())
        table.append(contentsOf: simulation.costs.metricTable())
        var result = ReplicationResult(
            index: index, seed: seed, metrics: table, series: series,
            stalenessSamples: metrics.stalenessSamples, responseSamples: requests.responseWorkingDays,
            traceLines: tracer?.lines)
        result.evaluations = simulation.evaluation.departments
        result.governmentEvaluations = simulation.evaluation.governments
        result.events = world.context.deliveredCount
        return result
    }
}

/// Collects every observation as one compact JSON line.
final class TraceCollector: @unchecked Sendable {
    private(set) var lines: [String] = []

    init(sink: ObservationSink<Observation>) {
        sink.subscribe { [self] record in
            let node = JSONNode.object([
                ("t", .int(Int(record.time.milliseconds))), ("i", .int(Int(record.index))),
                ("observation", TraceEncoding.node(record.observation)),
            ])
            lines.append(node.render(style: .compact))
        }
    }
}

extension CatalogSyncReport {
    /// The report as named metrics (docs/metrics.md).
    func metricTable(convergence: ConvergenceReport) -> MetricTable {
        var t = MetricTable()
        // R-CAT-4: staleness from a change to visibility at the national platform, in working days.
        t.append("catalog.staleness_mean_wd", staleness.mean)
        t.append("catalog.staleness_p50_wd", staleness.p50)
        t.append("catalog.staleness_p95_wd", staleness.p95)
        t.append("catalog.staleness_max_wd", staleness.max)
        t.append("catalog.staleness_samples", staleness.count)
        t.append("catalog.updates_on_time_share", shareOnTime)
        t.append("catalog.updates_on_time", counters.updatesOnTime)
        t.append("catalog.updates_late", counters.updatesLate)
        t.append("catalog.updates_not_yet_visible", updatesNotYetVisible)
        t.append("catalog.deltas_sent", counters.deltasSent)
        t.append("catalog.deltas_lost", counters.deltasLost)
        t.append("catalog.deltas_retried", counters.deltasRetried)
        t.append("catalog.deltas_applied", counters.deltasApplied)
        t.append("catalog.deltas_abandoned", counters.deltasAbandoned)
        t.append("catalog.snapshots_requested", counters.snapshotsRequested)
        t.append("catalog.catalogs_refused", counters.catalogsRefused)
        t.append("catalog.divergent_platforms", convergence.divergences.count)
        t.append("catalog.national_divergent_departments", convergence.nationalDivergentDepartments)
        for level in levels {
            let prefix = "catalog.resources.\(level.level.rawValue)"
            t.append("\(prefix).total", level.counts.resources)
            for (kind, count) in level.counts.byShareType { t.append("\(prefix).\(kind.rawValue)", count) }
            for (resourceClass, count) in level.counts.byClass {
                t.append("\(prefix).class_\(resourceClass.rawValue)", count)
            }
            // R-CAT-2: the information items those resources describe (Shenzhen 2015: 51,688, seed 004).
            t.append("catalog.items.\(level.level.rawValue).total", level.counts.informationItems)
        }
        return t
    }
}
