import SharingModel
import SimKernel

/// A government's yearly evaluation on the run's kernel (R-EVAL-1): a thin shell (STYLE.md example 1)
/// around ``EvaluatorInstance``. Kept apart from the dispute bodies so that the dispute rules and the
/// evaluation can change independently (docs/architecture.md).
public actor EvaluatorActor: SimActor {
    /// The rules this shell runs.
    public typealias Instance = EvaluatorInstance

    /// The run this evaluator belongs to.
    public nonisolated let context: SimContext<SharingModel.Message>
    /// The evaluator's address.
    public nonisolated let address: ActorAddress
    private let sink: ObservationSink<Observation>
    @exclusivity(unchecked) private var instance: Instance
    /// What the instance asks for at the event being delivered, in the buffer the run's shells share.
    private let scratch: DirectiveScratch

    public nonisolated var unownedExecutor: UnownedSerialExecutor { context.executor.asUnownedSerialExecutor() }

    /// An evaluator running `instance` at its configured address.
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

    /// The evaluator's state now (tests).
    public func currentInstance() -> Instance { instance }
}
