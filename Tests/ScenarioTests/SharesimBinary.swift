import Foundation

/// Runs the real `sharesim` binary built next to the test bundle (STYLE.md example 6).
struct SharesimBinary {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository root, from this file's path.
    static let repoRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary: in the products directory that holds the test bundle.
    static let url: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("sharesim")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return repoRoot.appendingPathComponent(".build/debug/sharesim")
    }()

    /// Runs `sharesim arguments…` in the repository root and waits for it (no stdin, no terminal).
    static func run(_ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = repoRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so a large output cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A golden file's contents.
    static func golden(_ name: String) throws -> String {
        try String(contentsOf: repoRoot.appendingPathComponent("Tests/ScenarioTests/Golden/\(name)"), encoding: .utf8)
    }

    /// A fresh temporary directory.
    static func temporaryDirectory(_ label: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("sharesim-\(label)-\(getpid())-\(UUID().uuidString)")
    }
}
