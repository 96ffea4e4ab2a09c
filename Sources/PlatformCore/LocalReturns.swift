import SharingModel
import SimKernel

/// The local government's side of the vertical lines its departments collect on (R-RET-2), kept by
/// its platform: it asks for the line's records (on a subscription, or when the script says), and
/// records what comes back, which is then available locally.
struct LocalReturns: Sendable {
    private let plans: [LocalReturnPlan]
    private let government: GovernmentID
    private let level: Level
    private let address: ActorAddress
    /// Its own stream (`returns:<government>`), so lines do not shift the platform's other draws.
    private var random: RandomStream
    /// Per plan: the serial of the last request.
    private var serials: [UInt32]
    /// Per plan: records returned so far.
    private(set) var returned: [Int]
    /// Requests sent and not yet answered or refused.
    private(set) var openRequests = 0

    init(configuration: PlatformConfiguration) {
        plans = configuration.returnLines
        government = configuration.government
        level = configuration.level
        address = configuration.address
        random = RandomStream(seed: configuration.seed, name: "returns:\(configuration.government.rawValue)")
        serials = Array(repeating: 0, count: plans.count)
        returned = Array(repeating: 0, count: plans.count)
    }

    mutating func handle(_ message: VerticalMessage, now: SimInstant, into out: inout DirectiveBuffer) {
        switch message {
        case .start:
            for plan in plans {
                guard let days = plan.requestEveryDays else { continue }
                out.append(.timer(.timer(.vertical(.subscription(line: plan.line))), at: now + .days(Int64(days))))
            }
        case .askForReturn(let line):
            guard let p = planIndex(line) else { return }
            ask(p, into: &out)
        case .returnBatch(let batch):
            guard let p = planIndex(batch.line) else { return }
            if batch.serial != nil { openRequests -= 1 }
            returned[p] += batch.records
            out.append(
                .observe(
                    .vertical(
                        .dataReturned(
                            LineReturnArrival(
                                line: plans[p].id, government: government, level: level, pushed: batch.serial == nil,
                                segments: batch.segments)))))
        case .returnRefused(let request):
            guard let p = planIndex(request.line) else { return }
            openRequests -= 1
            out.append(
                .observe(
                    .vertical(
                        .returnRefused(
                            LineReturnEvent(
                                line: plans[p].id, government: government, level: level, serial: request.serial)
                        ))))
        case .report, .reportAck, .returnRequest, .setReturnPolicy:
            // Department business: collectors and receivers.
            break
        }
    }

    mutating func handle(_ timer: VerticalTimer, now: SimInstant, into out: inout DirectiveBuffer) {
        guard case .subscription(let line) = timer, let p = planIndex(line), let days = plans[p].requestEveryDays else {
            return
        }
        ask(p, into: &out)
        out.append(.timer(.timer(.vertical(.subscription(line: line))), at: now + .days(Int64(days))))
    }

    /// R-RET-2: the local government asks the line's receiver for its records.
    private mutating func ask(_ p: Int, into out: inout DirectiveBuffer) {
        let plan = plans[p]
        serials[p] &+= 1
        openRequests += 1
        out.append(
            .observe(
                .vertical(
                    .returnRequested(
                        LineReturnEvent(line: plan.id, government: government, level: level, serial: serials[p])))))
        let request = ReturnRequest(line: plan.line, local: plan.local, platform: address, serial: serials[p])
        out.append(.send(.vertical(.returnRequest(request)), to: plan.receiver, after: plan.latency.sample(&random)))
    }

    private func planIndex(_ line: Int32) -> Int? { plans.firstIndex { $0.line == line } }
}

extension PlatformInstance {
    /// R-RET-2: records of vertical lines returned to this government so far (available locally).
    public var returnedLineRecords: Int { returns.returned.reduce(0, +) }

    /// R-RET-2: return requests this government sent that are not answered or refused yet.
    public var openReturnRequests: Int { returns.openRequests }
}
