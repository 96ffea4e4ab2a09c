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
}

/// A min-queue of events ordered by (time, sequence).
///
/// Sequence numbers are unique, so the order is total and independent of insertion pattern:
/// two runs that schedule the same events deliver them identically.
///
/// Only small keys move through the heap (docs/decisions/0003): a ``HeapKey`` holds the time, the
/// sequence and the index of a slot in a slab that keeps each event's target and message in place from
/// push to pop; freed slots are reused, most recent first. The heaps are 4-ary: half the levels of a
/// binary heap, and a node's four children fill one cache line (16-byte keys, line-aligned groups;
/// docs/decisions/0023). The queue owns its memory directly (it is `~Copyable`), so no operation pays a
/// copy-on-write uniqueness check.
///
/// Near and far keys (docs/decisions/0007): events due within ``nearHorizon`` of the last one popped
/// (messages on their links) go to the near keys, later ones (timers) to the far heap, and a pop takes the
/// earlier of the two tops. Which side holds an event never changes the order, only the cost: a message no
/// longer sifts up and down through every pending timer. The near keys are a sorted run while there are
/// few of them (the messages in flight through a year), so that a message's pop takes the front
/// without a sift-down, and a 4-ary heap while a burst lasts (docs/decisions/0017).
///
/// Safety (`@unchecked Sendable`): the buffers belong to this one value, which cannot be copied; sending it
/// moves them along with it.
public struct EventQueue<Message: Sendable>: ~Copyable, @unchecked Sendable {
    /// A heap entry: the order key and where the payload is, in 16 bytes, so that a node's four children
    /// fill exactly one cache line of the line-aligned heaps (docs/decisions/0023).
    ///
    /// `tag` is the sequence shifted above the slot. Sequences are unique, so comparing tags compares
    /// sequences: the order is (time, sequence), as before.
    @usableFromInline struct HeapKey {
        @usableFromInline var time: Int64
        @usableFromInline var tag: UInt64

        /// Bits of `tag` below the sequence: the slot.
        @usableFromInline static var slotBits: UInt64 { 28 }

        @inlinable init(time: Int64, sequence: UInt64, slot: UInt32) {
            self.time = time
            tag = sequence << Self.slotBits | UInt64(slot)
        }

        /// The event's sequence number.
        @inlinable var sequence: UInt64 { tag >> Self.slotBits }
        /// The slab slot of the event's payload.
        @inlinable var slot: UInt32 { UInt32(truncatingIfNeeded: tag & ((1 << Self.slotBits) - 1)) }

        /// Whether this key comes first: earlier, or as early and sent before.
        ///
        /// Computed without a branch, as the borrow out of the 128-bit subtraction (time, tag) minus
        /// the other's. Which of a node's children is earliest is a coin toss, and the short-circuit
        /// `time < other.time || …` compiled to a branch that was mispredicted about half the time
        /// (docs/decisions/0012). The two borrows cannot both be set: a time that borrows leaves a
        /// nonzero difference.
        @inlinable @inline(__always) func precedes(_ other: HeapKey) -> Bool {
            let (_, sequenceBorrow) = tag.subtractingReportingOverflow(other.tag)
            // The sign bit flipped: signed times in unsigned order.
            let mine = UInt64(bitPattern: time) ^ (1 << 63)
            let theirs = UInt64(bitPattern: other.time) ^ (1 << 63)
            let (difference, timeBorrow) = mine.subtractingReportingOverflow(theirs)
            let (_, carriedBorrow) = difference.subtractingReportingOverflow(sequenceBorrow ? 1 : 0)
            return timeBorrow != carriedBorrow
        }
    }

    /// The largest sequence a key can hold: 2^36 − 1, about 900 national years of events in one run.
    @inlinable public static var maxSequence: UInt64 { (1 << (64 - HeapKey.slotBits)) - 1 }
    /// The most events that can be pending at once: 2^28 (a slab of that many slots is gigabytes).
    @inlinable public static var maxPending: Int { 1 << Int(HeapKey.slotBits) }

    /// Keys before index 0 of a heap buffer, so that the children of every node (indices `4i+1` to `4i+4`)
    /// start on a cache line: index 1 sits 64 bytes into a line-aligned allocation.
    static var keyOffset: Int { 3 }

    /// A heap buffer for `capacity` keys whose child groups are line-aligned.
    static func allocateKeys(capacity: Int) -> UnsafeMutablePointer<HeapKey> {
        let raw = UnsafeMutableRawPointer.allocate(
            byteCount: (capacity + keyOffset) * MemoryLayout<HeapKey>.stride, alignment: 64)
        return raw.bindMemory(to: HeapKey.self, capacity: capacity + keyOffset) + keyOffset
    }

    /// Frees a buffer from ``allocateKeys(capacity:)``.
    static func deallocateKeys(_ keys: UnsafeMutablePointer<HeapKey>) {
        UnsafeMutableRawPointer(keys - keyOffset).deallocate()
    }

    /// What a slot holds while its event is pending.
    @usableFromInline struct Payload {
        @usableFromInline var target: ActorAddress
        @usableFromInline var message: Message

        @inlinable init(target: ActorAddress, message: Message) {
            self.target = target
            self.message = message
        }
    }

    /// Children per node.
    @usableFromInline static var arity: Int { 4 }
    /// How far ahead of the last event popped an event may be due and still go to the near heap (ms).
    public static var nearHorizon: Int64 { 60_000 }

    /// The far heap: `farCount` initialized keys.
    @usableFromInline var keys: UnsafeMutablePointer<HeapKey>
    /// The near keys: `nearCount` initialized keys from `nearHead` on, sorted while `nearSorted`, else a heap
    /// (from index 0).
    @usableFromInline var nearKeys: UnsafeMutablePointer<HeapKey>
    @usableFromInline var farCount = 0
    @usableFromInline var nearCount = 0
    /// Where the earliest near key is: the front of the sorted run, 0 while the near keys are a heap.
    @usableFromInline var nearHead = 0
    /// Whether the near keys are a sorted run (few of them) rather than a heap (docs/decisions/0017).
    @usableFromInline var nearSorted = true
    /// Events due up to this time go to the near keys: ``nearHorizon`` after the last event popped.
    @usableFromInline var nearLimit: Int64 = EventQueue.nearHorizon
    /// The slab: `slabCount` slots ever used; a slot is initialized exactly while a key names it.
    @usableFromInline var payloads: UnsafeMutablePointer<Payload>
    /// Free slots below `slabCount`, most recently freed last (`slabCount - count` of them).
    @usableFromInline var freeSlots: UnsafeMutablePointer<UInt32>
    /// Keys in both heaps.
    @usableFromInline var heapCount = 0
    @usableFromInline var slabCount = 0
    /// Capacity of all four buffers (neither heap holds more keys than the slab has slots).
    @usableFromInline var capacity: Int

    /// An empty queue.
    public init() {
        capacity = 64
        keys = Self.allocateKeys(capacity: capacity)
        nearKeys = Self.allocateKeys(capacity: capacity)
        payloads = .allocate(capacity: capacity)
        freeSlots = .allocate(capacity: capacity)
    }

    deinit {
        for i in 0..<farCount { (payloads + Int(keys[i].slot)).deinitialize(count: 1) }
        for i in nearHead..<(nearHead + nearCount) { (payloads + Int(nearKeys[i].slot)).deinitialize(count: 1) }
        Self.deallocateKeys(keys)
        Self.deallocateKeys(nearKeys)
        payloads.deallocate()
        freeSlots.deallocate()
    }

    /// The number of pending events.
    @inlinable public var count: Int { heapCount }
    /// Whether nothing is pending.
    @inlinable public var isEmpty: Bool { heapCount == 0 }
    /// The earliest pending event's time, if any.
    @inlinable public var nextTime: Int64? {
        if nearCount == 0 { return farCount == 0 ? nil : keys[0].time }
        return farCount == 0 ? nearKeys[nearHead].time : Swift.min(nearKeys[nearHead].time, keys[0].time)
    }

    /// Adds an event.
    @inlinable public mutating func push(_ event: consuming ScheduledEvent<Message>) {
        push(time: event.time, sequence: event.sequence, target: event.target, message: event.message)
    }

    /// Adds an event given by its parts (no intermediate ``ScheduledEvent``).
    @inlinable public mutating func push(
        time: Int64, sequence: UInt64, target: ActorAddress, message: consuming Message
    ) {
        precondition(sequence <= Self.maxSequence, "more events in one run than a heap key can number")
        let slot: Int
        if slabCount > heapCount {
            // The free list holds exactly the slots not named by a key.
            slot = Int(freeSlots[slabCount &- heapCount &- 1])
        } else {
            if slabCount == capacity { grow() }  // every slot is live here
            slot = slabCount
            slabCount &+= 1
        }
        (payloads + slot).initialize(to: Payload(target: target, message: message))
        let key = HeapKey(time: time, sequence: sequence, slot: UInt32(truncatingIfNeeded: slot))
        heapCount &+= 1
        if time <= nearLimit {
            pushNear(key)
        } else {
            Self.siftUp(key, in: keys, count: &farCount)
        }
    }

    @inlinable @inline(__always)
    static func siftUp(_ key: HeapKey, in keys: UnsafeMutablePointer<HeapKey>, count: inout Int) {
        var hole = count
        count &+= 1
        while hole > 0 {
            let parent = (hole &- 1) / arity
            let above = keys[parent]
            if !key.precedes(above) { break }
            keys[hole] = above
            hole = parent
        }
        keys[hole] = key
    }

    /// At most this many near keys are kept as a sorted run; one more turns them into a heap.
    @usableFromInline static var sortedLimit: Int { 64 }
    /// A near heap that falls to this many keys is sorted into a run again (well below ``sortedLimit``, so
    /// that a count moving around one threshold does not convert back and forth).
    @usableFromInline static var sortedAgain: Int { 16 }

    /// Adds a near key. A few keys (the messages in flight through a year) are kept as a sorted run, so
    /// that a pop takes the front without a sift-down; the world's start, when thousands of catalog
    /// transfers are in flight at once, turns them into a heap until they drain (docs/decisions/0017).
    @inlinable @inline(__always)
    mutating func pushNear(_ key: HeapKey) {
        guard nearSorted else {
            Self.siftUp(key, in: nearKeys, count: &nearCount)
            return
        }
        if nearCount == Self.sortedLimit {
            // A run sorted from index 0 is already a heap: every parent comes before its children.
            moveNearRunToFront()
            nearSorted = false
            Self.siftUp(key, in: nearKeys, count: &nearCount)
            return
        }
        if nearHead &+ nearCount == capacity { moveNearRunToFront() }
        // Insertion from the back: a new message is usually due after most of those in flight.
        var j = nearHead &+ nearCount
        while j > nearHead {
            let before = nearKeys[j &- 1]
            if !key.precedes(before) { break }
            nearKeys[j] = before
            j &-= 1
        }
        nearKeys[j] = key
        nearCount &+= 1
    }

    /// Removes the earliest near key.
    @inlinable @inline(__always)
    mutating func popNear() -> HeapKey {
        if nearSorted {
            let top = nearKeys[nearHead]
            nearCount &-= 1
            nearHead = nearCount == 0 ? 0 : nearHead &+ 1
            return top
        }
        let top = Self.removeTop(of: nearKeys, count: &nearCount)
        if nearCount <= Self.sortedAgain { sortNearHeap() }
        return top
    }

    /// Moves the sorted run to start at index 0.
    @usableFromInline mutating func moveNearRunToFront() {
        if nearHead > 0 {
            for i in 0..<nearCount { nearKeys[i] = nearKeys[nearHead &+ i] }
            nearHead = 0
        }
    }

    /// Sorts the near heap's few keys into a run (insertion sort).
    @usableFromInline mutating func sortNearHeap() {
        for i in 1..<Swift.max(nearCount, 1) {
            let key = nearKeys[i]
            var j = i
            while j > 0 && key.precedes(nearKeys[j &- 1]) {
                nearKeys[j] = nearKeys[j &- 1]
                j &-= 1
            }
            nearKeys[j] = key
        }
        nearHead = 0
        nearSorted = true
    }

    /// Removes the top of a heap of `count` keys and returns it.
    @inlinable @inline(__always)
    static func removeTop(of keys: UnsafeMutablePointer<HeapKey>, count: inout Int) -> HeapKey {
        let top = keys[0]
        count &-= 1
        let n = count
        if n > 0 {
            let last = keys[n]
            var hole = 0
            while true {
                let first = arity &* hole &+ 1
                if first >= n { break }
                // The earliest child's index is computed, not chosen by an `if` that moves keys: the compiler
                // turned such a three-word move back into a branch (docs/decisions/0012).
                var best: Int
                if first &+ 3 < n {
                    // Four children (the arity): two independent matches, then the final, in index arithmetic
                    // (a shorter chain of dependent loads than three comparisons in a row, nothing to branch on).
                    let left = first &+ (keys[first &+ 1].precedes(keys[first]) ? 1 : 0)
                    let right = first &+ 2 &+ (keys[first &+ 3].precedes(keys[first &+ 2]) ? 1 : 0)
                    let rightWins = 0 &- (keys[right].precedes(keys[left]) ? 1 : 0)
                    best = left ^ ((left ^ right) & rightWins)
                } else {
                    // Fewer than four children: the last node with any, so its children run to the heap's end
                    // (`n` is the bound only for that reason; a wider node would need `first + arity`).
                    best = first
                    var child = first &+ 1
                    while child < n {
                        best = keys[child].precedes(keys[best]) ? child : best
                        child &+= 1
                    }
                }
                let bestKey = keys[best]
                if !bestKey.precedes(last) { break }
                keys[hole] = bestKey
                hole = best
            }
            keys[hole] = last
        }
        return top
    }

    /// Removes and returns the earliest event.
    @inlinable @inline(__always) public mutating func pop() -> ScheduledEvent<Message>? {
        if heapCount == 0 { return nil }
        let top: HeapKey
        if nearCount > 0 && (farCount == 0 || nearKeys[nearHead].precedes(keys[0])) {
            top = popNear()
        } else {
            top = Self.removeTop(of: keys, count: &farCount)
        }
        heapCount &-= 1
        nearLimit = top.time > Int64.max &- Self.nearHorizon ? Int64.max : top.time &+ Self.nearHorizon
        let slot = Int(top.slot)
        let payload = (payloads + slot).move()
        freeSlots[slabCount &- heapCount &- 1] = top.slot
        return ScheduledEvent(time: top.time, sequence: top.sequence, target: payload.target, message: payload.message)
    }

    /// Drops every pending event, keeping capacity.
    public mutating func removeAll() {
        for i in 0..<farCount { (payloads + Int(keys[i].slot)).deinitialize(count: 1) }
        for i in nearHead..<(nearHead + nearCount) { (payloads + Int(nearKeys[i].slot)).deinitialize(count: 1) }
        farCount = 0
        nearCount = 0
        nearHead = 0
        nearSorted = true
        heapCount = 0
        slabCount = 0
    }

    /// Doubles the capacity of the four buffers. Called only when every slot is live (no free slot is
    /// left), so the slab's whole used range is initialized and the free list is empty.
    @usableFromInline mutating func grow() {
        let newCapacity = capacity * 2
        precondition(newCapacity <= Self.maxPending, "more pending events than a heap key can hold")
        let newKeys = Self.allocateKeys(capacity: newCapacity)
        newKeys.moveInitialize(from: keys, count: farCount)
        Self.deallocateKeys(keys)
        keys = newKeys
        let newNearKeys = Self.allocateKeys(capacity: newCapacity)
        newNearKeys.moveInitialize(from: nearKeys + nearHead, count: nearCount)
        nearHead = 0
        Self.deallocateKeys(nearKeys)
        nearKeys = newNearKeys
        let newPayloads = UnsafeMutablePointer<Payload>.allocate(capacity: newCapacity)
        newPayloads.moveInitialize(from: payloads, count: slabCount)
        payloads.deallocate()
        payloads = newPayloads
        freeSlots.deallocate()
        freeSlots = .allocate(capacity: newCapacity)
        capacity = newCapacity
    }
}
