import SharingModel
import SimKernel

/// A department's role as the receiver of one vertical line: it holds what collectors report
/// (R-RET-1) and returns it to the collecting governments by the line's policy (R-RET-2): pushes on
/// a schedule, answers requests after a review, or refuses them when the line is blocked.
struct LineReceiver: Sendable {
    let plan: ReceiverPlan
    /// Its own stream (`line:<line>:<department>`), so lines do not shift the department's other draws.
    private var random: RandomStream
    /// The policy in force (the scenario's, until the script changes it).
    private(set) var policy: ReturnPolicy
    /// Records received and not returned yet, per collecting government.
    private(set) var held: [[ReturnSegment]]
    /// Records received since the start (R-RET-1), whatever became of them.
    private(set) var received = 0
    private var pushScheduled = false

    init(plan: ReceiverPlan, department: DepartmentID, seed: UInt64) {
        self.plan = plan
        random = RandomStream(seed: seed, name: "line:\(plan.spec.id.rawValue):\(department.rawValue)")
        policy = plan.spec.returnPolicy
        held = Array(repeating: [], count: plan.locals.count)
    }

    private var spec: ReportingLine { plan.spec }

    /// Records held now.
    var heldRecords: Int { held.reduce(0) { $0 + $1.reduce(0) { $0 + Int($1.records) } } }

    /// World start: a push line starts its schedule.
    mutating func start(now: SimInstant, into out: inout DirectiveBuffer) { schedulePush(now: now, into: &out) }

    private mutating func schedulePush(now: SimInstant, into out: inout DirectiveBuffer) {
        guard case .push(let days) = policy, !pushScheduled else { return }
        pushScheduled = true
        out.append(.timer(.timer(.vertical(.push(line: plan.line))), at: now + .days(Int64(days))))
    }

    /// R-RET-1: records arrive from a collector; the upper system acknowledges them when the line retries.
    mutating func receive(
        _ report: LineReport, now: SimInstant, into out: inout DirectiveBuffer
    ) {
        let local = Int(report.local)
        guard held.indices.contains(local), spec.collectors.indices.contains(Int(report.collectorIndex)) else { return }
        let collector = spec.collectors[Int(report.collectorIndex)]
        received += Int(report.records)
        if report.records > 0 {
            held[local].append(ReturnSegment(collectedAt: report.collectedAt, records: report.records))
        }
        out.append(
            .observe(
                .vertical(
                    .reportReceived(
                        LineReceipt(
                            line: spec.id, collector: collector, level: plan.locals[local].level, batch: report.batch,
                            attempt: report.attempt, records: Int(report.records), late: now > report.due)))))
        if spec.retries {
            let ack = LineReportAck(
                line: report.line, batch: report.batch, attempt: report.attempt, received: report.records)
            out.append(
                .send(.vertical(.reportAck(ack)), to: report.collector, after: spec.faults.latency.sample(&random)))
        }
    }

    /// R-RET-2, push: every collecting government gets what was reported since the last return.
    mutating func push(now: SimInstant, into out: inout DirectiveBuffer) {
        pushScheduled = false
        guard case .push = policy else { return }
        for local in held.indices where !held[local].isEmpty {
            returnHeld(local, serial: nil, into: &out)
        }
        schedulePush(now: now, into: &out)
    }

    /// R-RET-2: a local government asks; the policy in force decides.
    mutating func request(
        _ request: ReturnRequest, now: SimInstant, epoch: SimEpoch, calendar: WorkingDayCalendar,
        into out: inout DirectiveBuffer
    ) {
        switch policy {
        case .blocked:
            // Seed 002: the lower level must report up, yet hardly gets anything back.
            out.append(
                .send(
                    .vertical(.returnRefused(request)), to: request.platform, after: spec.faults.latency.sample(&random)
                ))
        case .onRequest(let reviewWorkingDays):
            let at = calendar.deadline(workingDays: reviewWorkingDays, after: now, epoch: epoch)
            out.append(
                .timer(
                    .timer(.vertical(.answerReturn(line: plan.line, local: request.local, serial: request.serial))),
                    at: reviewWorkingDays == 0 ? now : at))
        case .push:
            answer(local: Int(request.local), serial: request.serial, into: &out)
        }
    }

    /// The review of a request is done: it is answered with what is held, unless the line was blocked meanwhile.
    mutating func answer(local: Int, serial: UInt32, into out: inout DirectiveBuffer) {
        guard plan.locals.indices.contains(local) else { return }
        if case .blocked = policy {
            let request = ReturnRequest(
                line: plan.line, local: Int32(local), platform: plan.locals[local].platform, serial: serial)
            out.append(
                .send(
                    .vertical(.returnRefused(request)), to: request.platform, after: spec.faults.latency.sample(&random)
                ))
            return
        }
        out.append(
            .observe(
                .vertical(
                    .returnAnswered(
                        LineReturnEvent(
                            line: spec.id, government: plan.locals[local].government, level: plan.locals[local].level,
                            serial: serial, records: held[local].reduce(0) { $0 + Int($1.records) })))))
        returnHeld(local, serial: serial, into: &out)
    }

    private mutating func returnHeld(_ local: Int, serial: UInt32?, into out: inout DirectiveBuffer) {
        let batch = ReturnBatch(line: plan.line, local: Int32(local), serial: serial, segments: held[local])
        held[local] = []
        out.append(
            .send(
                .vertical(.returnBatch(batch)), to: plan.locals[local].platform,
                after: spec.faults.latency.sample(&random)))
    }

    /// Scripted: the return policy changes from now on.
    mutating func setPolicy(_ new: ReturnPolicy, now: SimInstant, into out: inout DirectiveBuffer) {
        policy = new
        out.append(.observe(.vertical(.returnPolicyChanged(line: spec.id, policy: new))))
        schedulePush(now: now, into: &out)
    }
}
