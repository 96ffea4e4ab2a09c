import Metrics

extension SyncBenchmark.Result {
    /// The one JSON object `sharesim bench sync --json` prints.
    public var json: JSONNode {
        .object([
            ("suite", "sync"),
            ("platforms", .int(platforms)),
            ("departments", .int(departments)),
            ("resources", .int(resources)),
            ("nationalResources", .int(nationalResources)),
            ("events", .int(Int(events))),
            ("wallSeconds", .number((wallSeconds * 1000).rounded() / 1000)),
            ("buildSeconds", .number((buildSeconds * 1000).rounded() / 1000)),
            ("runSeconds", .number((runSeconds * 1000).rounded() / 1000)),
            ("eventsPerSecond", .number((Double(events) / max(runSeconds, 1e-9)).rounded())),
            ("peakRSSBytes", .int(Int(peakRSSBytes))),
            ("converged", .bool(converged)),
        ])
    }
}
