import Foundation
import SimKernel

/// The messages of the SimPy comparison workload.
public enum SimpyMessage: Sendable {
    /// A department's request, arriving at the platform.
    case request(from: ActorAddress)
    /// The platform's reply, arriving at the department.
    case reply
}

/// A department of the SimPy workload: thinks for an exponential time, sends a request, waits for the reply.
actor SimpyDepartment: SimActor {
    nonisolated let context: SimContext<SimpyMessage>
    nonisolated var unownedExecutor: UnownedSerialExecutor { context.executor.asUnownedSerialExecutor() }
    private let address: ActorAddress
    private let platform: ActorAddress
    private let thinkMean: Double
    private let eventLimit: UInt64
    @exclusivity(unchecked) private var random: RandomStream

    init(
        context: SimContext<SimpyMessage>, address: ActorAddress, platform: ActorAddress,
        configuration: SimpyBenchmark.Configuration
    ) {
        self.context = context
        self.address = address
        self.platform = platform
        thinkMean = configuration.thinkMeanMilliseconds
        eventLimit = configuration.events
        random = RandomStream(seed: configuration.seed, streamID: UInt64(address.index))
    }

    func receive(_ message: SimpyMessage) {
        if context.deliveredCount >= eventLimit {
            context.requestStop()
            return
        }
        sendRequest()
    }

    /// The request arrives at the platform when the thinking ends (SimPy: `yield env.timeout(think)`).
    func sendRequest() {
        let think = SimDuration.milliseconds(Int64(random.exponential(mean: thinkMean)))
        context.send(.request(from: address), to: platform, after: think)
    }
}

/// The platform of the SimPy workload: replies to each request after an exponential delay.
actor SimpyPlatform: SimActor {
    nonisolated let context: SimContext<SimpyMessage>
    nonisolated var unownedExecutor: UnownedSerialExecutor { context.executor.asUnownedSerialExecutor() }
    private let replyMean: Double
    private let eventLimit: UInt64
    @exclusivity(unchecked) private var random: RandomStream

    init(context: SimContext<SimpyMessage>, configuration: SimpyBenchmark.Configuration) {
        self.context = context
        replyMean = configuration.replyMeanMilliseconds
        eventLimit = configuration.events
        random = RandomStream(seed: configuration.seed, streamID: UInt64.max)
    }

    func receive(_ message: SimpyMessage) {
        if context.deliveredCount >= eventLimit {
            context.requestStop()
            return
        }
        guard case .request(let from) = message else { return }
        context.send(.reply, to: from, after: .milliseconds(Int64(random.exponential(mean: replyMean))))
    }
}

/// `sharesim bench simpy`: the workload of `scripts/simpy_reference.py` (1,000 departments send requests to one
/// platform, which replies after an exponential delay) on ShareSim's kernel. The SimPy reference runs in Python
/// (README, "Benchmarks"); in this process the baseline is the plain heap loop doing the same work without actors.
public enum SimpyBenchmark {
    /// What to run; the defaults match `scripts/simpy_reference.py`'s.
    public struct Configuration: Sendable {
        public var departments = 1000
        /// Messages delivered (requests at the platform plus replies at departments).
        public var events: UInt64 = 2_000_000
        public var thinkMeanMilliseconds = 10_000.0
        public var replyMeanMilliseconds = 2_000.0
        public var seed: UInt64 = 1
        public init() {}
    }

    /// The figures of the suite.
    public struct Result: Sendable {
        public var events: UInt64
        public var seconds: Double
        public var eventsPerSecond: Double
        /// The same schedule/pop work on the kernel's queue without actors.
        public var baselineEventsPerSecond: Double
        /// Baseline events/s divided by ShareSim's.
        public var ratio: Double
        public var peakRSSBytes: UInt64
    }

    /// Runs the workload on the kernel, then the baseline.
    public static func run(_ c: Configuration) -> Result {
        let context = SimContext<SimpyMessage>()
        let platform = SimpyPlatform(context: context, configuration: c)
        let platformAddress = context.register(platform)
        var departments: [SimpyDepartment] = []
        for i in 0..<c.departments {
            let d = SimpyDepartment(
                context: context, address: ActorAddress(Int32(i + 1)), platform: platformAddress, configuration: c)
            context.register(d)
            departments.append(d)
        }
        // Each department's first request: its thinking starts at time zero (drawn from its own stream).
        for i in 0..<c.departments {
            var random = RandomStream(seed: c.seed, streamID: UInt64(i + 1) | 1 << 62)
            context.send(
                .request(from: ActorAddress(Int32(i + 1))), to: platformAddress,
                after: .milliseconds(Int64(random.exponential(mean: c.thinkMeanMilliseconds))))
        }
        let kernel = Kernel(context: context)
        let watch = Stopwatch()
        context.executor.runBlocking { _ = await deliverEvents(kernel) }
        let seconds = watch.seconds
        _ = departments
        let events = context.deliveredCount
        let baseline = runBaseline(c)
        let rate = Double(events) / seconds
        return Result(
            events: events, seconds: seconds, eventsPerSecond: rate, baselineEventsPerSecond: baseline,
            ratio: baseline / rate, peakRSSBytes: ProcessMemory.peakRSSBytes())
    }

    /// The same requests and replies with the same random draws, popped from the kernel's queue by a plain loop.
    static func runBaseline(_ c: Configuration) -> Double {
        var queue = EventQueue<SimpyMessage>()
        var streams = (0...c.departments).map {
            RandomStream(seed: c.seed, streamID: $0 == 0 ? UInt64.max : UInt64($0))
        }
        var sequence: UInt64 = 0
        for i in 0..<c.departments {
            var random = RandomStream(seed: c.seed, streamID: UInt64(i + 1) | 1 << 62)
            sequence += 1
            queue.push(
                time: Int64(random.exponential(mean: c.thinkMeanMilliseconds)), sequence: sequence,
                target: ActorAddress(0), message: .request(from: ActorAddress(Int32(i + 1))))
        }
        let watch = Stopwatch()
        var delivered: UInt64 = 0
        while let event = queue.pop() {
            delivered += 1
            if delivered >= c.events { break }
            sequence += 1
            switch event.message {
            case .request(let from):
                let delay = Int64(streams[0].exponential(mean: c.replyMeanMilliseconds))
                queue.push(time: event.time + delay, sequence: sequence, target: from, message: .reply)
            case .reply:
                let me = Int(event.target.index)
                let delay = Int64(streams[me].exponential(mean: c.thinkMeanMilliseconds))
                queue.push(
                    time: event.time + delay, sequence: sequence, target: ActorAddress(0),
                    message: .request(from: event.target))
            }
        }
        return Double(delivered) / watch.seconds
    }
}
