import SharingModel
import SimKernel

/// What one `sharesim run` executes: a world, how long, and what to check.
public struct RunInput: Sendable {
    /// The scenario's name (for reports).
    public var name: String
    /// The scenario file, as given (for the manifest).
    public var file: String
    /// FNV-1a of the scenario file's bytes (for the manifest).
    public var scenarioHash: UInt64
    /// The world; its `seed` is the base seed.
    public var world: WorldSpec
    /// Simulated days from the start date.
    public var durationDays: Int
    /// Checks on the replication means.
    public var expectations: [RunExpectation]
    /// Days the scenario adds to or removes from the working-day calendar.
    public var calendarOverrides: [CalendarOverride] = []

    /// The working-day calendar of the run: the State Council's tables with the scenario's overrides.
    public var calendar: WorkingDayCalendar { WorkingDayCalendar.china.applying(calendarOverrides) }

    public init(
        name: String, file: String, scenarioHash: UInt64, world: WorldSpec, durationDays: Int,
        expectations: [RunExpectation] = []
    ) {
        self.name = name
        self.file = file
        self.scenarioHash = scenarioHash
        self.world = world
        self.durationDays = durationDays
        self.expectations = expectations
    }
}

/// One `expect` check of a scenario, evaluated on a metric's mean over replications.
public struct RunExpectation: Sendable {
    /// The metric name (see docs/metrics.md).
    public var metric: String
    /// How the check reads, e.g. `catalog.deltas_lost > 0`.
    public var description: String
    /// Whether an observed value passes.
    public var check: @Sendable (Double) -> Bool

    public init(metric: String, description: String, check: @escaping @Sendable (Double) -> Bool) {
        self.metric = metric
        self.description = description
        self.check = check
    }
}

/// The result of one replication.
public struct ReplicationResult: Sendable {
    public var index: Int
    public var seed: UInt64
    public var metrics: MetricTable
    /// End-of-day values of the main metrics.
    public var series: [SeriesPoint]
    /// Catalog staleness samples in working days (for the distribution chart).
    public var stalenessSamples: [Double]
    /// R-SHR-3: conditional review times in working days (for the distribution chart).
    public var responseSamples: [Double] = []
    /// JSON Lines of every observation, when tracing.
    public var traceLines: [String]?
    /// R-EVAL-1: the departments' published evaluations, in publication order (empty without an evaluation).
    public var evaluations: [DepartmentEvaluation] = []
    /// R-EVAL-1: the governments' published evaluations, in publication order.
    public var governmentEvaluations: [GovernmentEvaluation] = []
    /// Events the kernel delivered (benchmarks; not an output metric).
    public var events: UInt64 = 0
}
