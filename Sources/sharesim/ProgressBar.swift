import Foundation
import ShareSim

/// A progress bar on stderr when it is a terminal (replications done, simulated date, ETA);
/// nothing at all otherwise, so piped output and CI logs stay clean.
final class ProgressBar: @unchecked Sendable {
    let enabled = isatty(STDERR_FILENO) == 1
    private let total: Int
    private let lock = NSLock()
    private var done = 0
    private var fractions: [Int: Double] = [:]
    private let started = Date()  // wall-clock ok: only for the ETA shown to a person

    init(total: Int) {
        self.total = total
    }

    func update(_ p: RunProgress) {
        lock.lock()
        defer { lock.unlock() }
        if p.finished {
            done += 1
            fractions[p.replication] = nil
        } else {
            fractions[p.replication] = Double(p.day + 1) / Double(max(1, p.days))
        }
        let completed = Double(done) + fractions.values.reduce(0, +)
        let share = min(1, completed / Double(max(1, total)))
        let elapsed = Date().timeIntervalSince(started)  // wall-clock ok: ETA only
        let eta = share > 0 ? elapsed * (1 - share) / share : 0
        let width = 30
        let filled = Int(share * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let line = "[\(bar)] \(done)/\(total) runs  sim \(p.simulatedDate)  ETA \(Int(eta.rounded())) s"
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(line)".utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }
}
