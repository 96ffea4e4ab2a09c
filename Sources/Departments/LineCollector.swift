import SharingModel
import SimKernel

/// A department's role as a collector on one vertical line (R-RET-1): at the end of each period it
/// enters the records that occurred (fewer when the upper system keeps failing, seed 002) and uploads
/// them to the line's receiver through the upper system, whose faults it draws; with retries on it
/// resends whatever was not acknowledged until all of it has arrived.
struct LineCollector: Sendable {
    let plan: CollectorPlan
    /// Its own stream (`line:<line>:<department>`), so lines do not shift the department's other draws.
    private var random: RandomStream
    /// The collector's failure rate over its recent attempts (seed 002's feedback).
    private(set) var failureRate = 0.0
    private var lastReport = SimInstant.zero
    private var lastBatch: UInt32 = 0
    /// Batches with records not acknowledged yet (retries on only), by batch number.
    private(set) var outstanding: [UInt32: Outstanding] = [:]

    struct Outstanding: Sendable {
        var records: Int32
        var collectedAt: SimInstant
        var due: SimInstant
        var attempt: Int32
    }

    init(plan: CollectorPlan, department: DepartmentID, seed: UInt64) {
        self.plan = plan
        random = RandomStream(seed: seed, name: "line:\(plan.spec.id.rawValue):\(department.rawValue)")
    }

    private var spec: ReportingLine { plan.spec }

    /// Records waiting for a resend or an acknowledgement.
    var outstandingRecords: Int { outstanding.values.reduce(0) { $0 + Int($1.records) } }

    /// World start: the first period's report.
    func start(now: SimInstant, epoch: SimEpoch, into out: inout DirectiveBuffer) {
        out.append(
            .timer(
                .timer(.vertical(.collect(line: plan.line))),
                at: spec.schedule.nextReport(atOrAfter: now, epoch: epoch)))
    }

    /// R-RET-1: the period ends; collect and report.
    mutating func collect(
        id: DepartmentID, address: ActorAddress, now: SimInstant, epoch: SimEpoch, calendar: WorkingDayCalendar,
        into out: inout DirectiveBuffer
    ) {
        let days = (now - lastReport).days
        lastReport = now
        let occurred = random.poisson(mean: spec.recordsPerDay * days)
        // Seed 002: "直接影响了基层收集基础数据资源的积极性" — failures make the collector enter less.
        let completeness = spec.feedback.completeness(failureRate: failureRate)
        let collected = random.binomial(occurred, completeness)
        lastBatch &+= 1
        out.append(
            .observe(
                .vertical(
                    .collected(
                        LineCollection(
                            line: spec.id, collector: id, level: plan.level, batch: lastBatch, occurred: occurred,
                            collected: collected, completeness: completeness)))))
        let due = calendar.deadline(workingDays: spec.graceWorkingDays, after: now, epoch: epoch)
        let batch = Outstanding(records: Int32(clamping: collected), collectedAt: now, due: due, attempt: 0)
        upload(lastBatch, batch, id: id, address: address, now: now, into: &out)
        out.append(
            .timer(
                .timer(.vertical(.collect(line: plan.line))),
                at: spec.schedule.nextReport(atOrAfter: now + .milliseconds(1), epoch: epoch)))
    }

    /// One attempt to upload `batch`'s unacknowledged records.
    private mutating func upload(
        _ number: UInt32, _ batch: Outstanding, id: DepartmentID, address: ActorAddress, now: SimInstant,
        into out: inout DirectiveBuffer
    ) {
        var batch = batch
        batch.attempt += 1
        let faults = spec.faults
        if random.bernoulli(faults.disconnectProbability) {
            // Seed 002: "断网…卡机闪退" — nothing arrives, and the collector sees it at once.
            failureRate = spec.feedback.updated(failureRate, failure: 1)
            out.append(.observe(.vertical(.uploadFailed(fault(number, batch, Int(batch.records), id: id)))))
            if spec.retries {
                outstanding[number] = batch
                out.append(
                    .timer(.timer(.vertical(.resend(line: plan.line, batch: number))), at: now + spec.retryAfter))
            } else {
                outstanding[number] = nil
            }
            return
        }
        // Seed 002: "数据丢失" — some records of an attempt that goes through are lost on the way.
        let lost = random.binomial(Int(batch.records), faults.recordLossRate)
        failureRate = spec.feedback.updated(
            failureRate, failure: batch.records > 0 ? Double(lost) / Double(batch.records) : 0)
        if lost > 0 { out.append(.observe(.vertical(.recordsLost(fault(number, batch, lost, id: id))))) }
        let report = LineReport(
            line: plan.line, local: plan.local, collector: address, collectorIndex: plan.collectorIndex, batch: number,
            records: batch.records - Int32(lost), collectedAt: batch.collectedAt, due: batch.due, attempt: batch.attempt
        )
        out.append(.send(.vertical(.report(report)), to: plan.receiver, after: faults.latency.sample(&random)))
        // With retries on, the batch stays until the receipt shows every record arrived.
        outstanding[number] = spec.retries ? batch : nil
    }

    private func fault(_ number: UInt32, _ batch: Outstanding, _ records: Int, id: DepartmentID) -> LineUploadFault {
        LineUploadFault(
            line: spec.id, collector: id, level: plan.level, batch: number, attempt: batch.attempt, records: records,
            willResend: spec.retries)
    }

    /// The receipt of an attempt: what did not arrive is resent after `retryAfter`.
    mutating func acknowledged(_ ack: LineReportAck, now: SimInstant, into out: inout DirectiveBuffer) {
        guard var batch = outstanding[ack.batch], batch.attempt == ack.attempt else { return }
        batch.records -= ack.received
        if batch.records <= 0 {
            outstanding[ack.batch] = nil
        } else {
            outstanding[ack.batch] = batch
            out.append(.timer(.timer(.vertical(.resend(line: plan.line, batch: ack.batch))), at: now + spec.retryAfter))
        }
    }

    /// The resend timer of `number`.
    mutating func resend(
        _ number: UInt32, id: DepartmentID, address: ActorAddress, now: SimInstant, into out: inout DirectiveBuffer
    ) {
        guard let batch = outstanding[number] else { return }
        upload(number, batch, id: id, address: address, now: now, into: &out)
    }
}
