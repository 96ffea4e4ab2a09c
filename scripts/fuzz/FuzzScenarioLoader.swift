// The libFuzzer target for the scenario loader (issue 12). Built by `scripts/fuzz-scenarios` with
// `swiftc -sanitize=fuzzer,address` against the SimKernel, SharingModel and ScenarioKit sources; not part of
// the package, so `swift build` never sees it.
//
// Every input is read the way `sharesim validate` and `sharesim run` read a file: parsed, decoded and checked
// with the default limits, the known metric names and a memory budget of 2 GiB (the fuzzer's own RSS limit).
// A file that decodes is also checked by `WorldSpec.problems()`, as building its world would; a file that does
// not is rendered as the CLI prints its errors. Any crash, hang or leak of memory past the limits is a bug: the
// loader must answer every input with a scenario or with errors.
import ScenarioKit
import SharingModel

/// Metric names as `sharesim` passes them; any non-empty list exercises the unknown-metric path.
private let knownMetrics = ["catalog.deltas_sent", "request.made", "demand.applications"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenarioLoader(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
    var limits = ScenarioLimits.default
    limits.memoryBudget = 2 << 30
    do {
        let scenario = try ScenarioLoader.decode(
            bytes: bytes, file: "fuzz.json", limits: limits, knownMetrics: knownMetrics)
        _ = scenario.world.problems()
        _ = scenario.contentHashText
    } catch {
        _ = error.description
    }
    return 0
}
