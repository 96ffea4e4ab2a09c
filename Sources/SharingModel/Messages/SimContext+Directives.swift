import SimKernel

extension SimContext where Message == SharingModel.Message {
    /// Carries out an instance's directives for the actor at `address`: sends and timers through the
    /// kernel, observations into `sink` (after the sends of the same event), and empties `directives`,
    /// keeping its storage for the next event. The shared plumbing of every shell.
    @inlinable
    public func perform(
        _ directives: inout DirectiveBuffer, for address: ActorAddress, sink: ObservationSink<Observation>
    ) {
        // Moved out, not copied: a copy retained every reference in the payload, and emptying the buffer
        // released them again.
        directives.drain(
            actions: { directive in
                switch consume directive {
                case .send(let message, let target, let delay):
                    send(message, to: target, after: delay)
                case .timer(let message, let time):
                    // Instances compute timer instants from `now`, so the past is a bug, not an input.
                    send(message, to: address, after: time - now)
                case .observe(let observation):
                    // Not reached: the buffer files observations apart. Published all the same.
                    sink.publish(consume observation, at: now)
                }
            },
            observations: { observation in sink.publish(consume observation, at: now) })
    }
}
