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
    @inlinable public mutating func push(_ event: ScheduledEvent<Message>) {
        heap.append(event)
        heap.withUnsafeMutableBufferPointer { h in
            var child = h.count - 1
            let moving = h[child]
            while child > 0 {
                let parent = (child - 1) >> 1
                if !moving.precedes(h[parent]) { break }
                h[child] = h[parent]
                child = parent
            }
            h[child] = moving
        }
    }

    /// Removes and returns the earliest event.
    @inlinable public mutating func pop() -> ScheduledEvent<Message>? {
        guard let last = heap.popLast() else { return nil }
        if heap.isEmpty { return last }
        return heap.withUnsafeMutableBufferPointer { h in
            let top = h[0]
            let n = h.count
            var index = 0
            while true {
                let left = 2 * index + 1
                if left >= n { break }
                let right = left + 1
                let smaller = right < n && h[right].precedes(h[left]) ? right : left
                if !h[smaller].precedes(last) { break }
                h[index] = h[smaller]
                index = smaller
            }
            h[index] = last
            return top
        }
    }

    /// Drops every pending event, keeping capacity.
    @inlinable public mutating func removeAll() { heap.removeAll(keepingCapacity: true) }
}
