import PlatformCore

/// The national platform (R-PLT-1): aggregates every province's catalog and the central
/// departments' into the national catalog (R-CAT-3). Later issues add the council link and the
/// origin of return flows.
///
/// A thin shell (STYLE.md example 1): it feeds each delivered message to its ``PlatformInstance``
/// and carries out the directives through the run's kernel and observation sink.
public actor NationalPlatformActor: SimActor {
    /// The rules this shell runs.
    public typealias Instance = PlatformInstance

    /// The run this platform belongs to.
    public nonisolated let context: SimContext<SharingModel.Message>
    /// The platform's address.
    public nonisolated let address: ActorAddress
    private let sink: ObservationSink<Observation>
    /// What the instance asks for at the event being delivered, in the buffer the run's shells share.
    private let scratch: DirectiveScratch
    // Last: the shell's fields share the object's first cache line, the instance's hot fields follow
    // (docs/decisions/0014).
    @exclusivity(unchecked) private var instance: Instance

    public nonisolated var unownedExecutor: UnownedSerialExecutor { context.executor.asUnownedSerialExecutor() }

    /// A national platform running `instance`, which must be configured for the national level (its
    /// address is `instance.configuration.address`).
    public init(
        instance: Instance, context: SimContext<SharingModel.Message>, sink: ObservationSink<Observation>,
        scratch: DirectiveScratch = DirectiveScratch()
    ) {
        precondition(
            instance.configuration.level == .national, "a NationalPlatformActor needs a national configuration")
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

    /// The platform's state now (tests, invariant checks, metrics at the end of a run).
    public func currentInstance() -> Instance { instance }
}
