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
        /// R-RET-2: records of vertical lines returned to this government (available locally).
        public var returnedLineRecords: Int = 0
        /// R-RET-2: its return requests not answered or refused yet.
        public var openReturnRequests: Int = 0
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
        /// Requests it made that are neither answered nor expired.
        public var openRequests: Int = 0
        /// Service applications waiting for data.
        public var openApplications: Int = 0
        /// Applications under its review.
        public var pendingReviews: Int = 0
        /// Reported errors it has not corrected yet (R-USE-3).
        public var pendingCorrections: Int = 0
        /// R-RET-1: records it collected that the upper system has not acknowledged (retries on).
        public var outstandingLineRecords: Int = 0
        /// R-RET-1: records it received as a line's receiver.
        public var lineRecordsReceived: Int = 0
        /// R-RET-2: records it holds as a receiver, not returned yet.
        public var lineRecordsHeld: Int = 0
    }

    /// Platforms, in government order.
    public var platforms: [Platform]
    /// Departments, in department order.
    public var departments: [Department]

    /// Requests open at their users.
    public var openRequests: Int { departments.reduce(0) { $0 + $1.openRequests } }

    /// The platforms of one level, in government order.
    public func platforms(at level: Level) -> [Platform] { platforms.filter { $0.level == level } }

    /// Counts by share type and class summed over the platforms of `level` (R-CAT-1, R-SHR-2..4).
    public func counts(at level: Level) -> CatalogCounts {
        platforms(at: level).reduce(CatalogCounts()) { $0 + $1.catalog.counts() }
    }
}
