import SharingModel
import SimKernel

/// `sharesim bench sync`: builds a generated world (by default 1 + 31 + 333 platforms and 17,950
/// departments with 40 resources each), publishes every catalog, syncs it to the national platform
/// and checks convergence (issue 4).
public enum SyncBenchmark {
    /// What to run.
    public struct Configuration: Sendable {
        /// The world's template; the default is the national shape.
        public var template = WorldTemplate()
        /// A configuration with the national-shape defaults.
        public init() {}
        /// A configuration over `template`.
        public init(template: WorldTemplate) { self.template = template }
    }

    /// The figures of one run.
    public struct Result: Sendable {
        /// Platforms built.
        public var platforms: Int
        /// Departments built.
        public var departments: Int
        /// Resources in the departments' catalogs.
        public var resources: Int
        /// Resources held by the national platform at the end.
        public var nationalResources: Int
        /// Seconds to generate the spec and build the actors.
        public var buildSeconds: Double
        /// Seconds the kernel ran.
        public var runSeconds: Double
        /// Seconds for the convergence check.
        public var checkSeconds: Double
        /// Events delivered.
        public var events: UInt64
        /// Virtual time at the end.
        public var endTime: SimInstant
        /// Peak resident memory of the process, in bytes.
        public var peakRSSBytes: UInt64
        /// Whether every platform converged.
        public var converged: Bool
        /// Protocol counters.
        public var counters: CatalogSyncMetrics.Counters

        /// Total wall time.
        public var wallSeconds: Double { buildSeconds + runSeconds + checkSeconds }

        /// A few lines for the terminal.
        public var summary: String {
            let mib = Double(peakRSSBytes) / 1_048_576
            return """
                sync benchmark: \(platforms) platforms, \(departments) departments, \(resources) resources
                  build \(fmt(buildSeconds)) s, run \(fmt(runSeconds)) s, check \(fmt(checkSeconds)) s, \
                wall \(fmt(wallSeconds)) s
                  events \(events), national resources \(nationalResources), converged \(converged)
                  peak RSS \(fmt(mib)) MiB
                """
        }

        private func fmt(_ x: Double) -> String {
            let scaled = (x * 100).rounded() / 100
            return "\(scaled)"
        }
    }

    /// Runs the benchmark on the calling thread (the tool's main thread; not from a pool task).
    public static func run(_ configuration: Configuration = Configuration()) -> Result {
        let watch = Stopwatch()
        let simulation = build(configuration)
        let built = watch.seconds
        let outcome = simulation.runBlocking()
        let ran = watch.seconds
        let state = simulation.stateBlocking()
        let report = CatalogSyncSimulation.check(state, simulation.world)
        return result(simulation, state, report, outcome, built, ran - built, watch.seconds - ran)
    }

    /// Runs the benchmark from an async context (tests).
    public static func run(_ configuration: Configuration = Configuration()) async -> Result {
        let watch = Stopwatch()
        let simulation = build(configuration)
        let built = watch.seconds
        let outcome = await simulation.run()
        let ran = watch.seconds
        let state = await simulation.state()
        let report = CatalogSyncSimulation.check(state, simulation.world)
        return result(simulation, state, report, outcome, built, ran - built, watch.seconds - ran)
    }

    private static func build(_ configuration: Configuration) -> CatalogSyncSimulation {
        let spec = WorldSpec.generated(configuration.template)
        do {
            return try CatalogSyncSimulation(spec: spec)
        } catch {
            preconditionFailure("a generated world is always valid: \(error)")
        }
    }

    private static func result(
        _ simulation: CatalogSyncSimulation, _ state: WorldState, _ report: ConvergenceReport, _ outcome: RunOutcome,
        _ build: Double, _ run: Double, _ check: Double
    ) -> Result {
        let spec = simulation.world.spec
        return Result(
            platforms: spec.governments.count, departments: spec.departments.count, resources: spec.resourceCount,
            nationalResources: state.platforms[simulation.world.nationalIndex].catalog.resourceCount,
            buildSeconds: build, runSeconds: run, checkSeconds: check, events: simulation.world.context.deliveredCount,
            endTime: outcome.time, peakRSSBytes: ProcessMemory.peakRSSBytes(), converged: report.isConverged,
            counters: simulation.metrics.counters)
    }
}
