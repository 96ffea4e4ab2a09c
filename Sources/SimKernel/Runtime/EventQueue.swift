/// One scheduled delivery.
public struct ScheduledEvent<Message>: Sendable where Message: Sendable {
    /// Delivery time in ms since the epoch.
    public var time: Int64
    /// Global send order; breaks ties between events at the same time (FIFO).
    public var sequence: UInt64
    /// The receiving actor.
    public var target: ActorAddress
    /// The payload.
    public var message: Message

    @inlinable public init(time: Int64, sequence: UInt64, target: ActorAddress, message: Message) {
        self.time = time
        self.sequence = sequence
        self.target = target
        self.message = message
    }

    @inlinable func precedes(_ other: ScheduledEvent) -> Bool {
        time < other.time || (time == other.time && sequence < other.sequence)
    }
}

/// A binary min-heap of events ordered by (time, sequence).
///
/// Sequence numbers are unique, so the order is total and independent of insertion pattern:
/// two runs that schedule the same events deliver them identically.
public struct EventQueue<Message: Sendable>: Sendable {
    @usableFromInline var heap: ContiguousArray<ScheduledEvent<Message>> = []

    public init() {}

    /// The number of pending events.
    @inlinable public var count: Int { heap.count }
    /// Whether nothing is pending.
    @inlinable public var isEmpty: Bool { heap.isEmpty }
    /// The earliest pending event's time, if any.
    @inlinable public var nextTime: Int64? { heap.first?.time }

    /// Adds an event.
    ///
    /// Both operations move a hole through the heap with `moveInitialize`: each level is one
    /// bitwise move, never a copy (which for a message holding references would retain one value
    /// and release another at every level).
    @inlinable public mutating func push(_ event: ScheduledEvent<Message>) {
        heap.append(event)
        heap.withUnsafeMutableBufferPointer { h in
            let base = h.baseAddress.unsafelyUnwrapped
            var hole = h.count &- 1
            if hole == 0 { return }
            var parent = (hole &- 1) >> 1
            if !event.precedes(base[parent]) { return }
            // The appended copy becomes the hole that rises to the event's place.
            (base + hole).deinitialize(count: 1)
            repeat {
                (base + hole).moveInitialize(from: base + parent, count: 1)
                hole = parent
                if hole == 0 { break }
                parent = (hole &- 1) >> 1
            } while event.precedes(base[parent])
            (base + hole).initialize(to: event)
        }
    }

    /// Removes and returns the earliest event.
    @inlinable public mutating func pop() -> ScheduledEvent<Message>? {
        guard let last = heap.popLast() else { return nil }
        if heap.isEmpty { return last }
        return heap.withUnsafeMutableBufferPointer { h in
            let base = h.baseAddress.unsafelyUnwrapped
            let top = base.move()
            let n = h.count
            var hole = 0
            var left = 1
            while left < n {
                let right = left &+ 1
                let child = right < n && base[right].precedes(base[left]) ? right : left
                if !base[child].precedes(last) { break }
                (base + hole).moveInitialize(from: base + child, count: 1)
                hole = child
                left = 2 &* hole &+ 1
            }
            (base + hole).initialize(to: last)
            return top
        }
    }

    /// Drops every pending event, keeping capacity.
    @inlinable public mutating func removeAll() { heap.removeAll(keepingCapacity: true) }
}
