import Foundation
import SimKernel

/// The message of the kernel benchmark: shaped like the simulator's real traffic (a request with
/// ids and a purpose, an answer), so the measured cost includes moving realistic payloads.
public enum BenchMessage: Sendable {
    case request(BenchRequest)
    case answer(from: ActorAddress, requestID: UInt64, granted: Bool)
}

/// A request payload of realistic size.
public struct BenchRequest: Sendable {
    public var from: ActorAddress
    public var requestID: UInt64
    public var resource: UInt32
    public var purpose: UInt16
}

/// One participant of the benchmark: answers requests after an exponential delay and, on each
/// answer, sends a new request to a random peer.
actor BenchParticipant: SimActor {
    nonisolated let context: SimContext<BenchMessage>
    nonisolated var unownedExecutor: UnownedSerialExecutor { context.executor.asUnownedSerialExecutor() }
    private let address: ActorAddress
    private let peers: Int
    private let eventLimit: UInt64
    @exclusivity(unchecked) private var random: RandomStream
    @exclusivity(unchecked) private var nextID: UInt64 = 0

    init(context: SimContext<BenchMessage>, address: ActorAddress, peers: Int, seed: UInt64, eventLimit: UInt64) {
        self.context = context
        self.address = address
        self.peers = peers
        self.eventLimit = eventLimit
        self.random = RandomStream(seed: seed, streamID: UInt64(address.index))
    }

    func receive(_ message: BenchMessage) {
        if context.deliveredCount >= eventLimit {
            context.requestStop()
            return
        }
        switch message {
        case .request(let request):
            let delay = SimDuration.milliseconds(Int64(random.exponential(mean: 40_000)))
            context.send(
                .answer(from: address, requestID: request.requestID, granted: request.purpose & 1 == 0),
                to: request.from, after: delay)
        case .answer:
            sendRequest()
        }
    }

    func sendRequest() {
        nextID &+= 1
        let target = ActorAddress(Int32(random.int(below: peers)))
        let delay = SimDuration.milliseconds(Int64(random.exponential(mean: 60_000)))
        let request = BenchRequest(
            from: address, requestID: nextID, resource: UInt32(truncatingIfNeeded: nextID), purpose: UInt16(nextID & 7))
        context.send(.request(request), to: target, after: delay)
    }
}

/// `sharesim bench kernel`: many actors exchanging messages with random delays, against a plain
/// heap loop doing the same schedule/pop work without actors (issue 3's speed target).
public enum KernelBenchmark {
    /// What to run.
    public struct Configuration: Sendable {
        public var actors = 1000
        public var events: UInt64 = 4_000_000
        /// Requests in flight at the start (each actor starts this many / actors).
        public var inFlight = 20_000
        public var seed: UInt64 = 1
        public init() {}
    }

    /// The figures one benchmark run prints.
    public struct Result: Sendable {
        public var events: UInt64
        public var seconds: Double
        public var eventsPerSecond: Double
        public var baselineEvents: UInt64
        public var baselineSeconds: Double
        public var baselineEventsPerSecond: Double
        /// Baseline events/s divided by kernel events/s (1.0 = no overhead).
        public var ratio: Double
        /// The same loop on the textbook binary heap of whole events (the queue before 0003).
        public var textbookEventsPerSecond: Double
        /// Two kernels on two threads together, against one kernel alone (events/s ratio).
        public var parallelSpeedup: Double
        public var peakRSSBytes: UInt64
        /// Resident memory growth between the middle and the end of the kernel run.
        public var rssGrowthBytes: Int64
        /// The trace checksum, so two runs can be compared.
        public var checksum: UInt64
    }

    /// Runs the kernel once, the baseline once, and two kernels in parallel.
    public static func run(_ configuration: Configuration) -> Result {
        // Warm up allocators and code paths so the first measurement is not penalized.
        var warm = configuration
        warm.events = min(configuration.events / 10, 200_000)
        _ = runKernel(warm, measureGrowth: false)

        let kernel = runKernel(configuration, measureGrowth: true)
        let baseline = runBaseline(configuration, queue: EventQueue<BenchMessage>())
        let textbook = runBaseline(configuration, queue: BinaryEventHeap<BenchMessage>())
        let parallel = runParallelPair(configuration)
        let single = Double(kernel.events) / kernel.seconds
        let baselineRate = Double(baseline.events) / baseline.seconds
        return Result(
            events: kernel.events, seconds: kernel.seconds, eventsPerSecond: single,
            baselineEvents: baseline.events, baselineSeconds: baseline.seconds, baselineEventsPerSecond: baselineRate,
            ratio: baselineRate / single,
            textbookEventsPerSecond: Double(textbook.events) / textbook.seconds, parallelSpeedup: parallel / single,
            peakRSSBytes: ProcessMemory.peakRSSBytes(), rssGrowthBytes: kernel.growth, checksum: kernel.checksum)
    }

    struct KernelRun: Sendable {
        var events: UInt64
        var seconds: Double
        var growth: Int64
        var checksum: UInt64
    }

    static func buildWorld(_ c: Configuration) -> (Kernel<BenchMessage>, [BenchParticipant]) {
        let context = SimContext<BenchMessage>()
        var participants: [BenchParticipant] = []
        participants.reserveCapacity(c.actors)
        for index in 0..<c.actors {
            let p = BenchParticipant(
                context: context, address: ActorAddress(Int32(index)), peers: c.actors, seed: c.seed,
                eventLimit: c.events)
            context.register(p)
            participants.append(p)
        }
        return (Kernel(context: context), participants)
    }

    static func runKernel(_ c: Configuration, measureGrowth: Bool) -> KernelRun {
        let (kernel, participants) = buildWorld(c)
        let context = kernel.context
        var rng = RandomStream(seed: c.seed, streamID: UInt64.max)
        for i in 0..<c.inFlight {
            let target = ActorAddress(Int32(rng.int(below: c.actors)))
            let from = ActorAddress(Int32(i % c.actors))
            context.send(
                .request(BenchRequest(from: from, requestID: UInt64(i), resource: 0, purpose: 0)), to: target,
                after: .milliseconds(Int64(rng.exponential(mean: 60_000))))
        }
        let watch = Stopwatch()
        let growth: Int64 = context.executor.runBlocking {
            if measureGrowth {
                // Run the first half, read memory, run the rest: memory must stay flat.
                _ = await deliverEvents(kernel, stopWhen: { context.deliveredCount >= c.events / 2 })
                let middle = ProcessMemory.currentRSSBytes()
                _ = await deliverEvents(kernel, )
                return Int64(ProcessMemory.currentRSSBytes()) - Int64(middle)
            }
            _ = await deliverEvents(kernel, )
            return 0
        }
        let seconds = watch.seconds
        _ = participants
        return KernelRun(
            events: context.deliveredCount, seconds: seconds, growth: growth,
            checksum: context.deliveredCount ^ UInt64(bitPattern: context.now.milliseconds))
    }

    /// The same schedule/pop work and random draws, with no actors and no executor, on `queue`: the
    /// kernel's own ``EventQueue`` (the baseline of the ratio) or the textbook ``BinaryEventHeap``.
    static func runBaseline<Queue: BenchQueue & ~Copyable>(
        _ c: Configuration, queue: consuming Queue
    ) -> (events: UInt64, seconds: Double) {
        var queue = queue
        var streams = (0..<c.actors).map { RandomStream(seed: c.seed, streamID: UInt64($0)) }
        var ids = [UInt64](repeating: 0, count: c.actors)
        var rng = RandomStream(seed: c.seed, streamID: UInt64.max)
        var sequence: UInt64 = 0
        for i in 0..<c.inFlight {
            let target = ActorAddress(Int32(rng.int(below: c.actors)))
            sequence += 1
            queue.push(
                ScheduledEvent(
                    time: Int64(rng.exponential(mean: 60_000)), sequence: sequence, target: target,
                    message: .request(
                        BenchRequest(
                            from: ActorAddress(Int32(i % c.actors)), requestID: UInt64(i), resource: 0, purpose: 0
                        ))))
        }
        let watch = Stopwatch()
        var delivered: UInt64 = 0
        while let event = queue.pop() {
            delivered += 1
            if delivered > c.events { break }
            let me = Int(event.target.index)
            switch event.message {
            case .request(let request):
                let delay = Int64(streams[me].exponential(mean: 40_000))
                sequence += 1
                queue.push(
                    ScheduledEvent(
                        time: event.time + delay, sequence: sequence, target: request.from,
                        message: .answer(from: event.target, requestID: request.requestID, granted: true)))
            case .answer:
                ids[me] &+= 1
                let target = ActorAddress(Int32(streams[me].int(below: c.actors)))
                let delay = Int64(streams[me].exponential(mean: 60_000))
                sequence += 1
                let request = BenchRequest(
                    from: event.target, requestID: ids[me], resource: UInt32(truncatingIfNeeded: ids[me]),
                    purpose: UInt16(ids[me] & 7))
                queue.push(
                    ScheduledEvent(
                        time: event.time + delay, sequence: sequence, target: target, message: .request(request)))
            }
        }
        return (min(delivered, c.events), watch.seconds)
    }

    /// Two independent kernels on two threads at once; returns their combined events/s.
    static func runParallelPair(_ c: Configuration) -> Double {
        let group = DispatchGroup()
        let results = SharedRuns()
        let watch = Stopwatch()
        for lane in 0..<2 {
            var lane_ = c
            lane_.seed = c.seed &+ UInt64(lane) &+ 1
            let laneConfig = lane_
            group.enter()
            let thread = Thread {
                let run = runKernel(laneConfig, measureGrowth: false)
                results.add(run.events)
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        return Double(results.total) / watch.seconds
    }
}

/// The two operations the plain heap loop needs, so it runs on either queue.
protocol BenchQueue: ~Copyable {
    mutating func push(_ event: ScheduledEvent<BenchMessage>)
    mutating func pop() -> ScheduledEvent<BenchMessage>?
}

extension EventQueue: BenchQueue where Message == BenchMessage {}
extension BinaryEventHeap: BenchQueue where Message == BenchMessage {}

private final class SharedRuns: @unchecked Sendable {
    private let lock = NSLock()
    private var sum: UInt64 = 0
    func add(_ events: UInt64) {
        lock.lock()
        sum += events
        lock.unlock()
    }
    var total: UInt64 {
        lock.lock()
        defer { lock.unlock() }
        return sum
    }
}
