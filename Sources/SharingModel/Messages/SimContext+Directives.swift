import SimKernel

extension SimContext where Message == SharingModel.Message {
    /// Carries out an instance's directives for the actor at `address`: sends and timers through the
    /// kernel, observations into `sink`, and empties `directives`, keeping its storage for the next event
    /// (a new array per event was a malloc and free of every delivery). The shared plumbing of every shell.
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
                    // The buffer keeps observations apart; kept for completeness.
                    sink.publish(observation, at: now)
                }
            },
            observations: { observation in sink.publish(observation, at: now) })
    }
}
