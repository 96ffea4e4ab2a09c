import SharingModel
import SimKernel

/// The department as a user of shared data: making requests, closing each in exactly one terminal state,
/// using the data under its licence (R-USE-1) and reporting wrong records (R-USE-3).
extension DepartmentInstance {
    // MARK: Making requests

    /// Sends a request for `target` with `purpose` (R-PLT-4: the purpose is stated): to the platform in
    /// centralized mode, straight to the provider one to one. Returns its id.
    @discardableResult
    mutating func makeRequest(
        _ target: RequestTarget, purpose: Purpose, origin: OpenRequests.Origin, now: SimInstant,
        into out: inout DirectiveBuffer
    ) -> RequestID {
        makeRequest(
            provider: target.provider, providerAddress: target.providerAddress,
            providerPlatform: target.providerPlatform, resource: target.resource, shareType: target.shareType,
            catalogIndex: Int32(truncatingIfNeeded: target.catalogIndex), purpose: .text(purpose), origin: origin,
            now: now, into: &out)
    }

    /// ``makeRequest(_:purpose:origin:now:into:)`` with the target's fields given one by one, as a service's
    /// arrival tables hold them (docs/decisions/0019).
    @discardableResult
    mutating func makeRequest(
        provider: DepartmentID, providerAddress: ActorAddress, providerPlatform: ActorAddress, resource: ResourceCode,
        shareType: ShareTypeKind, catalogIndex: Int32, purpose: DeclaredPurpose, origin: OpenRequests.Origin,
        now: SimInstant, into out: inout DirectiveBuffer
    ) -> RequestID {
        lastSerial += 1
        let id = RequestID(user: ownAddress, serial: lastSerial)
        let mode = sharingMode
        let request = ShareRequest(
            id: id, mode: mode, user: ownID, userPlatform: platformAddress, userZone: ownZone,
            provider: provider, providerAddress: providerAddress, providerPlatform: providerPlatform,
            resource: resource, shareType: shareType, declaring: purpose, catalogIndex: catalogIndex,
            userChild: Int32(platformChild))
        out.append(.observe(.requestMade(RequestRecord(request))))
        let expiresAt = openRequests.expiry(madeAt: now) {
            configuration.calendar.deadline(
                workingDays: configuration.sharing.requestTimeoutWorkingDays, after: now, epoch: configuration.epoch)
        }
        openRequests.add(OpenRequests.Entry(request: request, madeAt: now, expiresAt: expiresAt, origin: origin))
        if !openRequests.sweepScheduled {
            openRequests.sweepScheduled = true
            out.append(.timer(.timer(.expirySweep), at: expiresAt))
        }
        let destination = mode == .centralized ? platformAddress : providerAddress
        // The message takes the local reference over (the record and the entry hold their own).
        send(.shareRequest(consume request), to: destination, id: id, leg: .request, now: now, into: &out)
        return id
    }

    // MARK: Closing requests

    /// An answer came back: the request closes with it, unless it was already closed as expired.
    mutating func receive(_ response: ShareResponse, now: SimInstant, into out: inout DirectiveBuffer) {
        let request = response.request
        guard let entry = openRequests.remove(request.id) else {
            out.append(.observe(.answerAfterClose(request.id)))
            return
        }
        let outcome: RequestOutcome
        switch response.answer {
        case .served: outcome = .served
        case .granted: outcome = .granted
        case .refused(let reason): outcome = .refused(reason)
        }
        close(entry, outcome, delivery: response.answer.delivery, now: now, into: &out)
        if let delivery = response.answer.delivery { use(delivery, of: request, now: now, into: &out) }
        if let (application, service, need, applying) = entry.origin.need {
            answered(
                application: application, service: service, need: need, applying: applying, answer: response.answer,
                now: now, into: &out)
        }
    }

    /// Closes the requests whose time ran out, then books the next sweep.
    mutating func sweepExpired(now: SimInstant, into out: inout DirectiveBuffer) {
        for entry in openRequests.takeExpired(at: now) {
            close(entry, .expired, delivery: nil, now: now, into: &out)
            if let origin = entry.origin.need, origin.applying {
                accessExpired(service: origin.service, need: origin.need)
            }
        }
        if let next = openRequests.nextExpiry() {
            out.append(.timer(.timer(.expirySweep), at: max(next, now + .minutes(1))))
        } else {
            openRequests.sweepScheduled = false
        }
    }

    /// The one terminal state of a request (issue 5's conservation rule).
    private func close(
        _ entry: OpenRequests.Entry, _ outcome: RequestOutcome, delivery: DataDelivery?, now: SimInstant,
        into out: inout DirectiveBuffer
    ) {
        let closure = RequestClosure(request: entry.request, outcome: outcome, madeAt: entry.madeAt, delivery: delivery)
        out.append(.observe(.requestClosed(closure)))
    }

    // MARK: Using data (R-USE-1, R-USE-3)

    /// The data is used for the declared purpose in the department's own duties; any other use the
    /// profile tries is checked against the licence and blocked. A wrong record that is noticed is
    /// reported to the provider.
    private mutating func use(
        _ delivery: DataDelivery, of request: ShareRequest, now: SimInstant, into out: inout DirectiveBuffer
    ) {
        if misuseProbability > 0, random.bernoulli(misuseProbability) {
            let licence = UseLicence(holder: self.id, resource: request.resource, purpose: request.purpose)
            let attempt: UseLicence.Use =
                random.bernoulli(0.5)
                ? .ownDuty(Purpose(rawValue: "other:\(request.purpose.rawValue)"))
                : .passTo(DepartmentID(rawValue: "third-party-of:\(self.id.rawValue)"))
            // R-USE-1: the licence allows the declared purpose in the holder's own duties, nothing else.
            if let violation = licence.violation(of: attempt) {
                out.append(
                    .observe(.useBlocked(UseViolation(licence: licence, attempted: attempt, violation: violation))))
            }
        }
        // R-USE-3: a user that finds an error feeds it back to the provider.
        guard delivery.erroneous, random.bernoulli(behaviour.errorDetectionProbability) else { return }
        let report = ErrorReport(
            request: request.id, user: self.id, provider: request.provider, resource: request.resource,
            reportedAt: now)
        out.append(.observe(.errorReported(report)))
        switch uplink.transmit(at: now, random: &random) {
        case .delivered(let delay):
            out.append(.send(.errorReport(report), to: request.providerAddress, after: delay))
        case .lost(let reason):
            out.append(.observe(.errorReportLost(report, reason)))
        }
    }
}
