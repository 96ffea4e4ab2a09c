import Foundation
import SimKernel
import Testing

/// A message for the kernel tests: a hop counter and who sent it.
enum Hop: Sendable, Hashable {
    case ping(from: Int32, hop: Int)
    case mark(Int)
}

/// Forwards each ping to a random peer after a random delay until the hop limit.
actor Relay: SimActor {
    nonisolated let context: SimContext<Hop>
    nonisolated var unownedExecutor: UnownedSerialExecutor { context.executor.asUnownedSerialExecutor() }
    let address: ActorAddress
    let peers: Int
    let hopLimit: Int
    var random: RandomStream
    var marks: [Int] = []

    init(context: SimContext<Hop>, address: ActorAddress, peers: Int, seed: UInt64, hopLimit: Int) {
        self.context = context
        self.address = address
        self.peers = peers
        self.hopLimit = hopLimit
        self.random = RandomStream(seed: seed, streamID: UInt64(address.index))
    }

    func receive(_ message: Hop) {
        switch message {
        case .ping(_, let hop):
            guard hop < hopLimit else { return }
            let next = ActorAddress(Int32(random.int(below: peers)))
            // Coarse delays make equal delivery times common, which exercises the sequence tie-break.
            let delay = SimDuration.seconds(Int64(random.int(in: 0...3)))
            context.send(.ping(from: address.index, hop: hop + 1), to: next, after: delay)
        case .mark(let n):
            marks.append(n)
        }
    }

    func recordedMarks() -> [Int] { marks }
}

/// FNV-1a over the full delivery trace: (time, sequence, target, message).
final class TraceHash: @unchecked Sendable {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    var count = 0
    func mix(_ x: UInt64) {
        var v = x
        for _ in 0..<8 {
            value = (value ^ (v & 0xff)) &* 0x100_0000_01b3
            v >>= 8
        }
    }
    func record(_ event: ScheduledEvent<Hop>) {
        count += 1
        mix(UInt64(bitPattern: event.time))
        mix(event.sequence)
        mix(UInt64(bitPattern: Int64(event.target.index)))
        switch event.message {
        case .ping(let from, let hop):
            mix(1)
            mix(UInt64(bitPattern: Int64(from)))
            mix(UInt64(hop))
        case .mark(let n):
            mix(2)
            mix(UInt64(n))
        }
    }
}

struct WorkloadResult: Equatable {
    var hash: UInt64
    var delivered: UInt64
    var end: SimInstant
}

/// Builds a seeded relay world and runs it to completion on its own kernel.
func runRelayWorkload(seed: UInt64, actors: Int = 50, pings: Int = 40, hops: Int = 60) async -> WorkloadResult {
    let context = SimContext<Hop>()
    for index in 0..<actors {
        context.register(
            Relay(context: context, address: ActorAddress(Int32(index)), peers: actors, seed: seed, hopLimit: hops))
    }
    var random = RandomStream(seed: seed, streamID: 999_999)
    for _ in 0..<pings {
        context.send(.ping(from: -1, hop: 0), to: ActorAddress(Int32(random.int(below: actors))))
    }
    let trace = TraceHash()
    context.deliveryHook = { trace.record($0) }
    let kernel = Kernel(context: context)
    let outcome = await context.executor.run { await kernel.run() }
    #expect(outcome.reason == .queueEmpty)
    return WorkloadResult(hash: trace.value, delivered: context.deliveredCount, end: context.now)
}

@Suite struct KernelDeterminismTests {
    @Test func sameSeedGivesTheSameDeliveryTraceHash() async {
        let first = await runRelayWorkload(seed: 7)
        let second = await runRelayWorkload(seed: 7)
        #expect(first == second)
        #expect(first.delivered == 40 * 61)
    }

    @Test func anotherSeedGivesAnotherTrace() async {
        let a = await runRelayWorkload(seed: 7)
        let b = await runRelayWorkload(seed: 8)
        #expect(a.hash != b.hash)
    }

    @Test func twoKernelsOnTwoThreadsAtOnceMatchTheirSoloRuns() async {
        let soloA = await runRelayWorkload(seed: 11)
        let soloB = await runRelayWorkload(seed: 12)
        async let a = runRelayWorkload(seed: 11)
        async let b = runRelayWorkload(seed: 12)
        let (parallelA, parallelB) = await (a, b)
        #expect(parallelA == soloA)
        #expect(parallelB == soloB)
    }
}

/// Records what it receives with the time and sequence of delivery.
actor Recorder: SimActor {
    nonisolated let context: SimContext<Hop>
    nonisolated var unownedExecutor: UnownedSerialExecutor { context.executor.asUnownedSerialExecutor() }
    var log: [(time: Int64, sequence: UInt64, message: Hop)] = []
    var onReceive: (@Sendable (SimContext<Hop>, Hop) -> Void)?

    init(context: SimContext<Hop>) { self.context = context }

    func setOnReceive(_ f: @escaping @Sendable (SimContext<Hop>, Hop) -> Void) { onReceive = f }

    func receive(_ message: Hop) {
        log.append((context.now.milliseconds, context.sequence, message))
        onReceive?(context, message)
    }

    func messages() -> [Hop] { log.map(\.message) }
    func times() -> [Int64] { log.map(\.time) }
}

@Suite struct KernelOrderingTests {
    @Test func eventsAtEqualTimesAreDeliveredInSendOrder() async {
        let context = SimContext<Hop>()
        let recorder = Recorder(context: context)
        let address = context.register(recorder)
        // Sent out of time order; the three at t=5s must arrive in the order they were sent.
        context.send(.mark(1), to: address, after: .seconds(5))
        context.send(.mark(0), to: address, after: .seconds(1))
        context.send(.mark(2), to: address, after: .seconds(5))
        context.send(.mark(3), to: address, after: .seconds(5))
        let kernel = Kernel(context: context)
        _ = await context.executor.run { await kernel.run() }
        let received = await context.executor.run { await recorder.messages() }
        #expect(received == [.mark(0), .mark(1), .mark(2), .mark(3)])
    }

    @Test func aTimerSetInThePastIsAnError() async throws {
        let context = SimContext<Hop>()
        let recorder = Recorder(context: context)
        let address = context.register(recorder)
        context.send(.mark(1), to: address, after: .seconds(10))
        let kernel = Kernel(context: context)
        _ = await context.executor.run { await kernel.run() }
        #expect(context.now == SimInstant(milliseconds: 10_000))
        #expect(throws: SchedulingError.timeInPast(requested: SimInstant(milliseconds: 9_999), now: context.now)) {
            try context.setTimer(at: SimInstant(milliseconds: 9_999), to: address, .mark(2))
        }
        // The present is allowed.
        try context.setTimer(at: context.now, to: address, .mark(3))
        #expect(context.pendingCount == 1)
    }

    @Test func runUntilStopsAtTheLimitAndResumes() async {
        let context = SimContext<Hop>()
        let recorder = Recorder(context: context)
        let address = context.register(recorder)
        for second in [1, 2, 3, 4] as [Int64] { context.send(.mark(Int(second)), to: address, after: .seconds(second)) }
        let kernel = Kernel(context: context)
        let first = await context.executor.run { await kernel.run(until: SimInstant(milliseconds: 2_000)) }
        #expect(first.reason == .timeLimit)
        #expect(first.delivered == 2)
        #expect(context.now == SimInstant(milliseconds: 2_000))
        let rest = await context.executor.run { await kernel.run() }
        #expect(rest.reason == .queueEmpty)
        #expect(rest.delivered == 2)
    }

    @Test func cancelledTimersAreNeverDelivered() async {
        let context = SimContext<Hop>()
        let recorder = Recorder(context: context)
        let address = context.register(recorder)
        let keep = context.setTimer(after: .seconds(1), to: address, .mark(1))
        let drop = context.setTimer(after: .seconds(2), to: address, .mark(2))
        context.cancel(drop)
        _ = keep
        let kernel = Kernel(context: context)
        _ = await context.executor.run { await kernel.run() }
        #expect(await context.executor.run { await recorder.messages() } == [.mark(1)])
    }

    @Test func aHandlerCanStopTheRun() async {
        let context = SimContext<Hop>()
        let recorder = Recorder(context: context)
        let address = context.register(recorder)
        await context.executor.run {
            await recorder.setOnReceive { ctx, message in
                if message == .mark(2) { ctx.requestStop() }
            }
        }
        for n in 1...4 { context.send(.mark(n), to: address, after: .seconds(Int64(n))) }
        let kernel = Kernel(context: context)
        let outcome = await context.executor.run { await kernel.run() }
        #expect(outcome.reason == .stopped)
        #expect(context.pendingCount == 2)
    }

    @Test func deliveryRunsInlineWithoutAJobPerEvent() async {
        let context = SimContext<Hop>()
        let recorder = Recorder(context: context)
        let address = context.register(recorder)
        for n in 0..<1_000 { context.send(.mark(n), to: address, after: .milliseconds(Int64(n))) }
        let kernel = Kernel(context: context)
        let outcome = await context.executor.run { await kernel.run() }
        #expect(outcome.delivered == 1_000)
        // Entering the run and leaving it cost a few jobs; delivering 1,000 events costs none.
        #expect(context.executor.enqueuedJobCount < 10)
    }
}

@Suite struct ObservationSinkTests {
    @Test func observationsAreNotBuiltWhenNobodyListens() {
        let sink = ObservationSink<String>()
        var built = 0
        func make() -> String {
            built += 1
            return "x"
        }
        sink.emit(make(), at: .zero)
        #expect(built == 0)
        var seen: [UInt64] = []
        sink.subscribe { seen.append($0.index) }
        sink.emit(make(), at: .zero)
        sink.emit(make(), at: SimInstant(milliseconds: 5))
        #expect(built == 2)
        #expect(seen == [0, 1])
    }
}

/// An actor that wrongly keeps the default executor of its own instead of its context's.
actor Stray: SimActor {
    nonisolated let context: SimContext<Hop>
    init(context: SimContext<Hop>) { self.context = context }
    func receive(_ message: Hop) {}
}

@Suite struct KernelRegistrationTests {
    @Test func registeringAnActorOnAnotherExecutorTraps() async {
        // Delivery is inline and relies on every actor sharing the run's executor.
        await #expect(processExitsWith: .failure) {
            let context = SimContext<Hop>()
            context.register(Stray(context: context))
        }
    }
}

/// A payload holding a reference, to check the heap's moves neither leak nor over-release.
final class Tracked: @unchecked Sendable {
    static let live = LiveCount()
    let value: Int
    init(_ value: Int) {
        self.value = value
        Self.live.add(1)
    }
    deinit { Self.live.add(-1) }
}

final class LiveCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add(_ n: Int) {
        lock.lock()
        count += n
        lock.unlock()
    }
    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}

@Suite(.serialized) struct EventQueueTests {
    @Test func popsInTimeThenSequenceOrderAndKeepsEachPayloadExactlyOnce() {
        var random = RandomStream(seed: 3, streamID: 0)
        var queue = EventQueue<Tracked>()
        var pending: [(time: Int64, sequence: UInt64)] = []
        var popped = 0
        var sequence: UInt64 = 0
        let before = Tracked.live.value
        for round in 0..<3_000 {
            // Mostly pushes early, mostly pops late; coarse times make ties common.
            if random.int(below: 3_000) >= round || queue.isEmpty {
                sequence += 1
                let time = Int64(random.int(below: 50))
                let payload = Tracked(Int(sequence))
                queue.push(ScheduledEvent(time: time, sequence: sequence, target: ActorAddress(0), message: payload))
                pending.append((time, sequence))
            } else {
                let event = queue.pop()!
                #expect(event.message.value == Int(event.sequence))
                popped += 1
                let index = pending.firstIndex { $0.time == event.time && $0.sequence == event.sequence }!
                let earliest = pending.min { ($0.time, $0.sequence) < ($1.time, $1.sequence) }!
                #expect(earliest.time == event.time && earliest.sequence == event.sequence)
                pending.remove(at: index)
            }
            #expect(queue.count == pending.count)
        }
        #expect(Tracked.live.value - before == pending.count)
        while let event = queue.pop() {
            #expect(event.message.value == Int(event.sequence))
        }
        #expect(Tracked.live.value == before)
        #expect(popped > 1_000)
    }
}
