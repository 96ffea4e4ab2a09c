import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Memory figures of this process, for benchmarks and the size guard.
public enum ProcessMemory {
    #if os(Linux)
        private static let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
        private static let RUSAGE_SELF_WHO = RUSAGE_SELF
    #endif

    /// The peak resident set size so far, in bytes (`getrusage`; Linux reports KiB).
    public static func peakRSSBytes() -> UInt64 {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF_WHO, &usage) == 0 else { return 0 }
        #if os(Linux)
            return UInt64(usage.ru_maxrss) * 1024
        #else
            return UInt64(usage.ru_maxrss)
        #endif
    }

    /// The current resident set size in bytes (`/proc/self/statm` on Linux; 0 where unavailable).
    public static func currentRSSBytes() -> UInt64 {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = UInt64(fields[1]) else { return 0 }
        return pages * UInt64(sysconf(Int32(_SC_PAGESIZE)))
    }
}

/// Wall-clock stopwatch for benchmarks only; simulated time never reads it.
public struct Stopwatch {
    private let start = ContinuousClock.now  // wall-clock ok: benchmarks measure real time

    public init() {}

    /// Seconds since the stopwatch was made.
    public var seconds: Double {
        let elapsed = ContinuousClock.now - start  // wall-clock ok: benchmarks measure real time
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
