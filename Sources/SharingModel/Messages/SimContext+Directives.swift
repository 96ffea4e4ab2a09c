import SimKernel

extension SimContext where Message == SharingModel.Message {
    /// Carries out an instance's directives for the actor at `address`: sends and timers through the
    /// kernel, observations into `sink`, and empties `directives`, keeping its storage for the next event
    /// (a new array per event was a malloc and free of every delivery). The shared plumbing of every shell.
    @inlinable
    public func perform(_ directives: inout [Directive], for address: ActorAddress, sink: ObservationSink<Observation>)
    {
        directives.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in 0..<buffer.count {
                // Moved out, not copied: a copy retained every reference in the payload, and destroying the
                // array released them again.
                switch (base + index).move() {
                case .send(let message, let target, let delay):
                    send(message, to: target, after: delay)
                case .timer(let message, let time):
                    // Instances compute timer instants from `now`, so the past is a bug, not an input.
                    send(message, to: address, after: time - now)
                case .observe(let observation):
                    sink.publish(observation, at: now)
                }
            }
            // The moved-out slots get a value without references, which emptying the array then destroys.
            base.initialize(repeating: Directive.moved, count: buffer.count)
        }
        directives.removeAll(keepingCapacity: true)
    }
}

extension Directive {
    /// What a slot of a drained directive buffer holds until the buffer is emptied (it owns nothing).
    @usableFromInline static var moved: Directive { .timer(.publishCatalog, at: SimInstant(milliseconds: 0)) }
}
