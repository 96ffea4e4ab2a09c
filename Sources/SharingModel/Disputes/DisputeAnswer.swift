import SimKernel

/// How any body (the provider in negotiation included) gives its answer: observe it, tell the user, and
/// when the data is to be shared tell the provider's platform, which the ruling binds.
public enum DisputeAnswer {
    /// Emits the answer `decision` to stage `stage` of `dispute` at `now`.
    public static func give(
        _ decision: DisputeStageRules.Decision, on dispute: Dispute, stage: Int, now: SimInstant,
        calendar: WorkingDayCalendar, epoch: SimEpoch, link: inout LinkState, random: inout RandomStream,
        into out: inout DirectiveBuffer
    ) {
        let kind = dispute.path[stage].stage
        let notice: DisputeNotice
        if let outcome = decision.outcome {
            out.append(
                .observe(
                    .disputeResolved(
                        DisputeResolution(
                            id: dispute.id, stage: kind, outcome: outcome, isBase: dispute.isBase,
                            openedAt: dispute.openedAt, resolvedAt: now,
                            workingDays: calendar.workingDaysElapsed(from: dispute.openedAt, to: now, epoch: epoch),
                            late: decision.late))))
            if outcome.isGranted {
                send(.rulingGrant(dispute.grantKey), to: dispute.providerPlatform, dispute, &link, &random, now, &out)
            }
            notice = .ruled(dispute, stage: stage, outcome)
        } else {
            out.append(.observe(.disputeEscalated(dispute.id, from: kind, reason: decision.reason ?? .timedOut)))
            notice = .unresolved(dispute, stage: stage)
        }
        send(.disputeNotice(notice), to: dispute.userAddress, dispute, &link, &random, now, &out)
    }

    private static func send(
        _ message: Message, to target: ActorAddress, _ dispute: Dispute, _ link: inout LinkState,
        _ random: inout RandomStream, _ now: SimInstant, _ out: inout DirectiveBuffer
    ) {
        switch link.transmit(at: now, random: &random) {
        case .delivered(let delay): out.append(.send(message, to: target, after: delay))
        case .lost(let reason): out.append(.observe(.disputeMessageLost(dispute.id, reason: reason)))
        }
    }
}
