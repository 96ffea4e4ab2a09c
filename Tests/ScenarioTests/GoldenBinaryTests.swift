import Foundation
import Testing

/// Golden tests of the real binary (STYLE.md example 6): a deliberate change of output updates the
/// files under Golden/ in the same commit.
@Suite struct GoldenBinaryTests {
    @Test func runOfTheSmallScenarioPrintsAndWritesTheGoldenSummaryAndMetrics() throws {
        let out = SharesimBinary.temporaryDirectory("golden")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try SharesimBinary.run([
            "run", "Scenarios/small-sync.json", "--replications", "2", "--out", out.path,
        ])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let summary = try SharesimBinary.golden("small-sync.summary.txt")
        #expect(result.stdout == summary)
        #expect(try String(contentsOf: out.appendingPathComponent("summary.txt"), encoding: .utf8) == summary)
        let csv = try String(contentsOf: out.appendingPathComponent("metrics.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\n").first == "scenario,replication,seed,metric,value")
        #expect(csv == (try SharesimBinary.golden("small-sync.metrics.csv")))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(
            files == ["manifest.json", "metrics.csv", "metrics.json", "report.html", "summary.txt", "timeseries.csv"])
    }

    @Test(arguments: [
        "wrong-type", "unknown-key", "missing-field", "bad-date", "negative-count", "unknown-department",
        "base-not-shared", "invalid-json",
    ])
    func validateReportsTheGoldenMessageAndExitsWithStatus2(broken: String) throws {
        let result = try SharesimBinary.run(["validate", "Tests/ScenarioTests/Broken/\(broken).json"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == (try SharesimBinary.golden("validate-\(broken).txt")))
    }

    @Test func badInputWritesNoOutputFiles() throws {
        let out = SharesimBinary.temporaryDirectory("no-output")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try SharesimBinary.run(["run", "Tests/ScenarioTests/Broken/unknown-key.json", "--out", out.path])
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func jobsOneAndTwoWriteIdenticalFiles() throws {
        let a = SharesimBinary.temporaryDirectory("jobs1")
        let b = SharesimBinary.temporaryDirectory("jobs2")
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b)
        }
        for (dir, jobs) in [(a, "1"), (b, "2")] {
            let r = try SharesimBinary.run(
                ["run", "Scenarios/small-sync.json", "--replications", "3", "--jobs", jobs, "--out", dir.path])
            #expect(r.status == 0)
        }
        for name in ["manifest.json", "metrics.csv", "metrics.json", "report.html", "summary.txt", "timeseries.csv"] {
            let x = try Data(contentsOf: a.appendingPathComponent(name))
            let y = try Data(contentsOf: b.appendingPathComponent(name))
            #expect(x == y, "\(name) differs between --jobs 1 and --jobs 2")
        }
    }

    @Test func shardedExperimentMergedEqualsTheUnshardedRun() throws {
        let root = SharesimBinary.temporaryDirectory("shards")
        defer { try? FileManager.default.removeItem(at: root) }
        let whole = root.appendingPathComponent("whole").path
        let common = ["experiment", "Simulations/retries.json", "--replications", "2"]
        #expect(try SharesimBinary.run(common + ["--out", whole]).status == 0)
        for i in 1...2 {
            let dir = root.appendingPathComponent("shard\(i)").path
            #expect(try SharesimBinary.run(common + ["--shard", "\(i)/2", "--out", dir]).status == 0)
        }
        let merged = root.appendingPathComponent("merged").path
        let m = try SharesimBinary.run(
            [
                "merge", root.appendingPathComponent("shard2").path, root.appendingPathComponent("shard1").path,
                "--out", merged,
            ])
        #expect(m.status == 0, "stderr: \(m.stderr)")
        for name in ["experiment.csv", "manifest.json", "report.html", "summary.txt"] {
            let x = try Data(contentsOf: URL(fileURLWithPath: whole).appendingPathComponent(name))
            let y = try Data(contentsOf: URL(fileURLWithPath: merged).appendingPathComponent(name))
            #expect(x == y, "\(name) differs between the merged shards and the unsharded run")
        }
    }

    @Test func aFailedExpectationExitsWith1AndPrintsTheObservedValue() throws {
        let dir = SharesimBinary.temporaryDirectory("expect")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var text = try String(
            contentsOf: SharesimBinary.repoRoot.appendingPathComponent("Scenarios/small-sync.json"), encoding: .utf8)
        text = text.replacingOccurrences(
            of: "\"catalog.deltas_abandoned\", \"compare\": \"==\", \"value\": 0",
            with: "\"catalog.deltas_abandoned\", \"compare\": \">\", \"value\": 5")
        let file = dir.appendingPathComponent("failing.json")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try SharesimBinary.run(["run", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("expectation failed: catalog.deltas_abandoned > 5 (observed 0"))
    }

    @Test func everyCommandHasHelpAndUnknownOptionsAreUsageErrors() throws {
        for command in ["run", "validate", "experiment", "merge", "compare", "trace", "bench", "rules"] {
            let help = try SharesimBinary.run([command, "--help"])
            #expect(help.status == 0, "\(command) --help")
            #expect(help.stdout.hasPrefix("USAGE: sharesim \(command)"), "\(command) --help")
        }
        let bad = try SharesimBinary.run(["run", "Scenarios/small-sync.json", "--replicatons", "2"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("unknown option --replicatons"))
        #expect(try SharesimBinary.run(["--version"]).stdout.hasPrefix("sharesim "))
    }

    /// `bench scaling --repeat` is checked before anything runs: a usage error naming the option and the range.
    @Test func aScalingRepeatOutOfRangeIsAUsageErrorBeforeAnyRun() throws {
        for value in ["0", "101", "x"] {
            let result = try SharesimBinary.run(["bench", "scaling", "--repeat", value])
            #expect(result.status == 2, "--repeat \(value)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "sharesim: --repeat expects an integer in 1...100, found \"\(value)\"\n")
        }
    }
}
