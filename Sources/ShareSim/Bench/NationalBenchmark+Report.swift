import Foundation
import Metrics

private func mib(_ bytes: UInt64) -> String { "\(bytes / 1_048_576) MiB" }
private func rate(_ r: Double) -> String { String(format: "%.2f M events/s", r / 1e6) }
private func round3(_ x: Double) -> JSONNode { .number((x * 1000).rounded() / 1000) }

extension NationalBenchmark.Result {
    /// The JSON fields of one run.
    var fields: [(String, JSONNode)] {
        [
            ("scale", .number(scale)), ("days", .int(days)), ("departments", .int(departments)),
            ("governments", .int(governments)), ("applications", .number(applications)),
            ("requests", .number(requests)), ("events", .int(Int(events))),
            ("seconds", round3(seconds)), ("eventsPerSecond", .number(eventsPerSecond.rounded())),
            ("peakRSSBytes", .int(Int(peakRSSBytes))),
        ]
    }

    /// `sharesim bench national --json`.
    public var json: JSONNode {
        .object(
            [("suite", "national")] + fields + [
                ("baselineEventsPerSecond", .number(baselineEventsPerSecond.rounded())), ("ratio", round3(ratio)),
                ("expectationsPassed", .bool(expectationsPassed)),
            ])
    }

    /// The human-readable figures.
    public var text: String {
        var lines = [
            "national benchmark: \(departments) departments, \(days) simulated days (scale \(scale))",
            "  applications     \(Int(applications))  (requests \(Int(requests)))",
            "  wall time        \(String(format: "%.2f", seconds)) s  (load, build and run)",
            "  events           \(events)  (\(rate(eventsPerSecond)))",
            "  peak RSS         \(mib(peakRSSBytes))",
        ]
        if baselineEventsPerSecond > 0 {
            lines.append("  plain heap loop  \(rate(baselineEventsPerSecond))  (bench kernel's baseline, same process)")
            lines.append(
                "  ratio            \(String(format: "%.2f", ratio))x (baseline / national: the model's cost per "
                    + "event over the bare queue)")
        } else {
            lines.append("  plain heap loop  skipped (--no-baseline)")
        }
        lines.append("  expect checks    \(expectationsPassed ? "passed" : "FAILED")")
        return lines.joined(separator: "\n")
    }
}

extension ScalingBenchmark.Result {
    /// `sharesim bench scaling --json`: each size's fastest run, with every run's seconds beside it.
    public var json: JSONNode {
        let sized = zip(runs, secondsPerSize).map { run, seconds in
            JSONNode.object(run.fields + [("secondsAll", .array(seconds.map { round3($0) }))])
        }
        return .object([
            ("suite", "scaling"), ("repeats", .int(repeats)), ("runs", .array(sized)),
            ("timeExponent", round3(timeExponent)), ("memoryExponent", round3(memoryExponent)),
            ("timeExponentByDepartments", round3(timeExponentByDepartments)),
            ("memoryExponentByDepartments", round3(memoryExponentByDepartments)),
            ("timeExponentByRound", .array(timeExponentByRound.map { round3($0) })),
        ])
    }

    /// The human-readable figures; each size against the smallest (the baseline). With several runs per
    /// size, the seconds are the fastest run's and `spread` is the slowest over the fastest. `ns/event` is
    /// the run's wall time over its events: where a larger world's extra time shows (docs/decisions/0018).
    public var text: String {
        let many = repeats > 1
        var lines = [
            "scaling benchmark: national world by size (baseline: the smallest)"
                + (many ? "; fastest of \(repeats) runs per size, sizes taking turns" : "")
        ]
        lines.append(
            "  scale  provinces+cities  departments  applications   seconds  x base  ns/event   peak RSS  x base"
                + (many ? "  spread" : ""))
        let first = runs.first
        for (r, seconds) in zip(runs, secondsPerSize) {
            let t = first.map { r.seconds / $0.seconds } ?? 1
            let m = first.map { Double(r.peakRSSBytes) / Double($0.peakRSSBytes) } ?? 1
            let spread = many ? String(format: "  %6.3f", (seconds.max() ?? 0) / r.seconds) : ""
            let nanoseconds = r.events > 0 ? r.seconds * 1e9 / Double(r.events) : 0
            lines.append(
                String(
                    format: "  %5.3f  %16d  %11d  %12d  %8.2f  %6.2f  %8.0f  %5d MiB  %6.2f", r.scale, r.governments,
                    r.departments, Int(r.applications), r.seconds, t, nanoseconds, Int(r.peakRSSBytes / 1_048_576), m)
                    + spread)
        }
        lines.append(
            String(
                format: "  growth exponent: time %.3f, memory %.3f (on provinces + cities; 1.000 = linear)",
                timeExponent,
                memoryExponent))
        if many, let low = timeExponentByRound.min(), let high = timeExponentByRound.max() {
            // Each round is one measurement of the exponent: their range is the fit's error bar on this machine.
            lines.append(
                "  time exponent of each round (the r-th run of every size): "
                    + timeExponentByRound.map { String(format: "%.3f", $0) }.joined(separator: ", ")
                    + String(format: "; range %.3f to %.3f", low, high))
        }
        lines.append(
            String(
                format: "  on all departments, the central ones (which do not scale) included: time %.3f, memory %.3f",
                timeExponentByDepartments, memoryExponentByDepartments))
        return lines.joined(separator: "\n")
    }
}

extension ReplicationsBenchmark.Result {
    /// `sharesim bench replications --json`.
    public var json: JSONNode {
        .object([
            ("suite", "replications"), ("replications", .int(replications)), ("scale", .number(scale)),
            ("days", .int(days)), ("secondsJobs1", round3(secondsJobs1)), ("secondsJobs2", round3(secondsJobs2)),
            ("speedup", round3(speedup)), ("identical", .bool(identical)),
        ])
    }

    /// The human-readable figures.
    public var text: String {
        """
        replications benchmark: \(replications) replications of the national world at scale \(scale), \(days) days
          --jobs 1         \(String(format: "%.2f", secondsJobs1)) s  (baseline)
          --jobs 2         \(String(format: "%.2f", secondsJobs2)) s
          speedup          \(String(format: "%.2f", speedup))x
          outputs          \(identical ? "identical" : "DIFFERENT") (summary, metrics.csv, timeseries.csv)
        """
    }
}

extension SimpyBenchmark.Result {
    /// `sharesim bench simpy --json`.
    public var json: JSONNode {
        .object([
            ("suite", "simpy"), ("events", .int(Int(events))), ("seconds", round3(seconds)),
            ("eventsPerSecond", .number(eventsPerSecond.rounded())),
            ("baselineEventsPerSecond", .number(baselineEventsPerSecond.rounded())), ("ratio", round3(ratio)),
            ("peakRSSBytes", .int(Int(peakRSSBytes))),
        ])
    }

    /// The human-readable figures.
    public var text: String {
        """
        simpy workload: 1,000 departments, one platform, \(events) messages
          ShareSim         \(rate(eventsPerSecond))  (\(String(format: "%.3f", seconds)) s)
          plain heap loop  \(rate(baselineEventsPerSecond))  (same work, no actors)
          ratio            \(String(format: "%.2f", ratio))x (baseline / ShareSim)
          SimPy            run: python3 scripts/simpy_reference.py --events \(events)
        """
    }
}
