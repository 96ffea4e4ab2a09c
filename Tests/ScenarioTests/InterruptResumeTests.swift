import Foundation
import Testing

/// Issue 12: Ctrl-C stops a long `sharesim experiment` or `sharesim run` cleanly, keeps the finished runs and
/// writes no output file; `--resume` finishes the rest and gives the same bytes as an uninterrupted run.
@Suite(.serialized) struct InterruptResumeTests {
    /// Starts `sharesim arguments…`, sends SIGINT as soon as the first finished run is checkpointed in
    /// `out`, and waits; returns the exit status and stderr.
    func interrupted(_ arguments: [String], out: URL) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = SharesimBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = SharesimBinary.repoRoot
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let work = out.appendingPathComponent(".sharesim-work")
        let deadline = Date().addingTimeInterval(60)  // wall clock: only to give up on a broken binary
        while process.isRunning && Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: work.path)) ?? []
            if names.contains(where: { $0.hasSuffix(".run") }) { break }
            usleep(2_000)
        }
        // SIGINT, as Ctrl-C (a process that already ended fails the test through its exit status).
        if process.isRunning { process.interrupt() }
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    /// Every file below `directory` (hidden ones too), by relative path.
    func files(in directory: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        while let name = enumerator?.nextObject() as? String {
            let url = directory.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[name] = FileManager.default.contents(atPath: url.path)
            }
        }
        return result
    }

    /// Runs `command` uninterrupted into one directory, interrupted then resumed into another, and compares.
    func checkInterruptAndResume(_ command: [String], total: Int, extraFile: String? = nil) throws {
        let whole = SharesimBinary.temporaryDirectory("whole")
        let resumed = SharesimBinary.temporaryDirectory("resumed")
        defer {
            try? FileManager.default.removeItem(at: whole)
            try? FileManager.default.removeItem(at: resumed)
        }
        func extra(_ dir: URL) -> [String] { extraFile.map { ["--trace", dir.appendingPathComponent($0).path] } ?? [] }

        let reference = try SharesimBinary.run(command + ["--out", whole.path] + extra(whole))
        #expect(reference.status == 0, "\(reference.stderr)")
        #expect(!files(in: whole).keys.contains { $0.hasPrefix(".sharesim-work") })

        let stopped = try interrupted(command + ["--out", resumed.path] + extra(resumed), out: resumed)
        #expect(stopped.status == 130, "\(stopped.stderr)")
        #expect(stopped.stderr.contains("rerun with --resume"), "\(stopped.stderr)")
        // No output file, whole or half; only the checkpoint with some, not all, finished runs.
        let left = files(in: resumed)
        #expect(left.keys.allSatisfy { $0.hasPrefix(".sharesim-work/") }, "\(left.keys.sorted())")
        let finished = left.keys.filter { $0.hasSuffix(".run") }.count
        #expect(finished >= 1 && finished < total, "\(finished) of \(total) runs finished")
        #expect(!left.keys.contains { $0.contains(".tmp-") })

        let again = try SharesimBinary.run(command + ["--out", resumed.path, "--resume"] + extra(resumed))
        #expect(again.status == 0, "\(again.stderr)")
        let expected = files(in: whole)
        let got = files(in: resumed)
        #expect(got.keys.sorted() == expected.keys.sorted())
        for (name, data) in expected { #expect(got[name] == data, "\(name) differs after --resume") }
    }

    @Test func anInterruptedExperimentResumesToTheSameFiles() throws {
        try checkInterruptAndResume(
            ["experiment", "Simulations/retries.json", "--replications", "20", "--jobs", "1"], total: 40)
    }

    @Test func anInterruptedRunWithReplicationsResumesToTheSameFiles() throws {
        try checkInterruptAndResume(
            ["run", "Scenarios/small-sync.json", "--replications", "30", "--jobs", "2"], total: 30,
            extraFile: "trace.jsonl")
    }

    @Test func resumingAnotherRunsCheckpointIsRefused() throws {
        let out = SharesimBinary.temporaryDirectory("other")
        defer { try? FileManager.default.removeItem(at: out) }
        let command = ["run", "Scenarios/small-sync.json", "--replications", "60", "--jobs", "1", "--out", out.path]
        let stopped = try interrupted(command, out: out)
        #expect(stopped.status == 130)
        let other = try SharesimBinary.run(command + ["--seed", "99", "--resume"])
        #expect(other.status == 2)
        #expect(other.stderr.contains("belong to another run"), "\(other.stderr)")
        let noOut = try SharesimBinary.run(["run", "Scenarios/small-sync.json", "--resume"])
        #expect(noOut.status == 2)
        #expect(noOut.stderr.contains("--resume needs --out DIR"))
    }
}
