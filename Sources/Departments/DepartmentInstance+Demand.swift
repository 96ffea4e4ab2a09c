import SharingModel
import SimKernel

/// R-USE-2, once-only: the department handles service applications; each needed resource that sharing
/// supplies in time is not collected again, the rest the applicant brings as originals.
extension DepartmentInstance {
    /// World start: the first application of every service is put on the calendar. R-SHR-5: sharing is
    /// demand-driven and free: requests arise only from applications (and scripted needs), and nothing
    /// in a request or an answer carries a price.
    mutating func startDemand(now: SimInstant, into out: inout DirectiveBuffer) {
        for service in arrivals.services.indices { scheduleArrival(service: service, after: now, into: &out) }
    }

    /// Poisson arrivals: exponential gaps with the service's yearly rate, from the service's own stream.
    private mutating func scheduleArrival(service: Int, after now: SimInstant, into out: inout DirectiveBuffer) {
        let meanGap = arrivals.services[service].meanGap
        guard meanGap >= 0 else { return }
        let gap = max(1, Int64(arrivals.services[service].stream.exponential(mean: meanGap).rounded()))
        out.append(.timer(.timer(.applicationArrival(service: service)), at: now + .milliseconds(gap)))
    }

    /// An applicant applies: every cross-department need is asked for, or known to need originals. It reads
    /// its service from the arrival tables only, not from the plan and its targets (docs/decisions/0019).
    mutating func applicationArrives(service: Int, now: SimInstant, into out: inout DirectiveBuffer) {
        scheduleArrival(service: service, after: now, into: &out)
        lastApplication += 1
        let number = lastApplication
        var application = OpenApplication(service: service, arrivedAt: now)
        let mode = sharingMode
        // Read once into locals: the handlers below are mutating, so a field read through `self` after one of
        // them is a fresh read, and a string or an array a fresh retain.
        let needs = arrivals.needs
        let purpose = DeclaredPurpose.service(arrivals.services[service].name)
        let first = Int(arrivals.services[service].firstNeed)
        let waitLimit = arrivals.services[service].waitLimit
        for need in 0..<Int(arrivals.services[service].needCount) {
            // Fields are read one by one: binding the entry would copy it, strings and all.
            let i = first + need
            // The department's own data is not cross-department sharing. Compared by address, which stands
            // for the id one to one, so that no string is read from the spec (docs/decisions/0017).
            guard needs[i].isTarget, needs[i].providerAddress != ownAddress else { continue }
            let bit = UInt64(1) << UInt64(need)
            application.crossDepartment |= bit
            let slot = Self.slot(service, need)
            let shareType = needs[i].shareType
            if shareType == .notShared {
                // R-SHR-4: a resource the catalog shows as not shared cannot be had; the applicant brings
                // it, unless a ruling ordered it shared (R-ESC-*); the user may dispute it (once).
                if mode == .centralized, isGranted(slot) {
                    application.pending |= bit
                    requestNeed(
                        need, of: service, for: number, needs: needs, at: i, purpose: purpose, now: now, into: &out)
                } else if access[slot] == nil, configuration.disputes.openOnRefusal {
                    let plan = plans[service]
                    openDispute(
                        over: plan.targets[need]!, purpose: plan.purpose, refusal: nil, slot: slot, now: now, into: &out
                    )
                }
                continue
            }
            if mode == .oneToOne || shareType == .unconditional {
                // R-SHR-2 (served by the platform), or one to one: every need is a fresh request.
                application.pending |= bit
                requestNeed(need, of: service, for: number, needs: needs, at: i, purpose: purpose, now: now, into: &out)
                continue
            }
            // R-SHR-3, centralized: apply once per purpose; later applications use the standing grant.
            switch access[slot] {
            case .granted:
                application.pending |= bit
                requestNeed(need, of: service, for: number, needs: needs, at: i, purpose: purpose, now: now, into: &out)
            case .applying:
                application.pending |= bit
                access[slot]?.addWaiter(number)
            case .refused(let until) where now < until:
                // Refused for this purpose not long ago: originals, without asking again.
                break
            case .disputing:
                // R-ESC-*: while the dispute runs, originals.
                break
            case .refused, nil:
                application.pending |= bit
                let id = requestNeed(
                    need, of: service, for: number, needs: needs, at: i, purpose: purpose, applying: true, now: now,
                    into: &out)
                access[slot] = .applying(id, waiters: [])
            }
        }
        if application.pending == 0 {
            complete(application, into: &out)
        } else {
            applications.append(application, serial: UInt64(number))
            if let sweep = waitLimits.add(deadline: now + waitLimit) {
                out.append(.timer(.timer(.applicationDeadlines), at: sweep))
            }
        }
    }

    /// The answer to a need's request arrived: the need is met by sharing, or (refused) needs originals.
    mutating func answered(
        application number: UInt32, service: Int, need: Int, applying: Bool, answer: RequestAnswer, now: SimInstant,
        into out: inout DirectiveBuffer
    ) {
        let slot = Self.slot(service, need)
        var waiters: [UInt32] = []
        if sharingMode == .centralized {
            switch answer {
            case .granted:
                if case .applying(_, let w) = access[slot] { waiters = w }
                access[slot] = .granted
            case .refused(let reason):
                if case .applying(_, let w) = access[slot] { waiters = w }
                if applying || isGranted(slot) {
                    access[slot] = .refused(until: now + configuration.sharing.reapplyAfter)
                    // R-ESC-1: a user that needs refused data for its duties may dispute the refusal.
                    if configuration.disputes.openOnRefusal, reason.isDisputable,
                        let target = plans[service].targets[need]
                    {
                        openDispute(
                            over: target, purpose: plans[service].purpose, refusal: reason,
                            slot: slot, now: now, into: &out)
                    }
                }
            case .served:
                break
            }
        }
        settle(need: need, of: number, shared: answer.delivery != nil, now: now, into: &out)
        // Applications that waited on this application: with the grant they ask the platform now; after a
        // refusal they need originals.
        for waiter in waiters where applications[UInt64(waiter)] != nil {
            if answer.delivery != nil {
                requestNeed(need, of: service, for: waiter, now: now, into: &out)
            } else {
                settle(need: need, of: waiter, shared: false, now: now, into: &out)
            }
        }
    }

    /// Sends the request for need `need` of application `number` of service `service` (`applying`: the one
    /// application for access to a conditional resource, R-SHR-3), to the target the arrival tables hold.
    @discardableResult
    private mutating func requestNeed(
        _ need: Int, of service: Int, for number: UInt32, applying: Bool = false, now: SimInstant,
        into out: inout DirectiveBuffer
    ) -> RequestID {
        requestNeed(
            need, of: service, for: number, needs: arrivals.needs, at: Int(arrivals.services[service].firstNeed) + need,
            purpose: .service(arrivals.services[service].name), applying: applying, now: now, into: &out)
    }

    /// The request for `need`, whose target is `needs[i]` and whose purpose the caller already holds (an
    /// application reads them once for all its needs instead of once more per request).
    @discardableResult
    private mutating func requestNeed(
        _ need: Int, of service: Int, for number: UInt32, needs: [ArrivalTables.Need], at i: Int,
        purpose: DeclaredPurpose,
        applying: Bool = false, now: SimInstant, into out: inout DirectiveBuffer
    ) -> RequestID {
        makeRequest(
            provider: needs[i].provider, providerAddress: needs[i].providerAddress,
            providerPlatform: needs[i].providerPlatform, resource: needs[i].resource, shareType: needs[i].shareType,
            catalogIndex: needs[i].catalogIndex, purpose: purpose,
            origin: .need(application: number, service: service, need: need, applying: applying), now: now, into: &out)
    }

    /// The key of a service need in `access`.
    static func slot(_ service: Int, _ need: Int) -> Int { service * ServiceSpec.maxNeeds + need }

    private func isGranted(_ slot: Int) -> Bool {
        if case .granted = access[slot] { return true }
        return false
    }

    /// The application for access expired unanswered: the next application applies again.
    mutating func accessExpired(service: Int, need: Int) {
        let slot = Self.slot(service, need)
        if case .applying = access[slot] { access[slot] = nil }
    }

    /// One need of an open application is decided.
    private mutating func settle(
        need: Int, of number: UInt32, shared: Bool, now: SimInstant, into out: inout DirectiveBuffer
    ) {
        guard var application = applications[UInt64(number)] else { return }
        let bit = UInt64(1) << UInt64(need)
        guard application.pending & bit != 0 else { return }
        application.pending &= ~bit
        if shared { application.shared |= bit }
        if application.pending == 0 {
            applications[UInt64(number)] = nil
            complete(application, into: &out)
        } else {
            applications[UInt64(number)] = application
        }
    }

    /// R-USE-2: the time the applications due now may wait is up: whatever has not come is brought as
    /// originals. One timer stands for the earliest wait limit of an open application (not one per
    /// application: most are complete long before theirs), so each open application still closes at
    /// exactly its own limit.
    mutating func applicationDeadlines(now: SimInstant, into out: inout DirectiveBuffer) {
        for number in waitLimits.takeDue(at: now, open: applications) {
            guard var application = applications.remove(UInt64(number)) else { continue }
            application.pending = 0
            complete(application, into: &out)
        }
        if let next = waitLimits.nextSweep(open: applications) {
            out.append(.timer(.timer(.applicationDeadlines), at: next))
        }
    }

    /// R-USE-2: the application is done; re-collections and trips are counted per providing department.
    // Mutating although it changes nothing: as a non-mutating method called from the mutating handlers it
    // made the optimizer copy the whole instance, 1.4 KB, at every completion (docs/decisions/0011, 0019).
    private mutating func complete(_ application: OpenApplication, into out: inout DirectiveBuffer) {
        let service = application.service
        let needs = arrivals.needs
        let first = Int(arrivals.services[service].firstNeed)
        // Bits of the first need of each provider: one visit per providing department.
        var providers: UInt64 = 0
        var visited: UInt64 = 0
        for need in 0..<Int(arrivals.services[service].needCount)
        where application.crossDepartment & (UInt64(1) << UInt64(need)) != 0 {
            let group = UInt64(1) << UInt64(needs[first + need].group)
            providers |= group
            if application.shared & (UInt64(1) << UInt64(need)) == 0 { visited |= group }
        }
        let cross = application.crossDepartment.nonzeroBitCount
        let shared = application.shared.nonzeroBitCount
        let trips = visited.nonzeroBitCount
        out.append(
            .observe(
                .applicationCompleted(
                    ApplicationRecord(
                        service: arrivals.services[service].name, department: ownID, arrivedAt: application.arrivedAt,
                        crossDepartmentNeeds: cross, sharedNeeds: shared, originalNeeds: cross - shared,
                        tripsSaved: providers.nonzeroBitCount - trips, tripsMade: trips,
                        serviceOrdinalHint: arrivals.services[service].ordinal))))
    }
}
