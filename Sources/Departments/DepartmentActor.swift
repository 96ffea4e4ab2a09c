import SharingModel
import SimKernel

/// A department of a government (DESIGN.md "The world"): provider and, in later issues, user.
///
/// A thin shell (STYLE.md example 1) around ``DepartmentInstance``: it feeds each delivered message
/// to the instance and carries out the directives through the run's kernel and observation sink.
public actor DepartmentActor: SimActor {
    /// The rules this shell runs.
    public typealias Instance = DepartmentInstance

    /// The run this department belongs to.
    public nonisolated let context: SimContext<SharingModel.Message>
    /// The department's address.
    public nonisolated let address: ActorAddress
    private let sink: ObservationSink<Observation>
    /// What the instance asks for at the event being delivered, in the buffer the run's shells share.
    private let scratch: DirectiveScratch
    // Last: the shell's fields share the object's first cache line, the instance's hot fields follow
    // (docs/decisions/0014).
    @exclusivity(unchecked) private var instance: Instance

    public nonisolated var unownedExecutor: UnownedSerialExecutor { context.executor.asUnownedSerialExecutor() }

    /// A department running `instance` at `instance.configuration.address`.
    public init(
        instance: Instance, context: SimContext<SharingModel.Message>, sink: ObservationSink<Observation>,
        scratch: DirectiveScratch = DirectiveScratch()
    ) {
        self.instance = instance
        self.context = context
        self.sink = sink
        self.scratch = scratch
        self.address = instance.configuration.address
    }

    /// Handles one delivered message.
    public func receive(_ message: SharingModel.Message) {
        instance.handle(message, now: context.now, into: &scratch.buffer.pointee)
        if !scratch.buffer.pointee.isEmpty { context.perform(&scratch.buffer.pointee, for: address, sink: sink) }
    }

    /// The department's state now (tests, invariant checks).
    public func currentInstance() -> Instance { instance }
}
