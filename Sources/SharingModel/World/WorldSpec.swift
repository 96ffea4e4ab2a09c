import SimKernel

/// The description of a sharing world (DESIGN.md "The world"): its governments, their departments
/// and catalogs, the network between them, the sync policy and the script of dated changes.
///
/// A spec is a plain value; `ShareSim` builds the actors from it. Arrays keep their given order,
/// which is the order actors are built and streams are named in, so a spec fully fixes a run.
public struct WorldSpec: Hashable, Sendable, Codable {
    /// The run's seed; each actor's stream is derived from it and the actor's name.
    public var seed: UInt64
    /// The first day of the run (its instant zero is midnight, Beijing time).
    public var startDate: CivilDate
    /// Governments, national first by convention (any order is accepted).
    public var governments: [GovernmentSpec]
    /// Departments.
    public var departments: [DepartmentSpec]
    /// The network.
    public var links: LinkProfiles
    /// Acknowledgements and retries.
    public var policy: SyncPolicy
    /// Dated changes of functions (R-CAT-4), in any order.
    public var script: [ScriptedChange]
    /// Services citizens and companies apply for (R-USE-2).
    public var services: [ServiceSpec]
    /// The rules for sharing requests.
    public var sharing: SharingPolicy
    /// Dated requests made by hand, in any order.
    public var requests: [ScriptedRequest]
    /// The rules for disputes (R-ESC-1..3).
    public var disputePolicy: DisputePolicy
    /// Dated disputes opened by hand, in any order.
    public var disputes: [ScriptedDispute]
    /// Vertical data lines: upward reporting and data return (R-RET-1, R-RET-2).
    public var lines: [ReportingLine]
    /// Dated actions on lines (return requests, return policy changes), in any order.
    public var lineScript: [ScriptedLineAction]
    /// R-EVAL-1..4: the yearly evaluation and accountability; `nil`: none (and no provision to the
    /// evaluation catalog).
    public var evaluation: EvaluationPolicy? = nil
    /// Seed 001: what sharing costs in staff-days.
    public var costs: CostPolicy = .standard

    /// A world.
    public init(
        seed: UInt64, startDate: CivilDate, governments: [GovernmentSpec], departments: [DepartmentSpec],
        links: LinkProfiles = .healthy, policy: SyncPolicy = .reliable, script: [ScriptedChange] = [],
        services: [ServiceSpec] = [], sharing: SharingPolicy = .measures, requests: [ScriptedRequest] = [],
        disputePolicy: DisputePolicy = .standard, disputes: [ScriptedDispute] = [], lines: [ReportingLine] = [],
        lineScript: [ScriptedLineAction] = []
    ) {
        self.seed = seed
        self.startDate = startDate
        self.governments = governments
        self.departments = departments
        self.links = links
        self.policy = policy
        self.script = script
        self.services = services
        self.sharing = sharing
        self.requests = requests
        self.disputePolicy = disputePolicy
        self.disputes = disputes
        self.lines = lines
        self.lineScript = lineScript
    }

    /// The run's epoch.
    public var epoch: SimEpoch { SimEpoch(startDate: startDate) }

    /// The total number of resources in the departments' first catalogs.
    public var resourceCount: Int { departments.reduce(0) { $0 + $1.resources.count } }

    /// The government with `id`, if any (linear; build an index for repeated lookups).
    public func government(_ id: GovernmentID) -> GovernmentSpec? { governments.first { $0.id == id } }
}
