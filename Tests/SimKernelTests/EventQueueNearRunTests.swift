import Testing

@testable import SimKernel

/// The near keys of ``EventQueue`` as a sorted run (docs/decisions/0017): up to
/// ``EventQueue/sortedLimit`` messages in flight are kept sorted, so a pop takes the front; a burst beyond
/// that turns them into a heap, and a heap that drains to ``EventQueue/sortedAgain`` is sorted again. The
/// order must be the reference's through every change of form.
@Suite struct EventQueueNearRunTests {
    typealias Queue = EventQueue<Int>
    typealias Checks = EventQueueNearFarTests

    /// Pushes `count` near events due 0–2 s after `now`, with unique sequences not in push order.
    static func pushNear(
        _ count: Int, now: Int64, _ queue: inout Queue, _ reference: inout Checks.Reference,
        random: inout RandomStream, counter: inout UInt64
    ) {
        for _ in 0..<count {
            counter += 1
            Checks.push(now + Int64(random.int(in: 0...2_000)), Checks.scrambled(counter), into: &queue, &reference)
        }
    }

    @Test func aBurstTurnsTheRunIntoAHeapAndADrainSortsItAgain() {
        var random = RandomStream(seed: 11, streamID: 3)
        var queue = Queue()
        var reference = Checks.Reference()
        var counter: UInt64 = 0
        // Timers a day ahead grow the buffers, so the run is not moved to the front before the burst.
        for day in 1...100 {
            counter += 1
            Checks.push(Int64(day) * Checks.day, Checks.scrambled(counter), into: &queue, &reference)
        }
        #expect(queue.capacity == 128)
        // A few in flight, some popped, so that the run no longer starts at index 0 when the burst comes.
        Self.pushNear(10, now: 0, &queue, &reference, random: &random, counter: &counter)
        var now: Int64 = 0
        for _ in 0..<4 { now = Checks.popAndCompare(&queue, &reference)!.time }
        #expect(queue.nearSorted == true && queue.nearHead == 4 && queue.nearCount == 6)
        // Up to the limit the keys stay a run; one more makes them a heap.
        Self.pushNear(Queue.sortedLimit - 6, now: now, &queue, &reference, random: &random, counter: &counter)
        #expect(queue.nearSorted == true && queue.nearCount == Queue.sortedLimit)
        Self.pushNear(1, now: now, &queue, &reference, random: &random, counter: &counter)
        #expect(queue.nearSorted == false && queue.nearHead == 0)
        Self.pushNear(300, now: now, &queue, &reference, random: &random, counter: &counter)
        // Draining: still a heap above `sortedAgain`, a run again at it, in the reference's order throughout.
        while queue.nearCount > Queue.sortedAgain + 1 { now = Checks.popAndCompare(&queue, &reference)!.time }
        #expect(queue.nearSorted == false)
        now = Checks.popAndCompare(&queue, &reference)!.time
        #expect(queue.nearSorted == true && queue.nearCount == Queue.sortedAgain && queue.nearHead == 0)
        // Pushes into the sorted run land in order, earlier ones included.
        Checks.push(now, Queue.maxSequence, into: &queue, &reference)
        Checks.push(now, 0, into: &queue, &reference)
        Self.pushNear(5, now: now, &queue, &reference, random: &random, counter: &counter)
        while queue.nearCount > 0 { _ = Checks.popAndCompare(&queue, &reference) }
        #expect(queue.nearSorted == true && queue.nearHead == 0 && queue.farCount == 100)
        while Checks.popAndCompare(&queue, &reference) != nil {}
        #expect(queue.isEmpty && queue.nextTime == nil)
    }

    @Test func aSteadyRunMovesBackToTheFrontOfItsBuffer() {
        // About ten in flight for many times the buffer's length: the run walks along the buffer and must
        // be moved back to its start, without growing the queue.
        var random = RandomStream(seed: 12, streamID: 4)
        var queue = Queue()
        var reference = Checks.Reference()
        var counter: UInt64 = 0
        Self.pushNear(10, now: 0, &queue, &reference, random: &random, counter: &counter)
        var now: Int64 = 0
        var furthest = 0
        for _ in 0..<5_000 {
            now = Checks.popAndCompare(&queue, &reference)!.time
            Self.pushNear(1, now: now, &queue, &reference, random: &random, counter: &counter)
            furthest = max(furthest, queue.nearHead + queue.nearCount)
        }
        #expect(queue.nearSorted == true && queue.capacity == 64)
        #expect(furthest == queue.capacity)
        while Checks.popAndCompare(&queue, &reference) != nil {}
        #expect(queue.count == 0)
    }

    @Test func farTimersStillInterleaveWithTheRunInOrder() {
        // The random mix of the near/far suite, with the near keys switching form as their count moves.
        var random = RandomStream(seed: 13, streamID: 5)
        var queue = Queue()
        var reference = Checks.Reference()
        var counter: UInt64 = 0
        var now: Int64 = 0
        var forms: Set<Bool> = []
        for _ in 0..<40 {
            _ = Checks.interleave(&queue, &reference, random: &random, rounds: 600, counter: &counter, now: &now)
            forms.insert(queue.nearSorted)
            // Drain the near keys now and then, so that heaps turn back into runs.
            while queue.nearCount > 3, Checks.popAndCompare(&queue, &reference) != nil {}
            forms.insert(queue.nearSorted)
        }
        #expect(forms == [true, false])
        while Checks.popAndCompare(&queue, &reference) != nil {}
        #expect(queue.isEmpty && queue.nextTime == nil)
    }
}
