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
    /// Application `number` of `service`, arrived at `at` ms, is open.
    private func open(
        _ number: UInt32, service: Int, at: Int64, in window: inout SerialWindow<OpenApplication>
    ) {
        window.append(
            OpenApplication(service: service, arrivedAt: SimInstant(milliseconds: at)), serial: UInt64(number))
    }

    @Test func oneTimerAtTheEarliestOpenLimit() {
        // Service 0 waits 100 ms, service 1 waits 30 ms.
        var deadlines = ApplicationDeadlines(limits: [.milliseconds(100), .milliseconds(30)])
        var window = SerialWindow<OpenApplication>()
        open(1, service: 0, at: 0, in: &window)
        #expect(deadlines.add(deadline: SimInstant(milliseconds: 100)) == SimInstant(milliseconds: 100))
        open(2, service: 0, at: 10, in: &window)
        #expect(deadlines.add(deadline: SimInstant(milliseconds: 110)) == nil)
        // An earlier limit of another service brings the timer forward.
        open(3, service: 1, at: 20, in: &window)
        #expect(deadlines.add(deadline: SimInstant(milliseconds: 50)) == SimInstant(milliseconds: 50))
        // Application 1 completes in time; at 50 only application 3 is due.
        _ = window.remove(1)
        #expect(deadlines.takeDue(at: SimInstant(milliseconds: 50), open: window) == [3])
        _ = window.remove(3)
        // Next: application 2's own limit (1's is gone, it is complete).
        #expect(deadlines.nextSweep(open: window) == SimInstant(milliseconds: 110))
        // The replaced timer at 100 finds nothing due and books nothing.
        #expect(deadlines.takeDue(at: SimInstant(milliseconds: 100), open: window) == [])
        #expect(deadlines.nextSweep(open: window) == nil)
        #expect(deadlines.takeDue(at: SimInstant(milliseconds: 110), open: window) == [2])
        _ = window.remove(2)
        #expect(deadlines.nextSweep(open: window) == nil)
        // Nothing pending: the next application books a timer again.
        open(4, service: 0, at: 200, in: &window)
        #expect(deadlines.add(deadline: SimInstant(milliseconds: 300)) == SimInstant(milliseconds: 300))
    }

    @Test func dueInDeadlineOrderThenArrival() {
        // Service 0 waits 30 ms, service 1 waits 40 ms: a later arrival can be due first.
        var deadlines = ApplicationDeadlines(limits: [.milliseconds(30), .milliseconds(40)])
        var window = SerialWindow<OpenApplication>()
        open(7, service: 1, at: 0, in: &window)  // due at 40
        open(8, service: 0, at: 5, in: &window)  // due at 35
        open(9, service: 0, at: 10, in: &window)  // due at 40
        open(10, service: 0, at: 11, in: &window)  // due at 41
        #expect(deadlines.takeDue(at: SimInstant(milliseconds: 40), open: window) == [8, 7, 9])
    }

    @Test func aLongerLimitAheadDoesNotHideAShorterOneBehind() {
        var deadlines = ApplicationDeadlines(limits: [.milliseconds(10), .milliseconds(100)])
        var window = SerialWindow<OpenApplication>()
        open(1, service: 1, at: 0, in: &window)  // due at 100
        open(2, service: 0, at: 5, in: &window)  // due at 15
        #expect(deadlines.nextSweep(open: window) == SimInstant(milliseconds: 15))
        #expect(deadlines.takeDue(at: SimInstant(milliseconds: 15), open: window) == [2])
    }

    /// Random arrivals, completions and sweeps against the plain rule: at a sweep, exactly the open
    /// applications past their limit, by (deadline, number); the next sweep at the earliest open limit.
    @Test func matchesTheEarliestOpenDeadlineEverywhere() {
        var random = RandomStream(seed: 11, streamID: 3)
        let limits: [SimDuration] = [.milliseconds(50), .milliseconds(20), .milliseconds(200)]
        var deadlines = ApplicationDeadlines(limits: limits)
        var window = SerialWindow<OpenApplication>()
        var reference: [UInt32: SimInstant] = [:]
        var timers: [SimInstant] = []
        var now: Int64 = 0
        var number: UInt32 = 0
        func expectedDue(at instant: SimInstant) -> [UInt32] {
            reference.filter { $0.value <= instant }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
        }
        for _ in 0..<5_000 {
            let fire = timers.min().map { $0.milliseconds <= now + 3 } ?? false
            if fire, let at = timers.min() {
                timers.remove(at: timers.firstIndex(of: at)!)
                now = at.milliseconds
                let due = deadlines.takeDue(at: at, open: window)
                #expect(due == expectedDue(at: at))
                for n in due {
                    _ = window.remove(UInt64(n))
                    reference[n] = nil
                }
                if let next = deadlines.nextSweep(open: window) {
                    #expect(next == reference.values.min())
                    timers.append(next)
                }
            } else if random.bernoulli(0.4), let n = reference.keys.sorted().randomElement(using: &random) {
                _ = window.remove(UInt64(n))
                reference[n] = nil
            } else {
                now += Int64(random.int(below: 4))
                number += 1
                let service = random.int(below: limits.count)
                let deadline = SimInstant(milliseconds: now) + limits[service]
                window.append(
                    OpenApplication(service: service, arrivedAt: SimInstant(milliseconds: now)), serial: UInt64(number))
                reference[number] = deadline
                if let sweep = deadlines.add(deadline: deadline) { timers.append(sweep) }
            }
            // Every open application is covered by a timer no later than its deadline.
            if let earliest = reference.values.min() { #expect(timers.contains { $0 <= earliest }) }
        }
    }
}

/// An open request's origin is packed into 8 bytes, so that an entry of the open-requests window takes 32
/// (docs/decisions/0022), and says what it was made with.
@Suite struct OpenRequestOriginTests {
    @Test func anOriginGivesBackWhatItWasMadeWith() throws {
        for (application, service, need, applying) in [
            (UInt32(0), 0, 0, false), (1, 1, 1, true), (.max, OpenRequests.Origin.serviceLimit - 1, 63, true),
            (77, 12_345, 62, false),
        ] {
            let origin = OpenRequests.Origin.need(
                application: application, service: service, need: need, applying: applying)
            let unpacked = try #require(origin.need)
            #expect(unpacked.application == application)
            #expect(unpacked.service == service)
            #expect(unpacked.need == need)
            #expect(unpacked.applying == applying)
            #expect(origin != .scripted)
        }
        #expect(OpenRequests.Origin.scripted.need == nil)
    }

    @Test func anEntryTakesFourWords() {
        #expect(MemoryLayout<OpenRequests.Origin>.size == 8)
        // The window holds optional entries: the request's reference lends the optional its tag.
        #expect(MemoryLayout<OpenRequests.Entry?>.stride == 32)
    }
}
