/// One observation as the stream carries it: when it happened, its place in the stream, and what.
public struct ObservationRecord<Observation: Sendable>: Sendable {
    /// The virtual time at which it was observed.
    public var time: SimInstant
    /// Its index in the run's stream (0, 1, 2, …): a total order even among equal times.
    public var index: UInt64
    /// The observation itself.
    public var observation: Observation

    @inlinable public init(time: SimInstant, index: UInt64, observation: Observation) {
        self.time = time
        self.index = index
        self.observation = observation
    }
}

/// The one stream of observations of a run (DESIGN.md "The idea"): metrics, the event trace and
/// scenario expectations all subscribe here, so they can never disagree.
///
/// Like ``SimContext`` it is confined to its run's executor (hence `@unchecked Sendable`).
/// Emitting takes an autoclosure, so when nobody listens an observation is never even built.
public final class ObservationSink<Observation: Sendable>: @unchecked Sendable {
    /// A subscriber receives every record, in stream order.
    public typealias Subscriber = (ObservationRecord<Observation>) -> Void

    /// A subscriber in a box the sink keeps alive, so delivering borrows it: loading a closure out of an
    /// array retained and released its context once per observation and subscriber.
    @usableFromInline final class Subscription {
        @usableFromInline let body: Subscriber
        init(_ body: @escaping Subscriber) { self.body = body }
    }

    /// Owns the subscriptions that `delivery` borrows.
    private var subscriptions: [Subscription] = []
    @exclusivity(unchecked) @usableFromInline var delivery: [Unmanaged<Subscription>] = []
    @exclusivity(unchecked) @usableFromInline var nextIndex: UInt64 = 0

    public init() {}

    /// Whether anyone listens.
    @inlinable public var isListening: Bool { !delivery.isEmpty }

    /// Observations emitted so far (counted only while someone listens).
    @inlinable public var count: UInt64 { nextIndex }

    /// Adds a subscriber; it sees observations emitted from now on.
    public func subscribe(_ subscriber: @escaping Subscriber) {
        let subscription = Subscription(subscriber)
        subscriptions.append(subscription)
        delivery.append(.passUnretained(subscription))
    }

    /// Emits an observation made at `time`.
    @inlinable public func emit(_ observation: @autoclosure () -> Observation, at time: SimInstant) {
        if delivery.isEmpty { return }
        deliver(ObservationRecord(time: time, index: nextIndex, observation: observation()))
    }

    /// Emits an observation the caller already holds, taking it over (no copy of its payload).
    @inlinable public func publish(_ observation: consuming Observation, at time: SimInstant) {
        if delivery.isEmpty { return }
        deliver(ObservationRecord(time: time, index: nextIndex, observation: consume observation))
    }

    @inlinable func deliver(_ record: consuming ObservationRecord<Observation>) {
        nextIndex &+= 1
        for index in delivery.indices { delivery[index]._withUnsafeGuaranteedRef { $0.body(record) } }
    }
}
