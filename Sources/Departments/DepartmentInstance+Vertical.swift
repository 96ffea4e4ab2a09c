import SharingModel
import SimKernel

/// The department's roles on vertical lines (R-RET-1, R-RET-2): collector (``LineCollector``) and
/// receiver (``LineReceiver``). Lines are found by index; a department has few of them.
extension DepartmentInstance {
    /// Records collected and not yet acknowledged by the upper system (retries on).
    public var outstandingLineRecords: Int { collectors.reduce(0) { $0 + $1.outstandingRecords } }

    /// Records this department received as the receiver of its lines.
    public var lineRecordsReceived: Int { receivers.reduce(0) { $0 + $1.received } }

    /// Records this department holds as a receiver, not yet returned.
    public var lineRecordsHeld: Int { receivers.reduce(0) { $0 + $1.heldRecords } }

    /// The return policy in force on each line this department receives, in line order.
    public var returnPolicies: [ReturnPolicy] { receivers.map(\.policy) }

    mutating func handleVertical(_ message: VerticalMessage, now: SimInstant, into out: inout DirectiveBuffer) {
        let epoch = configuration.epoch
        switch message {
        case .start:
            for c in collectors { c.start(now: now, epoch: epoch, into: &out) }
            for r in receivers.indices { receivers[r].start(now: now, into: &out) }
        case .report(let report):
            guard let r = receiverIndex(report.line) else { return }
            receivers[r].receive(report, now: now, into: &out)
        case .reportAck(let ack):
            guard let c = collectorIndex(ack.line) else { return }
            collectors[c].acknowledged(ack, now: now, into: &out)
        case .returnRequest(let request):
            guard let r = receiverIndex(request.line) else { return }
            receivers[r].request(
                request, now: now, epoch: epoch, calendar: configuration.calendar, into: &out)
        case .setReturnPolicy(let line, let policy):
            guard let r = receiverIndex(line) else { return }
            receivers[r].setPolicy(policy, now: now, into: &out)
        case .returnBatch, .returnRefused, .askForReturn:
            // Platform business: returns land on the local government's platform.
            break
        }
    }

    mutating func handleVerticalTimer(_ timer: VerticalTimer, now: SimInstant, into out: inout DirectiveBuffer) {
        switch timer {
        case .collect(let line):
            guard let c = collectorIndex(line) else { return }
            collectors[c].collect(
                id: id, address: configuration.address, now: now, epoch: configuration.epoch,
                calendar: configuration.calendar, into: &out)
        case .resend(let line, let batch):
            guard let c = collectorIndex(line) else { return }
            collectors[c].resend(batch, id: id, address: configuration.address, now: now, into: &out)
        case .push(let line):
            guard let r = receiverIndex(line) else { return }
            receivers[r].push(now: now, into: &out)
        case .answerReturn(let line, let local, let serial):
            guard let r = receiverIndex(line) else { return }
            receivers[r].answer(local: Int(local), serial: serial, into: &out)
        case .subscription:
            break
        }
    }

    private func collectorIndex(_ line: Int32) -> Int? { collectors.firstIndex { $0.plan.line == line } }
    private func receiverIndex(_ line: Int32) -> Int? { receivers.firstIndex { $0.plan.line == line } }
}
