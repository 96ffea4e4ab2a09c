import Foundation
import Metrics

extension KernelBenchmark.Result {
    /// The one JSON object `sharesim bench kernel --json` prints (keys in a fixed order, so results
    /// can be tracked over time).
    public var json: JSONNode {
        .object([
            ("suite", "kernel"),
            ("events", .int(Int(events))),
            ("seconds", .number(seconds)),
            ("eventsPerSecond", .number(eventsPerSecond.rounded())),
            ("baselineEventsPerSecond", .number(baselineEventsPerSecond.rounded())),
            ("ratio", .number((ratio * 1000).rounded() / 1000)),
            ("textbookHeapEventsPerSecond", .number(textbookEventsPerSecond.rounded())),
            ("parallelSpeedup", .number((parallelSpeedup * 1000).rounded() / 1000)),
            ("peakRSSBytes", .int(Int(peakRSSBytes))),
            ("rssGrowthBytes", .int(Int(rssGrowthBytes))),
        ])
    }

    /// The human-readable figures.
    public var text: String {
        func rate(_ r: Double) -> String { String(format: "%.2f M events/s", r / 1e6) }
        return """
            kernel benchmark: \(events) events
              kernel           \(rate(eventsPerSecond))  (\(String(format: "%.3f", seconds)) s)
              plain heap loop  \(rate(baselineEventsPerSecond))  (same work and queue, no actors)
              ratio            \(String(format: "%.2f", ratio))x (baseline / kernel; 1.00 = no overhead)
              textbook heap    \(rate(textbookEventsPerSecond))  (same loop on a binary heap of whole events)
              2 kernels on 2 threads: \(String(format: "%.2f", parallelSpeedup))x one kernel
              peak RSS         \(peakRSSBytes / 1_048_576) MiB; growth over the second half \(rssGrowthBytes / 1024) KiB
            """
    }
}
