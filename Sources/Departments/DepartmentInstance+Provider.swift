import SharingModel
import SimKernel

/// The department as a provider of data: reviewing applications (R-SHR-3), answering one-to-one
/// requests, and correcting reported errors (R-USE-3).
extension DepartmentInstance {
    /// The sharing side of the department's profile.
    var behaviour: SharingBehaviour { configuration.spec.profile.sharing }

    /// R-SHR-3: the deadline of the answer to an application received at `instant`: the end of the
    /// 10th working day after it (the scenario may set another number), on the department's calendar.
    public func reviewDeadline(after instant: SimInstant) -> SimInstant {
        configuration.calendar.deadline(
            workingDays: configuration.sharing.reviewDeadlineWorkingDays, after: instant, epoch: configuration.epoch)
    }

    // MARK: Review (R-SHR-3)

    /// An application (centralized, conditional, no standing grant) or a one-to-one request reached the
    /// provider: the rules decide what they can at once, the profile decides the rest and when to answer.
    mutating func review(_ request: ShareRequest, now: SimInstant, into out: inout DirectiveBuffer) {
        let entry = catalog.resource(request.resource)
        if let reason = ServingRules.mandatoryRefusal(of: request, resource: entry) {
            // R-SHR-4, R-SEC-1: nothing to review; the answer goes back at once.
            respond(
                ShareResponse(request: request, answer: .refused(reason), shareType: entry?.shareTypeKind),
                now: now, into: &out)
            return
        }
        guard let resource = entry else { return }
        // R-SHR-2: unconditional data may not be refused on conditions (one to one it is still a request
        // to be handled by hand); R-SHR-4: base resources are shared by principle.
        let mustGrant = resource.shareTypeKind == .unconditional || resource.resourceClass == .base
        let grant = mustGrant || random.bernoulli(behaviour.approvalProbability)
        let refusal: RefusalReason? =
            grant
            ? nil
            : random.bernoulli(behaviour.securityRefusalShare)
                ? .security : .conditionsNotMet(resource.shareType.conditions ?? "the declared purpose")
        if behaviour.silenceProbability > 0, random.bernoulli(behaviour.silenceProbability) {
            // Never answered: the user's timeout closes the request as expired.
            return
        }
        let deadline = reviewDeadline(after: now)
        reviews[request.id] = PendingReview(
            request: request, receivedAt: now, deadline: deadline, shareType: resource.shareTypeKind,
            zone: resource.zone, grant: grant, refusal: refusal)
        out.append(.timer(.timer(.reviewDue(request.id)), at: answerTime(receivedAt: now, deadline: deadline)))
    }

    /// When the provider answers: within the deadline with the profile's on-time probability, on a
    /// working day drawn uniformly, in office hours; otherwise after it by the profile's lateness. With
    /// the deadline enforced, a late answer is made on the last day instead.
    private mutating func answerTime(receivedAt now: SimInstant, deadline: SimInstant) -> SimInstant {
        let days = max(1, configuration.sharing.reviewDeadlineWorkingDays)
        if random.bernoulli(behaviour.reviewOnTimeProbability) {
            let day = 1 + random.int(below: days)
            let endOfDay = configuration.calendar.deadline(workingDays: day, after: now, epoch: configuration.epoch)
            // Between 09:00 and 18:00 of that day (the deadline is its last millisecond).
            return endOfDay - .minutes(Int64(6 * 60 + random.int(below: 9 * 60)))
        }
        if configuration.sharing.enforceReviewDeadline {
            return deadline - .hours(6)
        }
        return deadline + max(.minutes(1), behaviour.reviewLateness.sample(&random))
    }

    /// The review is done: observe it and send the answer.
    mutating func answerReview(_ id: RequestID, now: SimInstant, into out: inout DirectiveBuffer) {
        guard let review = reviews.removeValue(forKey: id) else { return }
        out.append(
            .observe(
                .requestReviewed(
                    ReviewRecord(
                        id: id, provider: self.id, resource: review.request.resource, shareType: review.shareType,
                        receivedAt: review.receivedAt, answeredAt: now, deadline: review.deadline,
                        workingDays: configuration.calendar.workingDaysElapsed(
                            from: review.receivedAt, to: now, epoch: configuration.epoch),
                        granted: review.grant))))
        let answer: RequestAnswer
        if review.grant {
            // R-PLT-3: conditional data is extracted from the source after approval: fresh, but as
            // error-prone as the provider's data (R-CAT-5).
            let erroneous = random.bernoulli(configuration.spec.dataErrorRate)
            answer = .granted(DataDelivery(zone: review.zone, age: .zero, erroneous: erroneous))
        } else {
            // A refusal carries its reason by construction (R-SHR-3).
            answer = .refused(review.refusal!)
        }
        respond(
            ShareResponse(request: review.request, answer: answer, shareType: review.shareType), now: now, into: &out)
    }

    /// Sends an answer: through the platform (which records a grant), or straight back one to one.
    private mutating func respond(_ response: ShareResponse, now: SimInstant, into out: inout DirectiveBuffer) {
        let request = response.request
        let destination = request.mode == .centralized ? platformAddress : request.userAddress
        send(.shareResponse(response), to: destination, id: request.id, leg: .response, now: now, into: &out)
    }

    /// Sends a request message on the department's own line; a loss is observed.
    mutating func send(
        _ message: consuming Message, to destination: ActorAddress, id: RequestID, leg: RequestLeg, now: SimInstant,
        into out: inout DirectiveBuffer
    ) {
        switch uplink.transmit(at: now, random: &random) {
        case .delivered(let delay):
            out.append(.send(message, to: destination, after: delay))
        case .lost(let reason):
            out.append(.observe(.requestLost(id, at: node, leg: leg, reason: reason)))
        }
    }

    // MARK: Corrections (R-USE-3)

    /// A user reported a wrong record: verify and correct it after the profile's delay.
    mutating func receive(_ report: ErrorReport, now: SimInstant, into out: inout DirectiveBuffer) {
        guard corrections[report.request] == nil else { return }
        corrections[report.request] = report
        let delay = max(.minutes(1), behaviour.correctionDelay.sample(&random))
        out.append(.timer(.timer(.correctionDue(report.request)), at: now + delay))
    }

    /// The record is corrected.
    mutating func correct(_ id: RequestID, now: SimInstant, into out: inout DirectiveBuffer) {
        guard let report = corrections.removeValue(forKey: id) else { return }
        let days = configuration.calendar.workingDaysElapsed(
            from: report.reportedAt, to: now, epoch: configuration.epoch)
        out.append(.observe(.errorCorrected(ErrorCorrection(report: report, correctedAt: now, workingDays: days))))
    }
}
