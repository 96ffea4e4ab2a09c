import SharingModel
import SimKernel

/// What a department is and what it is connected to: its spec, its platform, the rules of sync and time.
public struct DepartmentConfiguration: Sendable {
    // Declaration order is memory order: what an application arrival reads comes first (docs/decisions/0014).
    /// The department's own address.
    public var address: ActorAddress
    /// Its platform's address.
    public var platform: ActorAddress
    /// The services the department handles, in world order.
    public var services: [ServicePlan]
    /// The rules for sharing requests (mode, review deadline, timeouts).
    public var sharing: SharingPolicy
    /// The department as the world describes it (id, integration mode, profile, first catalog).
    public var spec: DepartmentSpec
    /// The run's epoch (for R-CAT-4 deadlines in working days).
    public var epoch: SimEpoch
    /// The working-day calendar.
    public var calendar: WorkingDayCalendar
    /// The front-end link to the platform.
    public var link: LinkProfile
    /// Acknowledgements and retries.
    public var policy: SyncPolicy
    /// The run's seed; the department's stream is derived from it and `streamName`.
    public var seed: UInt64
    /// Its platform's name in observations.
    public var platformNode: SyncNode
    /// Its place among its platform's children (-1: not known), which its requests carry so that their
    /// answers' last hop reads no routing table (docs/decisions/0022).
    public var platformChild: Int32
    /// The rules for disputes (R-ESC-1..3).
    public var disputes: DisputePolicy
    /// R-RET-1: the vertical lines it collects on, in line order.
    public var collecting: [CollectorPlan]
    /// R-RET-2: the vertical lines it receives, in line order.
    public var receiving: [ReceiverPlan]

    /// A configuration.
    public init(
        spec: DepartmentSpec, address: ActorAddress, platform: ActorAddress, platformNode: SyncNode, link: LinkProfile,
        policy: SyncPolicy, seed: UInt64, epoch: SimEpoch, calendar: WorkingDayCalendar = .china,
        sharing: SharingPolicy = .measures, services: [ServicePlan] = [], disputes: DisputePolicy = .standard,
        collecting: [CollectorPlan] = [], receiving: [ReceiverPlan] = [], platformChild: Int32 = -1
    ) {
        self.spec = spec
        self.address = address
        self.platform = platform
        self.platformNode = platformNode
        self.platformChild = platformChild
        self.link = link
        self.policy = policy
        self.seed = seed
        self.epoch = epoch
        self.calendar = calendar
        self.sharing = sharing
        self.services = services
        self.disputes = disputes
        self.collecting = collecting
        self.receiving = receiving
    }

    /// The name of the department's random stream: `department:<id>`.
    public var streamName: String { "department:\(spec.id.rawValue)" }
}
