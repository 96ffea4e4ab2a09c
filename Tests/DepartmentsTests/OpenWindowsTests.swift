import Testing

@testable import Departments
@testable import SharingModel
@testable import SimKernel

/// ``SerialWindow`` (open requests and applications by serial) against a dictionary doing the same work.
@Suite struct SerialWindowTests {
    @Test func behavesLikeADictionaryKeyedBySerial() {
        var random = RandomStream(seed: 5, streamID: 1)
        var window = SerialWindow<Int>()
        var reference: [UInt64: Int] = [:]
        var next: UInt64 = 1
        for step in 0..<20_000 {
            if random.int(below: 3) == 0 || reference.isEmpty {
                next += UInt64(random.int(below: 3))  // gaps, as applications complete at once
                window.append(step, serial: next)
                reference[next] = step
                next += 1
            } else {
                // Remove a held serial (mostly recent ones, sometimes the oldest) or one never held.
                let keys = reference.keys.sorted()
                let serial = random.bernoulli(0.1) ? next + 5 : keys[random.int(below: keys.count)]
                #expect(window.remove(serial) == reference.removeValue(forKey: serial))
            }
            #expect(window.count == reference.count)
            let oldest = reference.keys.min()
            #expect(window.first?.serial == oldest)
            if let oldest { #expect(window[oldest] == reference[oldest]) }
        }
        #expect(window.elements.map(\.serial) == reference.keys.sorted())
    }

    @Test func storageFollowsTheWindowNotEverySerialEver() {
        var window = SerialWindow<Int>()
        for serial in UInt64(1)...100_000 {
            window.append(Int(serial), serial: serial)
            if serial > 10 { _ = window.remove(serial - 10) }
        }
        #expect(window.count == 10)
        #expect(window.slots.count < 200)
        #expect(window.first?.serial == 99_991)
    }
}

/// R-USE-2: one sweep timer stands for every open application's wait limit, and each still closes at
/// exactly its own limit, in the order their own timers had.
@Suite struct ApplicationDeadlinesTests {
    @Test func oneTimerAtTheEarliestOpenLimit() {
        var deadlines = ApplicationDeadlines()
        var open = SerialWindow<OpenApplication>()
        func application(_ number: UInt32, service: Int) {
            open.append(OpenApplication(service: service, arrivedAt: .zero), serial: UInt64(number))
        }
        // Service 0 waits 100 ms, service 1 waits 30 ms.
        application(1, service: 0)
        #expect(deadlines.add(1, service: 0, deadline: SimInstant(milliseconds: 100)) == SimInstant(milliseconds: 100))
        application(2, service: 0)
        #expect(deadlines.add(2, service: 0, deadline: SimInstant(milliseconds: 110)) == nil)
        // An earlier limit of another service brings the timer forward.
        application(3, service: 1)
        #expect(deadlines.add(3, service: 1, deadline: SimInstant(milliseconds: 50)) == SimInstant(milliseconds: 50))
        // Application 1 completes in time; at 50 only application 3 is due.
        _ = open.remove(1)
        #expect(deadlines.takeDue(at: SimInstant(milliseconds: 50)) == [3])
        _ = open.remove(3)
        // Next: application 2's own limit (1's is skipped, it is complete).
        #expect(deadlines.nextSweep(open: open) == SimInstant(milliseconds: 110))
        // The replaced timer at 100 finds nothing due and books nothing.
        #expect(deadlines.takeDue(at: SimInstant(milliseconds: 100)) == [])
        #expect(deadlines.nextSweep(open: open) == nil)
        #expect(deadlines.takeDue(at: SimInstant(milliseconds: 110)) == [2])
        _ = open.remove(2)
        #expect(deadlines.nextSweep(open: open) == nil)
        // Nothing pending: the next application books a timer again.
        application(4, service: 0)
        #expect(deadlines.add(4, service: 0, deadline: SimInstant(milliseconds: 300)) == SimInstant(milliseconds: 300))
    }

    @Test func equalLimitsCloseInArrivalOrder() {
        var deadlines = ApplicationDeadlines()
        _ = deadlines.add(7, service: 1, deadline: SimInstant(milliseconds: 40))
        _ = deadlines.add(8, service: 0, deadline: SimInstant(milliseconds: 40))
        _ = deadlines.add(9, service: 1, deadline: SimInstant(milliseconds: 40))
        #expect(deadlines.takeDue(at: SimInstant(milliseconds: 40)) == [7, 8, 9])
    }
}
