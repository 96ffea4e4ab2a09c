import ScenarioKit
import SharingModel

extension RunInput {
    /// The memory one replication of this input needs, estimated from the world's counts (issue 12). The
    /// loader already refused a scenario whose one replication exceeds the machine's memory; this is for
    /// running several at once.
    public var sizeEstimate: ScenarioSizeEstimate {
        let years = Double(durationDays) / 365
        let needs = world.services.reduce(0.0) { $0 + $1.applicationsPerYear * Double($1.needs.count) } * years
        return ScenarioSizeEstimate(
            governments: world.governments.count, departments: world.departments.count,
            resources: world.resourceCount, scriptedChanges: world.script.count,
            scriptedRequests: world.requests.count + world.disputes.count, needsOverRun: needs,
            durationDays: durationDays)
    }

    /// How many replications of `bytesEach` can run at once in `budget` bytes: `requested` when they fit,
    /// fewer (at least one) when they do not. Output never depends on it, so lowering `--jobs` is safe.
    public static func jobs(_ requested: Int, bytesEach: Int, budget: Int = ScenarioLimits.physicalMemory) -> Int {
        max(1, min(requested, budget / max(1, bytesEach)))
    }
}
