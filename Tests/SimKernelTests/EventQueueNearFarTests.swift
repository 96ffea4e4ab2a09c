import Testing

@testable import SimKernel

/// The two heaps of ``EventQueue`` (docs/decisions/0007): events due within ``EventQueue/nearHorizon`` of
/// the last event popped go to the near heap, later ones to the far heap, and a pop takes the earlier
/// (time, sequence) of the two tops. Which heap holds an event must never change the order.
@Suite struct EventQueueNearFarTests {
    typealias Queue = EventQueue<Int>
    static let horizon = Queue.nearHorizon
    static let day: Int64 = 86_400_000

    /// The reference: pending (time, sequence) pairs, kept sorted descending so the earliest is last.
    struct Reference {
        private(set) var pending: [(time: Int64, sequence: UInt64)] = []

        static func precedes(_ a: (time: Int64, sequence: UInt64), _ b: (time: Int64, sequence: UInt64)) -> Bool {
            a.time != b.time ? a.time < b.time : a.sequence < b.sequence
        }

        mutating func push(_ time: Int64, _ sequence: UInt64) {
            // First index whose key precedes the new one (descending order).
            var lo = 0
            var hi = pending.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if Self.precedes(pending[mid], (time, sequence)) { hi = mid } else { lo = mid + 1 }
            }
            pending.insert((time, sequence), at: lo)
        }

        mutating func pop() -> (time: Int64, sequence: UInt64)? { pending.popLast() }
        var next: (time: Int64, sequence: UInt64)? { pending.last }
        var count: Int { pending.count }
        mutating func removeAll() { pending.removeAll() }
    }

    /// The message each event carries: derived from its key, so a payload swapped between slots shows.
    static func message(_ time: Int64, _ sequence: UInt64) -> Int {
        Int(truncatingIfNeeded: UInt64(bitPattern: time) &* 31 &+ sequence)
    }

    /// Unique sequences out of push order, over a key's whole range: an odd multiplier is one to one
    /// modulo 2^36 (``EventQueue/maxSequence``).
    static func scrambled(_ counter: UInt64) -> UInt64 { (counter &* 0x9E37_79B9_7F4A_7C15) & Queue.maxSequence }

    static func target(_ sequence: UInt64) -> ActorAddress { ActorAddress(Int32(truncatingIfNeeded: sequence % 1_000)) }

    static func push(_ time: Int64, _ sequence: UInt64, into queue: inout Queue, _ reference: inout Reference) {
        queue.push(time: time, sequence: sequence, target: target(sequence), message: message(time, sequence))
        reference.push(time, sequence)
    }

    /// Pops one event from both and checks they agree (key, payload, `nextTime` before, count after).
    @discardableResult
    static func popAndCompare(_ queue: inout Queue, _ reference: inout Reference) -> (time: Int64, sequence: UInt64)? {
        #expect(queue.nextTime == reference.next?.time)
        let event = queue.pop()
        let expected = reference.pop()
        #expect(event?.time == expected?.time)
        #expect(event?.sequence == expected?.sequence)
        if let event {
            #expect(event.message == message(event.time, event.sequence))
            #expect(event.target == target(event.sequence))
        }
        #expect(queue.count == reference.count)
        #expect(queue.isEmpty == (reference.count == 0))
        return expected
    }

    // MARK: Random interleavings

    /// Runs `rounds` random pushes and pops on both the queue and the reference, starting from `now`.
    /// Sequences are unique but not in push order (a bijective mix of a counter), so ties at equal times
    /// are broken by a sequence that may be lower than the one already pending in the other heap.
    static func interleave(
        _ queue: inout Queue, _ reference: inout Reference, random: inout RandomStream, rounds: Int,
        counter: inout UInt64, now: inout Int64
    ) -> (near: Int, far: Int, boundary: Int, ties: Int) {
        var tally = (near: 0, far: 0, boundary: 0, ties: 0)
        for _ in 0..<rounds {
            if random.int(below: 100) < 55 || reference.count == 0 {
                let pushes = 1 + random.int(below: 3)
                let delay: Int64
                switch random.int(below: 100) {
                case 0..<45:
                    delay = Int64(random.int(in: 0...2_000))
                    tally.near += 1
                case 45..<55:
                    delay = 0
                    tally.ties += 1
                case 55..<65:
                    delay = horizon + Int64(random.int(in: -1...1))
                    tally.boundary += 1
                default:
                    delay = Int64(random.int(in: 1...30)) * day + Int64(random.int(below: 1_000))
                    tally.far += 1
                }
                // Several events at the same time: only their sequences order them.
                for _ in 0..<pushes {
                    counter += 1
                    Self.push(now + delay, scrambled(counter), into: &queue, &reference)
                }
            } else {
                let popped = popAndCompare(&queue, &reference)
                if let popped { now = popped.time }
            }
        }
        return tally
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomPushesAndPopsComeOutInTheReferenceOrder(seed: UInt64) {
        var random = RandomStream(seed: seed, streamID: 77)
        var queue = Queue()
        var reference = Reference()
        var counter: UInt64 = 0
        var now: Int64 = 0
        let tally = Self.interleave(&queue, &reference, random: &random, rounds: 12_000, counter: &counter, now: &now)
        // Every kind of delay was exercised, and the queue grew past its first capacity.
        #expect(tally.near > 1_000 && tally.far > 1_000 && tally.boundary > 200 && tally.ties > 200)
        #expect(queue.capacity > 64)
        #expect(queue.count == reference.count)
        // Drain: the rest, far timers included, in order and each time no earlier than the one before.
        var last = (time: Int64.min, sequence: UInt64(0))
        while let popped = Self.popAndCompare(&queue, &reference) {
            #expect(Reference.precedes(last, popped))
            last = popped
        }
        #expect(queue.isEmpty && queue.nextTime == nil && queue.pop() == nil)
    }

    @Test func aRunOfTimersAndMessagesLikeTheKernelsPopsInOrder() {
        // Sequences in send order, as the kernel assigns them: a few timers far ahead, and bursts of
        // messages a few ms to a few seconds after each delivery, some at the very same time.
        var random = RandomStream(seed: 9, streamID: 1)
        var queue = Queue()
        var reference = Reference()
        var sequence: UInt64 = 0
        for _ in 0..<20 {
            sequence += 1
            Self.push(Int64(random.int(in: 1...365)) * Self.day, sequence, into: &queue, &reference)
        }
        sequence += 1
        Self.push(0, sequence, into: &queue, &reference)
        var delivered = 0
        while delivered < 5_000, let popped = Self.popAndCompare(&queue, &reference) {
            delivered += 1
            for _ in 0..<random.int(below: 3) {
                sequence += 1
                let delay = random.bernoulli(0.2) ? 0 : Int64(random.int(in: 1...3_000))
                Self.push(popped.time + delay, sequence, into: &queue, &reference)
            }
            if random.bernoulli(0.05) {
                sequence += 1
                Self.push(popped.time + Int64(random.int(in: 1...10)) * Self.day, sequence, into: &queue, &reference)
            }
            if queue.isEmpty {
                sequence += 1
                Self.push(popped.time + 1, sequence, into: &queue, &reference)
            }
        }
        #expect(delivered == 5_000)
        while Self.popAndCompare(&queue, &reference) != nil {}
    }

    // MARK: The boundary

    @Test func anEventExactlyAtTheHorizonIsNearAndOneMillisecondLaterIsFar() {
        var queue = Queue()
        var reference = Reference()
        // Before any pop the horizon counts from time 0.
        Self.push(Self.horizon, 1, into: &queue, &reference)
        #expect(queue.nearCount == 1 && queue.farCount == 0)
        Self.push(Self.horizon + 1, 2, into: &queue, &reference)
        #expect(queue.nearCount == 1 && queue.farCount == 1)
        Self.push(1_000, 3, into: &queue, &reference)
        #expect(queue.nearCount == 2 && queue.farCount == 1)

        // After popping the event at 1,000, the horizon is 1,000 + nearHorizon.
        #expect(Self.popAndCompare(&queue, &reference)?.time == 1_000)
        let t: Int64 = 1_000
        Self.push(t + Self.horizon, 4, into: &queue, &reference)
        #expect(queue.nearCount == 2 && queue.farCount == 1)
        Self.push(t + Self.horizon + 1, 5, into: &queue, &reference)
        #expect(queue.nearCount == 2 && queue.farCount == 2)
        // An earlier sequence at the same boundary time, pushed after the later one.
        Self.push(t + Self.horizon, 0, into: &queue, &reference)
        #expect(queue.nearCount == 3)
        #expect(queue.count == 5)

        let order = (0..<5).compactMap { _ in Self.popAndCompare(&queue, &reference) }
        #expect(
            order.map { [$0.time, Int64($0.sequence)] } == [
                [Self.horizon, 1], [Self.horizon + 1, 2], [t + Self.horizon, 0], [t + Self.horizon, 4],
                [t + Self.horizon + 1, 5],
            ])
        #expect(queue.count == 0)
    }

    @Test func equalTimesInBothHeapsAreOrderedBySequence() {
        var queue = Queue()
        var reference = Reference()
        let t = 5 * Self.horizon
        // Pushed while t is beyond the horizon: far.
        Self.push(t, 10, into: &queue, &reference)
        Self.push(t, 30, into: &queue, &reference)
        Self.push(t - Self.horizon + 100, 1, into: &queue, &reference)
        #expect(queue.farCount == 3 && queue.nearCount == 0)
        // Walk up to t - nearHorizon / 2: from then on t is near.
        Self.push(Self.horizon / 2, 2, into: &queue, &reference)
        #expect(Self.popAndCompare(&queue, &reference)?.sequence == 2)
        Self.push(t - Self.horizon / 2, 3, into: &queue, &reference)
        #expect(queue.farCount == 4)
        #expect(Self.popAndCompare(&queue, &reference)?.sequence == 1)
        #expect(Self.popAndCompare(&queue, &reference)?.sequence == 3)
        // Now at t - nearHorizon / 2: events at t go near, around the two far ones at t.
        Self.push(t, 20, into: &queue, &reference)
        Self.push(t, 5, into: &queue, &reference)
        Self.push(t, 40, into: &queue, &reference)
        #expect(queue.nearCount == 3 && queue.farCount == 2)
        let sequences = (0..<5).compactMap { _ in Self.popAndCompare(&queue, &reference)?.sequence }
        #expect(sequences == [5, 10, 20, 30, 40])
        #expect(queue.count == 0)
    }

    @Test func theHorizonSaturatesAtTheEndOfTime() {
        var queue = Queue()
        var reference = Reference()
        Self.push(Int64.max - 10, 1, into: &queue, &reference)
        #expect(Self.popAndCompare(&queue, &reference)?.time == Int64.max - 10)
        Self.push(Int64.max, 3, into: &queue, &reference)
        Self.push(Int64.max - 5, 2, into: &queue, &reference)
        Self.push(Int64.max, 2, into: &queue, &reference)
        #expect(queue.nearCount == 3)
        while Self.popAndCompare(&queue, &reference) != nil {}
    }

    /// The branch-free key comparison (docs/decisions/0012) against the plain rule, for every pair of keys
    /// built from edge values: negative, zero and extreme times, equal times, and sequences from zero to the
    /// top of their range. The slots differ from key to key, except that one sequence always has the same
    /// slot (a sequence is pending once), so that the slot sharing the sequence's word is seen to decide
    /// nothing (docs/decisions/0023).
    @Test func theKeyComparisonIsTheTimeThenSequenceOrderAtTheEdges() {
        let times: [Int64] = [.min, .min + 1, -Self.day, -1, 0, 1, Self.horizon, .max - 1, .max]
        let top = Queue.maxSequence
        let sequences: [UInt64] = [0, 1, 2, 1 << 32, top / 2, top / 2 + 1, top - 1, top]
        let keys = times.flatMap { t in sequences.map { (time: t, sequence: $0) } }
        func slot(_ sequence: UInt64) -> UInt32 { sequence.isMultiple(of: 2) ? UInt32(Queue.maxPending - 1) : 0 }
        var mismatches: [String] = []
        for a in keys {
            for b in keys {
                let fast = Queue.HeapKey(time: a.time, sequence: a.sequence, slot: slot(a.sequence))
                    .precedes(Queue.HeapKey(time: b.time, sequence: b.sequence, slot: slot(b.sequence)))
                if fast != Reference.precedes(a, b) { mismatches.append("\(a) vs \(b)") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    // MARK: Emptying

    @Test func removeAllLeavesAnEmptyQueueThatWorksAgain() {
        var random = RandomStream(seed: 5, streamID: 2)
        var queue = Queue()
        var reference = Reference()
        var counter: UInt64 = 0
        var now: Int64 = 0
        _ = Self.interleave(&queue, &reference, random: &random, rounds: 3_000, counter: &counter, now: &now)
        #expect(queue.nearCount > 0 && queue.farCount > 0)
        queue.removeAll()
        reference.removeAll()
        #expect(queue.count == 0 && queue.isEmpty)
        #expect(queue.nearCount == 0 && queue.farCount == 0)
        #expect(queue.nextTime == nil)
        #expect(queue.pop() == nil)
        // Usable again, from an earlier time than the last pop as well as later.
        Self.push(now + 3 * Self.day, 1, into: &queue, &reference)
        Self.push(0, 2, into: &queue, &reference)
        Self.push(now, 3, into: &queue, &reference)
        #expect(queue.count == 3 && queue.nextTime == 0)
        _ = Self.interleave(&queue, &reference, random: &random, rounds: 3_000, counter: &counter, now: &now)
        while Self.popAndCompare(&queue, &reference) != nil {}
        #expect(queue.isEmpty && queue.nextTime == nil)
    }
}
