import Foundation

extension ProcessMemory {
    /// Resets the kernel's peak-RSS mark of this process (Linux: `5` into `/proc/self/clear_refs`), so a
    /// benchmark can measure the peak of one part of a run; `false` where that is not possible.
    @discardableResult
    public static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }

    /// The peak RSS since the last ``resetPeak()`` (`VmHWM` of `/proc/self/status`), else the process's peak.
    public static func peakRSSSinceResetBytes() -> UInt64 {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kib = UInt64(line.split(separator: " ").dropFirst().first ?? "")
        else { return peakRSSBytes() }
        return kib * 1024
    }
}
