import SimKernel

/// The queue the kernel used before docs/decisions/0003: a binary min-heap of whole events ordered by
/// (time, sequence), moving a hole with one bitwise move per level (0002). Kept as the second baseline of
/// `sharesim bench kernel`, so the figures say how the kernel compares with a textbook heap, not only with
/// a loop over the kernel's own (smarter) queue.
struct BinaryEventHeap<Message: Sendable> {
    private var heap: ContiguousArray<ScheduledEvent<Message>> = []

    init() {}

    private static func precedes(_ a: ScheduledEvent<Message>, _ b: ScheduledEvent<Message>) -> Bool {
        a.time < b.time || (a.time == b.time && a.sequence < b.sequence)
    }

    mutating func push(_ event: ScheduledEvent<Message>) {
        heap.append(event)
        heap.withUnsafeMutableBufferPointer { h in
            let base = h.baseAddress.unsafelyUnwrapped
            var hole = h.count &- 1
            if hole == 0 { return }
            var parent = (hole &- 1) >> 1
            if !Self.precedes(event, base[parent]) { return }
            (base + hole).deinitialize(count: 1)
            repeat {
                (base + hole).moveInitialize(from: base + parent, count: 1)
                hole = parent
                if hole == 0 { break }
                parent = (hole &- 1) >> 1
            } while Self.precedes(event, base[parent])
            (base + hole).initialize(to: event)
        }
    }

    mutating func pop() -> ScheduledEvent<Message>? {
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
                let child = right < n && Self.precedes(base[right], base[left]) ? right : left
                if !Self.precedes(base[child], last) { break }
                (base + hole).moveInitialize(from: base + child, count: 1)
                hole = child
                left = 2 &* hole &+ 1
            }
            (base + hole).initialize(to: last)
            return top
        }
    }
}
