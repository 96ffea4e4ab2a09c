import SimKernel

/// What a collector needs to know of one line (R-RET-1), resolved when the world is built.
public struct CollectorPlan: Hashable, Sendable {
    /// The line's index in `WorldSpec.lines`.
    public var line: Int32
    /// The collector's government's index among the line's collecting governments.
    public var local: Int32
    /// The collector's index in the line's `collectors`.
    public var collectorIndex: Int32
    /// The receiver's address.
    public var receiver: ActorAddress
    /// The collector's level (for per-level metrics).
    public var level: Level
    /// The line.
    public var spec: ReportingLine

    /// A plan.
    public init(
        line: Int32, local: Int32, collectorIndex: Int32, receiver: ActorAddress, level: Level, spec: ReportingLine
    ) {
        self.line = line
        self.local = local
        self.collectorIndex = collectorIndex
        self.receiver = receiver
        self.level = level
        self.spec = spec
    }
}

/// A government whose departments collect on a line, as the line's receiver knows it.
public struct LineLocal: Hashable, Sendable {
    /// The government.
    public var government: GovernmentID
    /// Its level.
    public var level: Level
    /// Its platform, where returned records become available locally.
    public var platform: ActorAddress

    /// A local government.
    public init(government: GovernmentID, level: Level, platform: ActorAddress) {
        self.government = government
        self.level = level
        self.platform = platform
    }
}

/// What a receiver needs to know of one line (R-RET-2).
public struct ReceiverPlan: Hashable, Sendable {
    /// The line's index in `WorldSpec.lines`.
    public var line: Int32
    /// The collecting governments, in order of first collector.
    public var locals: [LineLocal]
    /// The line.
    public var spec: ReportingLine

    /// A plan.
    public init(line: Int32, locals: [LineLocal], spec: ReportingLine) {
        self.line = line
        self.locals = locals
        self.spec = spec
    }
}

/// What a local government's platform needs to know of one line it collects on (R-RET-2).
public struct LocalReturnPlan: Hashable, Sendable {
    /// The line's index in `WorldSpec.lines`.
    public var line: Int32
    /// The line's id.
    public var id: LineID
    /// This government's index among the line's collecting governments.
    public var local: Int32
    /// The receiver's address.
    public var receiver: ActorAddress
    /// Ask every this many days (`nil`: only when scripted).
    public var requestEveryDays: Int?
    /// The upper system's latency for the request.
    public var latency: DelayDistribution

    /// A plan.
    public init(
        line: Int32, id: LineID, local: Int32, receiver: ActorAddress, requestEveryDays: Int?,
        latency: DelayDistribution
    ) {
        self.line = line
        self.id = id
        self.local = local
        self.receiver = receiver
        self.requestEveryDays = requestEveryDays
        self.latency = latency
    }
}
