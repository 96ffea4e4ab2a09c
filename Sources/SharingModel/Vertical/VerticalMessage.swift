import SimKernel

/// The messages of the vertical flows (R-RET-1, R-RET-2), one case of ``Message``.
///
/// Lines are named by their index in `WorldSpec.lines` and local governments by their index in the
/// line's list of collecting governments (``LinePlan``), so messages stay small.
public enum VerticalMessage: Sendable {
    /// World start: the actor begins its roles on every line (collection timers, pushes, subscriptions).
    case start
    /// R-RET-1: a collector's report travelling up the line's system.
    case report(LineReport)
    /// The upper system's receipt: how many records of an attempt arrived.
    case reportAck(LineReportAck)
    /// R-RET-2: a local government asks for the line's records (its platform sends it).
    case returnRequest(ReturnRequest)
    /// R-RET-2: records returned to a local government's platform.
    case returnBatch(ReturnBatch)
    /// R-RET-2: the request was refused: the line is blocked.
    case returnRefused(ReturnRequest)
    /// Scripted: a local government asks for a line's records now.
    case askForReturn(line: Int32)
    /// Scripted: the line's return policy changes.
    case setReturnPolicy(line: Int32, ReturnPolicy)
}

/// A timer of the vertical flows.
public enum VerticalTimer: Hashable, Sendable {
    /// R-RET-1: the collector's period on the line ends; it reports.
    case collect(line: Int32)
    /// Resend what of this batch is not acknowledged yet.
    case resend(line: Int32, batch: UInt32)
    /// R-RET-2, push: the receiver returns what it holds.
    case push(line: Int32)
    /// R-RET-2, on request: the review of the request `serial` of local government `local` is done.
    case answerReturn(line: Int32, local: Int32, serial: UInt32)
    /// The local government's subscription asks again.
    case subscription(line: Int32)
}

/// R-RET-1: one attempt to upload (part of) a period's records.
public struct LineReport: Hashable, Sendable {
    /// The line.
    public var line: Int32
    /// The collecting government's index on the line.
    public var local: Int32
    /// The collector's address (where the acknowledgement goes).
    public var collector: ActorAddress
    /// The collector's index in the line's `collectors`.
    public var collectorIndex: Int32
    /// The collector's batch number (one per period).
    public var batch: UInt32
    /// Records that arrive with this attempt (after loss in upload).
    public var records: Int32
    /// The end of the period the records were collected in.
    public var collectedAt: SimInstant
    /// The report is late when it arrives after this.
    public var due: SimInstant
    /// 1 for the first attempt of a batch.
    public var attempt: Int32

    /// A report.
    public init(
        line: Int32, local: Int32, collector: ActorAddress, collectorIndex: Int32, batch: UInt32, records: Int32,
        collectedAt: SimInstant,
        due: SimInstant, attempt: Int32
    ) {
        self.line = line
        self.local = local
        self.collector = collector
        self.collectorIndex = collectorIndex
        self.batch = batch
        self.records = records
        self.collectedAt = collectedAt
        self.due = due
        self.attempt = attempt
    }
}

/// The receipt of one upload attempt.
public struct LineReportAck: Hashable, Sendable {
    /// The line.
    public var line: Int32
    /// The batch.
    public var batch: UInt32
    /// The attempt acknowledged.
    public var attempt: Int32
    /// Records that arrived.
    public var received: Int32

    /// A receipt.
    public init(line: Int32, batch: UInt32, attempt: Int32, received: Int32) {
        self.line = line
        self.batch = batch
        self.attempt = attempt
        self.received = received
    }
}

/// R-RET-2: a local government's request for a line's records.
public struct ReturnRequest: Hashable, Sendable {
    /// The line.
    public var line: Int32
    /// The asking government's index on the line.
    public var local: Int32
    /// Its platform (where the answer goes).
    public var platform: ActorAddress
    /// The platform's serial number for requests on this line.
    public var serial: UInt32

    /// A request.
    public init(line: Int32, local: Int32, platform: ActorAddress, serial: UInt32) {
        self.line = line
        self.local = local
        self.platform = platform
        self.serial = serial
    }
}

/// Records of one period's report as the receiver holds them: when they were collected, how many.
public struct ReturnSegment: Hashable, Sendable {
    /// The end of the period they were collected in.
    public var collectedAt: SimInstant
    /// How many.
    public var records: Int32

    /// A segment.
    public init(collectedAt: SimInstant, records: Int32) {
        self.collectedAt = collectedAt
        self.records = records
    }
}

/// R-RET-2: records returned to a local government.
public struct ReturnBatch: Hashable, Sendable {
    /// The line.
    public var line: Int32
    /// The receiving government's index on the line.
    public var local: Int32
    /// The request answered, or `nil` for a push.
    public var serial: UInt32?
    /// What comes back, oldest first.
    public var segments: [ReturnSegment]

    /// A batch.
    public init(line: Int32, local: Int32, serial: UInt32?, segments: [ReturnSegment]) {
        self.line = line
        self.local = local
        self.serial = serial
        self.segments = segments
    }

    /// Records in the batch.
    public var records: Int { segments.reduce(0) { $0 + Int($1.records) } }
}
