import Foundation
import Metrics
import ScenarioKit
import SharingModel
import SimKernel

/// `sharesim bench national` and `sharesim bench scaling`: `Scenarios/national-2016.json` for its simulated
/// year, run exactly as `sharesim run` runs one replication (issue 11).
public enum NationalBenchmark {
    /// What to run.
    public struct Configuration: Sendable {
        /// The scenario file.
        public var scenario = "Scenarios/national-2016.json"
        /// The share of the world: provinces and cities are scaled by it (at least one of each); the national
        /// government and its central departments, departments per government and demand per city or
        /// province are not (services name central departments, and there is one nation at any size).
        public var scale = 1.0
        /// Overrides the scenario's duration.
        public var days: Int?
        /// Overrides the scenario's seed.
        public var seed: UInt64?
        public init() {}
    }

    /// The figures of one run.
    public struct Result: Sendable {
        /// The figures as `--json` prints them (the fields ``json`` writes), e.g. read back from a child
        /// process; `nil` when a field is missing.
        public init?(json object: [String: Any]) {
            func number(_ key: String) -> Double? { (object[key] as? NSNumber)?.doubleValue }
            guard let scale = number("scale"), let days = number("days"), let departments = number("departments"),
                let governments = number("governments"), let applications = number("applications"),
                let requests = number("requests"),
                let events = number("events"), let seconds = number("seconds"), let rate = number("eventsPerSecond"),
                let peak = number("peakRSSBytes")
            else { return nil }
            self.init(
                scale: scale, days: Int(days), departments: Int(departments), governments: Int(governments),
                applications: applications,
                requests: requests, events: UInt64(events), seconds: seconds, eventsPerSecond: rate,
                peakRSSBytes: UInt64(peak), baselineEventsPerSecond: number("baselineEventsPerSecond") ?? 0,
                ratio: number("ratio") ?? 0, expectationsPassed: object["expectationsPassed"] as? Bool ?? false)
        }

        /// The figures.
        public init(
            scale: Double, days: Int, departments: Int, governments: Int, applications: Double, requests: Double,
            events: UInt64, seconds: Double, eventsPerSecond: Double, peakRSSBytes: UInt64,
            baselineEventsPerSecond: Double,
            ratio: Double, expectationsPassed: Bool
        ) {
            self.scale = scale
            self.days = days
            self.departments = departments
            self.governments = governments
            self.applications = applications
            self.requests = requests
            self.events = events
            self.seconds = seconds
            self.eventsPerSecond = eventsPerSecond
            self.peakRSSBytes = peakRSSBytes
            self.baselineEventsPerSecond = baselineEventsPerSecond
            self.ratio = ratio
            self.expectationsPassed = expectationsPassed
        }

        public var scale: Double
        public var days: Int
        public var departments: Int
        /// The world's provinces and cities: the governments `scale` multiplies, hence the world's size in
        /// `bench scaling`'s fit (docs/decisions/0018). The national government is not counted: there is one
        /// at any size.
        public var governments: Int
        public var applications: Double
        public var requests: Double
        public var events: UInt64
        /// Wall time of loading the scenario, building the world and running it.
        public var seconds: Double
        public var eventsPerSecond: Double
        /// Peak resident memory of this run (the process peak where it cannot be reset).
        public var peakRSSBytes: UInt64
        /// The plain heap loop of `bench kernel`, measured in the same process (events/s).
        public var baselineEventsPerSecond: Double
        /// Baseline events/s divided by this run's events/s: what the model costs per event over the bare queue.
        public var ratio: Double
        /// Whether the scenario's `expect` checks held.
        public var expectationsPassed: Bool
    }

    /// The overrides that make the world `scale` of the file's size.
    static func overrides(
        for c: Configuration, template: (provinces: Int, cities: Int)
    ) -> [(
        path: String, json: String
    )] {
        var o: [(path: String, json: String)] = []
        if c.scale != 1 {
            func scaled(_ n: Int) -> String { "\(max(1, Int((Double(n) * c.scale).rounded())))" }
            o.append(("topology.generate.provinces", scaled(template.provinces)))
            o.append(("topology.generate.cities", scaled(template.cities)))
        }
        if let days = c.days { o.append(("durationDays", "\(days)")) }
        return o
    }

    /// Loads (and scales) the scenario.
    public static func input(_ c: Configuration) throws(ScenarioErrors) -> RunInput {
        try ScenarioFiles.runInput(path: c.scenario, overrides: overrides(for: c, template: try generatedCounts(c)))
    }

    /// The file's generated provinces and cities, read from its `topology.generate` (the template's
    /// defaults where it leaves them out), without building the world.
    static func generatedCounts(_ c: Configuration) throws(ScenarioErrors) -> (provinces: Int, cities: Int) {
        let defaults = WorldTemplate()
        guard c.scale != 1 else { return (defaults.provinces, defaults.cities) }
        let tree = try JSONParser().parseFile(atPath: c.scenario)
        let generate = tree.objectValue?["topology"]?.objectValue?["generate"]?.objectValue
        func count(_ key: String, _ fallback: Int) -> Int {
            generate?[key]?.numberValue?.int64.map { Int($0) } ?? fallback
        }
        return (count("provinces", defaults.provinces), count("cities", defaults.cities))
    }

    /// Runs one replication of the scaled scenario and measures it; the heap-loop baseline runs first.
    public static func run(_ c: Configuration) throws -> Result {
        var kernel = KernelBenchmark.Configuration()
        kernel.events = 2_000_000
        let baseline = KernelBenchmark.runBaseline(kernel, queue: EventQueue<BenchMessage>())
        let baselineRate = Double(baseline.events) / baseline.seconds
        let measured = try measure(c)
        var result = measured
        result.baselineEventsPerSecond = baselineRate
        result.ratio = baselineRate / measured.eventsPerSecond
        return result
    }

    /// One measured run, without the baseline.
    public static func measure(_ c: Configuration) throws -> Result {
        ProcessMemory.resetPeak()
        let watch = Stopwatch()
        var input = try input(c)
        if let seed = c.seed { input.world.seed = seed }
        var options = RunOptions()
        options.replications = 1
        options.jobs = 1
        let run = try SimulationRun.run(input, options: options)
        let seconds = watch.seconds
        let replication = run.replications[0]
        return Result(
            scale: c.scale, days: input.durationDays, departments: input.world.departments.count,
            governments: input.world.governments.filter { $0.level != .national }.count,
            applications: replication.metrics.value("demand.applications") ?? 0,
            requests: replication.metrics.value("request.made") ?? 0, events: replication.events, seconds: seconds,
            eventsPerSecond: Double(replication.events) / seconds, peakRSSBytes: ProcessMemory.peakRSSSinceResetBytes(),
            baselineEventsPerSecond: 0, ratio: 0, expectationsPassed: run.expectationsPassed)
    }
}
