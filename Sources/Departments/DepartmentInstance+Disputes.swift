import SharingModel
import SimKernel

/// Disputes (R-ESC-1..3): as a user, opening one over data it needs and taking it from body to body;
/// as a provider, negotiating.
extension DepartmentInstance {
    // MARK: As the user

    /// Opens a dispute over `target` for `purpose`: the refusal received, or the not-shared basis of the
    /// catalog. The provider is the first body (R-ESC-1).
    mutating func openDispute(
        over target: RequestTarget, purpose: Purpose, refusal: RefusalReason?, slot: Int?, now: SimInstant,
        into out: inout DirectiveBuffer
    ) {
        guard !target.escalation.isEmpty else { return }
        lastDispute += 1
        let id = DisputeID(user: configuration.address, serial: lastDispute)
        let reason =
            refusal ?? target.legalBasis.map { .notShared($0) } ?? .conditionsNotMet("refused by the provider")
        let dispute = Dispute(
            id: id, user: self.id, provider: target.provider, providerPlatform: target.providerPlatform,
            resource: target.resource, isBase: target.isBase, purpose: purpose, refusal: reason,
            path: target.escalation, openedAt: now)
        openDisputes[id] = slot
        if let slot { access[slot] = .disputing(id) }
        out.append(.observe(.disputeOpened(DisputeRecord(dispute))))
        bring(dispute, toStage: 0, now: now, into: &out)
    }

    private mutating func bring(
        _ dispute: Dispute, toStage stage: Int, now: SimInstant, into out: inout DirectiveBuffer
    ) {
        switch uplink.transmit(at: now, random: &random) {
        case .delivered(let delay):
            out.append(.send(.dispute(dispute, stage: stage), to: dispute.path[stage].address, after: delay))
        case .lost(let reason):
            out.append(.observe(.disputeMessageLost(dispute.id, reason: reason)))
        }
    }

    /// A body answered: a ruling settles the dispute; otherwise it goes to the next body (R-ESC-2, R-ESC-3).
    mutating func receive(_ notice: DisputeNotice, now: SimInstant, into out: inout DirectiveBuffer) {
        switch notice {
        case .ruled(let dispute, _, let outcome):
            guard let slot = openDisputes.removeValue(forKey: dispute.id) else { return }
            if let slot {
                // A grant stands at the provider's platform like any other (R-SHR-3); upheld, the
                // user stops asking for a while.
                access[slot] =
                    outcome.isGranted ? .granted : .refused(until: now + configuration.sharing.reapplyAfter)
            }
        case .unresolved(let dispute, let stage):
            guard openDisputes[dispute.id] != nil, stage + 1 < dispute.path.count else { return }
            bring(dispute, toStage: stage + 1, now: now, into: &out)
        }
    }

    // MARK: As the provider (R-ESC-1)

    /// The user brings a dispute to the provider: they negotiate in rounds until the time limit; the
    /// provider's profile sets how likely it gives way.
    mutating func negotiate(_ dispute: Dispute, stage: Int, now: SimInstant, into out: inout DirectiveBuffer) {
        guard negotiations[dispute.id] == nil, dispute.path.indices.contains(stage),
            dispute.path[stage].stage == .negotiation
        else { return }
        let decision = DisputeStageRules.decide(
            dispute, stage: stage, policy: configuration.disputes, yieldProbability: behaviour.approvalProbability,
            receivedAt: now, calendar: configuration.calendar, epoch: configuration.epoch, random: &random)
        negotiations[dispute.id] = (dispute, stage, decision)
        out.append(
            .observe(
                .disputeStageStarted(
                    DisputeStageRecord(id: dispute.id, stage: .negotiation, startedAt: now, deadline: decision.deadline)
                )))
        out.append(.timer(.timer(.disputeStageDue(dispute.id)), at: decision.at))
    }

    mutating func answerNegotiation(_ id: DisputeID, now: SimInstant, into out: inout DirectiveBuffer) {
        guard let n = negotiations.removeValue(forKey: id) else { return }
        DisputeAnswer.give(
            n.decision, on: n.dispute, stage: n.stage, now: now, calendar: configuration.calendar,
            epoch: configuration.epoch, link: &uplink, random: &random, into: &out)
    }
}
