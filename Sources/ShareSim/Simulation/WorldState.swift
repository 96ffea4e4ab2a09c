import SharingModel

/// The catalogs of every actor of a world at one moment, gathered on the run's executor.
public struct WorldState: Sendable {
    /// One platform's state.
    public struct Platform: Sendable {
        /// Its government.
        public var government: GovernmentID
        /// Its level.
        public var level: Level
        /// Its aggregated catalog.
        public var catalog: AggregatedCatalog
        /// Transfers sent up and not yet acknowledged.
        public var pendingTransfers: Int
        /// Departments awaiting a snapshot.
        public var pendingResyncs: Int
    }

    /// One department's state.
    public struct Department: Sendable {
        /// Its id.
        public var id: DepartmentID
        /// The catalog it holds.
        public var catalog: DepartmentCatalog
        /// The catalog it last pushed (version 0: never published, e.g. refused).
        public var published: DepartmentCatalog
        /// Changes of functions not yet answered by an update.
        public var pendingChanges: Int
    }

    /// Platforms, in government order.
    public var platforms: [Platform]
    /// Departments, in department order.
    public var departments: [Department]

    /// The platforms of one level, in government order.
    public func platforms(at level: Level) -> [Platform] { platforms.filter { $0.level == level } }

    /// Counts by share type and class summed over the platforms of `level` (R-CAT-1, R-SHR-2..4).
    public func counts(at level: Level) -> CatalogCounts {
        platforms(at: level).reduce(CatalogCounts()) { $0 + $1.catalog.counts() }
    }
}
