import SharingModel
import SimKernel

/// A sharing authority (R-ESC-2) or the coordination council (R-ESC-3) on the run's kernel: a thin
/// shell (STYLE.md example 1) around ``DisputeBodyInstance``.
public actor DisputeBodyActor: SimActor {
    /// The rules this shell runs.
    public typealias Instance = DisputeBodyInstance

    /// The run this body belongs to.
    public nonisolated let context: SimContext<SharingModel.Message>
    /// The body's address.
    public nonisolated let address: ActorAddress
    private let sink: ObservationSink<Observation>
    @exclusivity(unchecked) private var instance: Instance
    /// What the instance asks for at the event being delivered, in the buffer the run's shells share.
    private let scratch: DirectiveScratch

    public nonisolated var unownedExecutor: UnownedSerialExecutor { context.executor.asUnownedSerialExecutor() }

    /// A body running `instance` at its configured address.
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

    /// The body's state now (tests, end-of-run counts).
    public func currentInstance() -> Instance { instance }
}
