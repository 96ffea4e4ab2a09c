/// Size limits checked before a scenario runs, so that a typo (an extra zero in a count) fails fast with
/// `limitExceeded` instead of exhausting memory.
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

    /// Limits; the defaults are far above a national world (about 18,000 departments, 720,000 resources).
    public init(
        maxFileSize: Int = 64 << 20, maxDepartments: Int = 200_000, maxResources: Int = 10_000_000,
        maxDurationDays: Int = 36_500, maxApplicationsPerYear: Int = 100_000_000
    ) {
        self.maxFileSize = maxFileSize
        self.maxDepartments = maxDepartments
        self.maxResources = maxResources
        self.maxDurationDays = maxDurationDays
        self.maxApplicationsPerYear = maxApplicationsPerYear
    }

    /// The default limits.
    public static let `default` = ScenarioLimits()
}
