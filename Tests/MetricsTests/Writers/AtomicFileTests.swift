import Foundation
import Testing

@testable import Metrics

struct AtomicFileTests {
    /// A fresh directory per test, removed afterwards; named by the test so parallel tests don't meet.
    private func withTemporaryDirectory(_ name: String, _ body: (URL) throws -> Void) throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("metrics-tests-\(getpid())-\(name)", isDirectory: true)
        try? FileManager.default.removeItem(at: base)
        defer { try? FileManager.default.removeItem(at: base) }
        try body(base)
    }

    private func contents(of directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func writeCreatesTheDirectoryAndLeavesNoTemporaryFile() throws {
        try withTemporaryDirectory("write") { directory in
            let url = directory.appendingPathComponent("out/metrics.csv")
            try AtomicFile.write("a,b\n1,2\n", to: url)
            #expect(try String(contentsOf: url, encoding: .utf8) == "a,b\n1,2\n")
            #expect(try contents(of: url.deletingLastPathComponent()) == ["metrics.csv"])
        }
    }

    @Test func writeReplacesAnExistingFile() throws {
        try withTemporaryDirectory("replace") { directory in
            let url = directory.appendingPathComponent("report.html")
            try AtomicFile.write("old and longer", to: url)
            try AtomicFile.write(Data("new".utf8), to: url)
            #expect(try String(contentsOf: url, encoding: .utf8) == "new")
            #expect(try contents(of: directory) == ["report.html"])
        }
    }

    @Test func writeAllWritesEveryFile() throws {
        try withTemporaryDirectory("all") { directory in
            try AtomicFile.writeAll(
                [.init(name: "a.json", contents: "{}\n"), .init(name: "b.csv", contents: "x\n")], in: directory)
            #expect(try contents(of: directory) == ["a.json", "b.csv"])
        }
    }

    @Test func writeAllChangesNothingWhenATargetIsADirectory() throws {
        try withTemporaryDirectory("blocked") { directory in
            try FileManager.default.createDirectory(
                at: directory.appendingPathComponent("metrics.json"), withIntermediateDirectories: true)
            #expect {
                try AtomicFile.writeAll(
                    [.init(name: "summary.txt", contents: "ok"), .init(name: "metrics.json", contents: "{}")],
                    in: directory)
            } throws: { error in
                (error as? AtomicFileError)?.code == .targetIsDirectory
            }
            #expect(try contents(of: directory) == ["metrics.json"])
        }
    }

    @Test func writeAllRemovesTemporaryFilesWhenATemporaryCannotBeWritten() throws {
        try withTemporaryDirectory("cleanup") { directory in
            // A directory squatting on the second temporary name makes its open(2) fail after the first
            // temporary file was written; both must be gone afterwards and no target may appear.
            let squatter = directory.appendingPathComponent(".b.csv.tmp-\(getpid())")
            try FileManager.default.createDirectory(at: squatter, withIntermediateDirectories: true)
            #expect {
                try AtomicFile.writeAll(
                    [.init(name: "a.csv", contents: "1"), .init(name: "b.csv", contents: "2")], in: directory)
            } throws: { error in
                (error as? AtomicFileError)?.code == .write
            }
            try FileManager.default.removeItem(at: squatter)
            #expect(try contents(of: directory) == [])
        }
    }

    @Test(arguments: ["", ".", "..", "sub/file.txt"])
    func writeAllRejectsNamesThatAreNotPlainFileNames(name: String) throws {
        try withTemporaryDirectory("names-\(name.count)") { directory in
            #expect(throws: AtomicFileError.self) {
                try AtomicFile.writeAll([.init(name: name, contents: "x")], in: directory)
            }
        }
    }

    @Test func writeAllRejectsDuplicateNames() throws {
        try withTemporaryDirectory("duplicates") { directory in
            #expect(throws: AtomicFileError.self) {
                try AtomicFile.writeAll(
                    [.init(name: "a", contents: "1"), .init(name: "a", contents: "2")], in: directory)
            }
        }
    }
}
