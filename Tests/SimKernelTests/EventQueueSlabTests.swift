import Foundation
import Testing

@testable import SimKernel

/// A payload that counts its live instances (its own counter, so suites running in parallel do not mix).
private final class SlabPayload: @unchecked Sendable {
    nonisolated(unsafe) static var live = 0
    static let lock = NSLock()
    let value: Int
    init(_ value: Int) {
        self.value = value
        Self.lock.withLock { Self.live += 1 }
    }
    deinit { Self.lock.withLock { Self.live -= 1 } }
    static var count: Int { lock.withLock { live } }
}

/// The payload slab of ``EventQueue`` (docs/decisions/0003): slots are reused, grown, emptied and freed
/// without losing or leaking a payload.
@Suite(.serialized) struct EventQueueSlabTests {
    @Test func removeAllAndDeinitReleaseEveryPendingPayload() {
        let before = SlabPayload.count
        do {
            var queue = EventQueue<SlabPayload>()
            for i in 0..<1_000 {
                queue.push(
                    time: Int64(i % 7), sequence: UInt64(i + 1), target: ActorAddress(0), message: SlabPayload(i))
            }
            for _ in 0..<400 { _ = queue.pop() }
            #expect(SlabPayload.count - before == 600)
            queue.removeAll()
            #expect(queue.isEmpty && queue.nextTime == nil)
            #expect(SlabPayload.count == before)
            // Still usable after removeAll, and what is left when it goes away is released.
            for i in 0..<100 {
                queue.push(time: 5, sequence: UInt64(2_000 + i), target: ActorAddress(1), message: SlabPayload(i))
            }
            #expect(queue.pop()?.message.value == 0)
            #expect(SlabPayload.count - before == 99)
        }
        #expect(SlabPayload.count == before)
    }

    @Test func aSteadyStateReusesSlotsInsteadOfGrowing() {
        var queue = EventQueue<Int>()
        var sequence: UInt64 = 0
        for i in 0..<50 {
            sequence += 1
            queue.push(time: Int64(i), sequence: sequence, target: ActorAddress(0), message: i)
        }
        let capacity = queue.capacity
        // A hold model: pop one, push one, a hundred thousand times.
        for _ in 0..<100_000 {
            let event = queue.pop()!
            sequence += 1
            queue.push(time: event.time + 17, sequence: sequence, target: ActorAddress(0), message: event.message)
        }
        #expect(queue.capacity == capacity)
        #expect(queue.slabCount == 50 && queue.count == 50)
    }
}
