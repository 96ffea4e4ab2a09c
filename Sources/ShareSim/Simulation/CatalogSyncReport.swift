import SharingModel

/// The catalog-sync figures of a run (issue 4's metrics).
public struct CatalogSyncReport: Sendable {
    /// Resource counts by share type and class summed over the platforms of one level.
    public struct LevelCounts: Hashable, Sendable {
        /// The level.
        public var level: Level
        /// The counts.
        public var counts: CatalogCounts
    }

    /// Staleness: change of functions → visible at the national platform, in working days.
    public var staleness: StalenessSummary
    /// The share of updates made within 15 working days (R-CAT-4).
    public var shareOnTime: Double
    /// Updates not yet visible at the national platform when the report was made.
    public var updatesNotYetVisible: Int
    /// Protocol counters.
    public var counters: CatalogSyncMetrics.Counters
    /// Counts per level: national, provincial, municipal.
    public var levels: [LevelCounts]
}
