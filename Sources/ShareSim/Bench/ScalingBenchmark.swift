import Foundation

/// `sharesim bench scaling`: the national world at 1/8, 1/4, 1/2 and full size (provinces and cities scaled;
/// central departments, departments per government and demand per city kept), time and peak memory per size,
/// and the growth exponents fitted on a log-log scale (issue 11: at most 1.1, i.e. no worse than linear).
///
/// The world's size is its count of provinces and cities, which is what `scale` multiplies (rounded). Its count
/// of departments is not: the 60 central departments stay at any scale, so from the smallest size to full size
/// departments grow 7.7 times while provinces and cities, and with them demand and events, grow 7.9 times.
/// Fitted on departments, a run whose time is exactly proportional to its work shows an exponent of about 1.01.
/// That fit is still reported, beside the other (docs/decisions/0018).
public enum ScalingBenchmark {
    /// The figures of the suite.
    public struct Result: Sendable {
        /// The fastest run of each size, smallest first.
        public var runs: [NationalBenchmark.Result]
        /// Every run's wall time per size, in the order they ran (one entry each with `--repeat 1`).
        public var secondsPerSize: [[Double]]
        /// The least-squares slope of log(seconds) on log(provinces and cities): the growth exponent.
        public var timeExponent: Double
        /// The least-squares slope of log(peak RSS) on log(provinces and cities).
        public var memoryExponent: Double
        /// The slope of log(seconds) on log(departments), central departments included (the fit of sessions
        /// before 0018).
        public var timeExponentByDepartments: Double
        /// The slope of log(peak RSS) on log(departments).
        public var memoryExponentByDepartments: Double
        /// The time exponent of each round: fitted on the r-th run of every size, so that their range shows how
        /// much the machine moves the fit (one entry with `--repeat 1`). The sizes of a round run back to back,
        /// so a round is one measurement of the exponent; `timeExponent` fits the fastest runs across rounds.
        public var timeExponentByRound: [Double]

        /// How many times each size ran.
        public var repeats: Int { secondsPerSize.first?.count ?? 0 }
    }

    /// The sizes, smallest first: the smallest is the baseline the others are compared with.
    public static let scales = [0.125, 0.25, 0.5, 1.0]

    /// Runs every size of `base` (its `scale` is ignored) `repeats` times, each through `measure`, and fits
    /// the exponents on the fastest run of each size. The sizes take turns (all of them, smallest first, then
    /// all again), so a machine that slows down for a while slows every size alike; the fastest of several
    /// runs is the one least disturbed by whatever else the machine was doing. The CLI measures each run in
    /// a process of its own, so no run inherits the heap or the caches of another; the default measures in
    /// this process (peak memory then includes what earlier runs left mapped).
    public static func run(
        _ base: NationalBenchmark.Configuration, scales: [Double] = scales, repeats: Int = 1,
        measure: (NationalBenchmark.Configuration) throws -> NationalBenchmark.Result = NationalBenchmark.measure
    ) throws -> Result {
        precondition(repeats >= 1, "ScalingBenchmark.run: at least one run per size")
        var fastest: [NationalBenchmark.Result?] = Array(repeating: nil, count: scales.count)
        var seconds: [[Double]] = Array(repeating: [], count: scales.count)
        for _ in 0..<repeats {
            for (i, s) in scales.enumerated() {
                var c = base
                c.scale = s
                let run = try measure(c)
                seconds[i].append(run.seconds)
                if fastest[i].map({ run.seconds < $0.seconds }) ?? true { fastest[i] = run }
            }
        }
        let runs = fastest.compactMap { $0 }
        let size = runs.map { Double($0.governments) }
        let departments = runs.map { Double($0.departments) }
        let time = runs.map(\.seconds)
        let memory = runs.map { Double($0.peakRSSBytes) }
        let byRound = (0..<repeats).map { round in slope(size, seconds.map { $0[round] }) }
        return Result(
            runs: runs, secondsPerSize: seconds, timeExponent: slope(size, time), memoryExponent: slope(size, memory),
            timeExponentByDepartments: slope(departments, time),
            memoryExponentByDepartments: slope(departments, memory),
            timeExponentByRound: byRound)
    }

    /// The slope of the least-squares line through (log x, log y).
    static func slope(_ x: [Double], _ y: [Double]) -> Double {
        let lx = x.map { Foundation.log($0) }
        let ly = y.map { Foundation.log($0) }
        let n = Double(lx.count)
        guard n >= 2 else { return .nan }
        let mx = lx.reduce(0, +) / n
        let my = ly.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        for (a, b) in zip(lx, ly) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
        }
        return sxx > 0 ? sxy / sxx : .nan
    }
}

/// `sharesim bench replications`: the same replications with `--jobs 1` (the baseline) and `--jobs 2`; the
/// speedup, and whether every output file came out byte-identical.
public enum ReplicationsBenchmark {
    /// The figures of the suite.
    public struct Result: Sendable {
        public var replications: Int
        public var scale: Double
        public var days: Int
        public var secondsJobs1: Double
        public var secondsJobs2: Double
        /// `secondsJobs1 / secondsJobs2`.
        public var speedup: Double
        /// Whether summary, metrics and time series were identical for both job counts.
        public var identical: Bool
    }

    /// Runs `replications` replications of the national world scaled by `base.scale` twice.
    public static func run(_ base: NationalBenchmark.Configuration, replications: Int = 8) throws -> Result {
        let input = try NationalBenchmark.input(base)
        func timed(jobs: Int) throws -> (Double, [String]) {
            var options = RunOptions()
            options.replications = replications
            options.jobs = jobs
            let watch = Stopwatch()
            let result = try SimulationRun.run(input, options: options)
            let seconds = watch.seconds
            return (
                seconds,
                [RunOutputs.summaryText(result), RunOutputs.metricsCSV(result), RunOutputs.timeseriesCSV(result)]
            )
        }
        let (one, outputsOne) = try timed(jobs: 1)
        let (two, outputsTwo) = try timed(jobs: 2)
        return Result(
            replications: replications, scale: base.scale, days: input.durationDays, secondsJobs1: one,
            secondsJobs2: two, speedup: one / two, identical: outputsOne == outputsTwo)
    }
}
