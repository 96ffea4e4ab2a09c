import SimKernel

/// A vertical data line (R-RET-1, R-RET-2): local collectors report records up to a receiver at a
/// higher level, and the receiver returns them to the local governments according to its policy.
///
/// Seed 002 describes the flow as "单线": lower governments must collect and pass data up, yet hardly
/// get it back, most of all from vertically managed departments (customs, public security, the
/// national statistics survey teams) whose local offices report up their own line, not to the local
/// platform. Records collected on a line live in the upper system; locally they exist only once
/// returned, on the collecting government's platform.
public struct ReportingLine: Hashable, Sendable, Codable {
    /// Its id, unique in the world.
    public var id: LineID
    /// Its name for reports, e.g. `户籍人口信息上报`.
    public var name: String
    /// The upper department that receives and holds the records.
    public var receiver: DepartmentID
    /// The local departments (or local offices) that collect and report, in the order given.
    public var collectors: [DepartmentID]
    /// A vertically managed line (垂直管理): its default return policy is `blocked`.
    public var verticallyManaged: Bool
    /// How often collectors report.
    public var schedule: ReportSchedule
    /// Records that occur per collector per day (the mean of a Poisson count per period).
    public var recordsPerDay: Double
    /// R-RET-1: a report is late when it arrives after the end of this many working days after its
    /// period's report time.
    public var graceWorkingDays: Int
    /// R-RET-2: how the receiver returns records (``ReturnPolicy/defaultPolicy(verticallyManaged:)``
    /// unless the scenario says otherwise); a scripted policy change can switch it.
    public var returnPolicy: ReturnPolicy
    /// Local governments ask for the line's data every this many days (a subscription); `nil`: only
    /// when the script says so.
    public var requestEveryDays: Int?
    /// The upper system's faults.
    public var faults: UpperSystemFaults
    /// Collectors resend what was not acknowledged (a disconnected attempt, records lost in upload).
    public var retries: Bool
    /// The wait before a resend.
    public var retryAfter: SimDuration
    /// How failures of the upper system discourage collection.
    public var feedback: CollectionFeedback

    /// A line.
    public init(
        id: LineID, name: String = "", receiver: DepartmentID, collectors: [DepartmentID],
        verticallyManaged: Bool = false, schedule: ReportSchedule = .weekly, recordsPerDay: Double = 10,
        graceWorkingDays: Int = 2, returnPolicy: ReturnPolicy? = nil, requestEveryDays: Int? = 30,
        faults: UpperSystemFaults = .none, retries: Bool = true, retryAfter: SimDuration = .hours(4),
        feedback: CollectionFeedback = .none
    ) {
        self.id = id
        self.name = name
        self.receiver = receiver
        self.collectors = collectors
        self.verticallyManaged = verticallyManaged
        self.schedule = schedule
        self.recordsPerDay = recordsPerDay
        self.graceWorkingDays = graceWorkingDays
        self.returnPolicy = returnPolicy ?? .defaultPolicy(verticallyManaged: verticallyManaged)
        self.requestEveryDays = requestEveryDays
        self.faults = faults
        self.retries = retries
        self.retryAfter = retryAfter
        self.feedback = feedback
    }
}

/// A dated entry of a world's script about a line: a local government asks for the line's data
/// (R-RET-2), or the line's return policy changes (a policy change in the script).
public struct ScriptedLineAction: Hashable, Sendable, Codable {
    /// What happens.
    public enum Kind: Hashable, Sendable, Codable {
        /// `government` (whose departments collect on the line) asks the receiver for its records.
        case returnRequest(government: GovernmentID)
        /// The receiver's return policy becomes `policy` from now on.
        case setReturnPolicy(ReturnPolicy)
    }

    /// The day it happens.
    public var date: CivilDate
    /// The hour of that day (0–23).
    public var hour: Int
    /// The line.
    public var line: LineID
    /// What happens.
    public var kind: Kind

    /// A scripted line action.
    public init(date: CivilDate, hour: Int = 10, line: LineID, kind: Kind) {
        self.date = date
        self.hour = min(23, max(0, hour))
        self.line = line
        self.kind = kind
    }

    /// The instant it happens in a run starting at `epoch`.
    public func instant(epoch: SimEpoch) -> SimInstant { epoch.startOfDay(date) + .hours(Int64(hour)) }
}
