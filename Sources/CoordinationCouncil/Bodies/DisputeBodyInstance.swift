import SharingModel
import SimKernel

/// A body that rules on disputes, as a value (STYLE.md example 1): a government's sharing authority
/// (共享主管部门, R-ESC-2) or the national coordination council (联席会议, R-ESC-3). It takes a dispute
/// up, decides by ``DisputeStageRules``, and answers when the decision is due: a ruling to the user (and,
/// when the data is to be shared, to the provider's platform, which the ruling binds), or, when its
/// deadline runs out, word that the dispute goes one level up.
public struct DisputeBodyInstance: Sendable {
    /// What the body is.
    public struct Configuration: Sendable {
        /// The body's address.
        public var address: ActorAddress
        /// Its name in streams and reports: `authority:<government>` or `council`.
        public var name: String
        /// The rules for disputes.
        public var policy: DisputePolicy
        /// The link on which it sends its answers.
        public var link: LinkProfile
        /// The run's seed.
        public var seed: UInt64
        /// The run's epoch.
        public var epoch: SimEpoch
        /// The working-day calendar.
        public var calendar: WorkingDayCalendar

        /// A configuration.
        public init(
            address: ActorAddress, name: String, policy: DisputePolicy, link: LinkProfile, seed: UInt64,
            epoch: SimEpoch, calendar: WorkingDayCalendar = .china
        ) {
            self.address = address
            self.name = name
            self.policy = policy
            self.link = link
            self.seed = seed
            self.epoch = epoch
            self.calendar = calendar
        }
    }

    private struct Case: Sendable {
        var dispute: Dispute
        var stage: Int
        var decision: DisputeStageRules.Decision
    }

    /// What the body is.
    public let configuration: Configuration
    private var random: RandomStream
    private var link: LinkState
    private var cases: [DisputeID: Case] = [:]

    /// A body with no case.
    public init(configuration: Configuration) {
        self.configuration = configuration
        random = RandomStream(seed: configuration.seed, name: configuration.name)
        link = LinkState(profile: configuration.link)
    }

    /// Disputes before the body now.
    public var caseCount: Int { cases.count }

    /// Handles one message delivered at `now` and returns what it asks of its shell (tests; shells use
    /// ``handle(_:now:into:)`` with a buffer they reuse).
    public mutating func handle(_ message: Message, now: SimInstant) -> [Directive] {
        var out = DirectiveBuffer()
        handle(message, now: now, into: &out)
        return out.takeAll()
    }

    /// Handles one message delivered at `now`, appending what it asks of its shell to `out`.
    public mutating func handle(_ message: Message, now: SimInstant, into out: inout DirectiveBuffer) {
        switch message {
        case .dispute(let dispute, let stage):
            takeUp(dispute, stage: stage, now: now, into: &out)
        case .timer(.disputeStageDue(let id)):
            answer(id, now: now, into: &out)
        default:
            // Bodies take no part in catalogs or requests.
            break
        }
    }

    private mutating func takeUp(_ dispute: Dispute, stage: Int, now: SimInstant, into out: inout DirectiveBuffer) {
        guard cases[dispute.id] == nil, dispute.path.indices.contains(stage) else { return }
        let decision = DisputeStageRules.decide(
            dispute, stage: stage, policy: configuration.policy, yieldProbability: 0, receivedAt: now,
            calendar: configuration.calendar, epoch: configuration.epoch, random: &random)
        cases[dispute.id] = Case(dispute: dispute, stage: stage, decision: decision)
        out.append(
            .observe(
                .disputeStageStarted(
                    DisputeStageRecord(
                        id: dispute.id, stage: dispute.path[stage].stage, startedAt: now, deadline: decision.deadline)))
        )
        out.append(.timer(.timer(.disputeStageDue(dispute.id)), at: decision.at))
    }

    private mutating func answer(_ id: DisputeID, now: SimInstant, into out: inout DirectiveBuffer) {
        guard let c = cases.removeValue(forKey: id) else { return }
        DisputeAnswer.give(
            c.decision, on: c.dispute, stage: c.stage, now: now, calendar: configuration.calendar,
            epoch: configuration.epoch, link: &link, random: &random, into: &out)
    }
}
