import Testing

@testable import SimKernel

/// The queue's 16-byte keys in line-aligned heaps (docs/decisions/0023): the sequence and the slot share a
/// word without changing the (time, sequence) order, and a node's four children fill one cache line.
struct EventQueueKeyTests {
    typealias Queue = EventQueue<Int>
    typealias Key = Queue.HeapKey

    @Test func aKeyIsSixteenBytesAndKeepsItsSequenceAndSlot() {
        #expect(MemoryLayout<Key>.size == 16 && MemoryLayout<Key>.stride == 16)
        for (sequence, slot) in [(UInt64(0), UInt32(0)), (1, 1), (Queue.maxSequence, UInt32(Queue.maxPending - 1))] {
            let key = Key(time: -5, sequence: sequence, slot: slot)
            #expect(key.sequence == sequence && key.slot == slot && key.time == -5)
        }
    }

    /// The slot's bits must not decide the order: a later sequence in a lower slot still comes after.
    @Test func theOrderIsTimeThenSequenceWhateverTheSlots() {
        let early = Key(time: 10, sequence: 7, slot: UInt32(Queue.maxPending - 1))
        let late = Key(time: 10, sequence: 8, slot: 0)
        #expect(early.precedes(late) && !late.precedes(early))
        let top = Key(time: 10, sequence: Queue.maxSequence, slot: 0)
        #expect(late.precedes(top) && !top.precedes(late))
        let sooner = Key(time: -3, sequence: Queue.maxSequence, slot: 9)
        #expect(sooner.precedes(early) && !early.precedes(sooner))
        #expect(!early.precedes(early))
    }

    /// Index 1, the first child of the root, and every later child group start on a 64-byte line, in both
    /// heaps and after the buffers grow.
    @Test func everyChildGroupStartsOnACacheLine() {
        var queue = Queue()
        func check() {
            for keys in [queue.keys, queue.nearKeys] {
                // Only groups inside the buffers: the children of the nodes whose first child is below capacity.
                for node in 0..<(queue.capacity / Queue.arity) {
                    let first = UInt(bitPattern: keys + (Queue.arity * node + 1))
                    #expect(first % 64 == 0, "node \(node)'s children start \(first % 64) bytes into a line")
                }
            }
        }
        check()
        for i in 0..<1_000 {
            queue.push(
                time: Int64(i * 97 % 1_000) * 1_000_000, sequence: UInt64(i), target: ActorAddress(0), message: i)
        }
        #expect(queue.capacity >= 1_000)
        check()
        var last: (Int64, UInt64) = (.min, 0)
        while let event = queue.pop() {
            #expect((last.0, last.1) < (event.time, event.sequence))
            last = (event.time, event.sequence)
        }
    }

    /// The largest sequence a key holds goes through the queue and comes back whole.
    @Test func theLargestSequenceComesBackWhole() {
        var queue = Queue()
        queue.push(time: 1, sequence: Queue.maxSequence, target: ActorAddress(3), message: 42)
        queue.push(time: 1, sequence: Queue.maxSequence - 1, target: ActorAddress(4), message: 41)
        #expect(queue.pop()?.sequence == Queue.maxSequence - 1)
        let last = queue.pop()
        #expect(last?.sequence == Queue.maxSequence && last?.message == 42 && last?.target == ActorAddress(3))
    }
}
