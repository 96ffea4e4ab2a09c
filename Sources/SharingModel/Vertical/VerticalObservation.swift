import SimKernel

/// What the vertical flows (R-RET-1, R-RET-2) observe, one case of ``Observation``.
///
/// Every record collected ends in exactly one of: received by the upper system, lost in upload (for
/// good), or still pending (waiting for a resend, or in flight) when the run ends; every return
/// request ends answered, refused, or pending. `VerticalMetrics` counts each of them.
public enum VerticalObservation: Hashable, Sendable {
    /// R-RET-1: a collector's period ended: how many records occurred and how many it entered.
    case collected(LineCollection)
    /// An upload attempt failed outright (disconnection): nothing arrived.
    case uploadFailed(LineUploadFault)
    /// Records of an attempt were lost in upload.
    case recordsLost(LineUploadFault)
    /// R-RET-1: records arrived at the upper system.
    case reportReceived(LineReceipt)
    /// R-RET-2: a local government asked for a line's records.
    case returnRequested(LineReturnEvent)
    /// R-RET-2: the request was refused (a blocked line).
    case returnRefused(LineReturnEvent)
    /// R-RET-2: the receiver answered a request (after review) with what it held.
    case returnAnswered(LineReturnEvent)
    /// R-RET-2: records became available locally, on the collecting government's platform.
    case dataReturned(LineReturnArrival)
    /// Scripted: a line's return policy changed.
    case returnPolicyChanged(line: LineID, policy: ReturnPolicy)
}

/// A collector's period on a line.
public struct LineCollection: Hashable, Sendable {
    public var line: LineID
    public var collector: DepartmentID
    /// The collector's level.
    public var level: Level
    public var batch: UInt32
    /// Records that occurred in the period.
    public var occurred: Int
    /// Records the collector entered (and will report).
    public var collected: Int
    /// The collection completeness in force (seed 002's feedback).
    public var completeness: Double

    public init(
        line: LineID, collector: DepartmentID, level: Level, batch: UInt32, occurred: Int, collected: Int,
        completeness: Double
    ) {
        self.line = line
        self.collector = collector
        self.level = level
        self.batch = batch
        self.occurred = occurred
        self.collected = collected
        self.completeness = completeness
    }
}

/// A fault of an upload attempt.
public struct LineUploadFault: Hashable, Sendable {
    public var line: LineID
    public var collector: DepartmentID
    public var level: Level
    public var batch: UInt32
    public var attempt: Int32
    /// Records that did not arrive.
    public var records: Int
    /// `true` when the collector will resend them (retries on); `false` when they are lost for good.
    public var willResend: Bool

    public init(
        line: LineID, collector: DepartmentID, level: Level, batch: UInt32, attempt: Int32, records: Int,
        willResend: Bool
    ) {
        self.line = line
        self.collector = collector
        self.level = level
        self.batch = batch
        self.attempt = attempt
        self.records = records
        self.willResend = willResend
    }
}

/// Records that arrived at the upper system.
public struct LineReceipt: Hashable, Sendable {
    public var line: LineID
    public var collector: DepartmentID
    public var level: Level
    public var batch: UInt32
    public var attempt: Int32
    public var records: Int
    /// Arrived after the report's due time.
    public var late: Bool

    public init(
        line: LineID, collector: DepartmentID, level: Level, batch: UInt32, attempt: Int32, records: Int, late: Bool
    ) {
        self.line = line
        self.collector = collector
        self.level = level
        self.batch = batch
        self.attempt = attempt
        self.records = records
        self.late = late
    }
}

/// A return request and what became of it.
public struct LineReturnEvent: Hashable, Sendable {
    public var line: LineID
    /// The asking government.
    public var government: GovernmentID
    /// Its level.
    public var level: Level
    public var serial: UInt32
    /// Records in the answer (0 when asked or refused).
    public var records: Int

    public init(line: LineID, government: GovernmentID, level: Level, serial: UInt32, records: Int = 0) {
        self.line = line
        self.government = government
        self.level = level
        self.serial = serial
        self.records = records
    }
}

/// Records available locally.
public struct LineReturnArrival: Hashable, Sendable {
    public var line: LineID
    public var government: GovernmentID
    public var level: Level
    /// `true` for a scheduled push, `false` for an answer to a request.
    public var pushed: Bool
    /// What arrived; latency of each is from its `collectedAt` to the arrival.
    public var segments: [ReturnSegment]

    public init(line: LineID, government: GovernmentID, level: Level, pushed: Bool, segments: [ReturnSegment]) {
        self.line = line
        self.government = government
        self.level = level
        self.pushed = pushed
        self.segments = segments
    }

    /// Records that arrived.
    public var records: Int { segments.reduce(0) { $0 + Int($1.records) } }
}
