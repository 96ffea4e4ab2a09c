import Foundation

/// Size limits checked before a scenario runs, so that a typo (an extra zero in a count) fails fast with
/// `limitExceeded` instead of exhausting memory or running for days (issue 12).
///
/// Counts are checked where they are read, before anything is generated; the memory estimate
/// (``ScenarioSizeEstimate``) is checked against ``memoryBudget`` before the world is built.
public struct ScenarioLimits: Hashable, Sendable {
    /// The largest file read, in bytes (64 MiB).
    public var maxFileSize: Int
    /// The most departments a world may have, listed and generated together.
    public var maxDepartments: Int
    /// The most resources in all first catalogs together.
    public var maxResources: Int
    /// The longest run, in days (100 years).
    public var maxDurationDays: Int
    /// The most applications a year all services together may receive (each one is simulated).
    public var maxApplicationsPerYear: Int
    /// The most arrays and objects open at once in a file (the JSON parser's depth limit).
    public var maxNestingDepth: Int
    /// The most governments (platforms), listed and generated together.
    public var maxGovernments: Int
    /// The most scripted changes of functions, listed and generated together.
    public var maxScriptedChanges: Int
    /// The memory a run of one replication may need, in bytes: by default the machine's physical memory
    /// (`ProcessInfo.physicalMemory`). Tests inject a small budget to check the estimate.
    public var memoryBudget: Int

    /// Limits; the defaults are far above a national world (about 18,000 departments, 720,000 resources).
    public init(
        maxFileSize: Int = 64 << 20, maxDepartments: Int = 200_000, maxResources: Int = 10_000_000,
        maxDurationDays: Int = 36_500, maxApplicationsPerYear: Int = 100_000_000,
        maxNestingDepth: Int = JSONParser.defaultMaxDepth, maxGovernments: Int = 100_000,
        maxScriptedChanges: Int = 1_000_000, memoryBudget: Int = ScenarioLimits.physicalMemory
    ) {
        self.maxFileSize = maxFileSize
        self.maxDepartments = maxDepartments
        self.maxResources = maxResources
        self.maxDurationDays = maxDurationDays
        self.maxApplicationsPerYear = maxApplicationsPerYear
        self.maxNestingDepth = maxNestingDepth
        self.maxGovernments = maxGovernments
        self.maxScriptedChanges = maxScriptedChanges
        self.memoryBudget = memoryBudget
    }

    /// The machine's physical memory in bytes (capped to `Int.max`).
    public static var physicalMemory: Int {
        Int(clamping: ProcessInfo.processInfo.physicalMemory)
    }

    /// The default limits.
    public static let `default` = ScenarioLimits()
}
