import SimKernel

/// The sending side of reliable catalog sync, shared by departments and platforms: first sends,
/// acknowledgements, retries with a doubling backoff, and giving up (DESIGN.md "The world":
/// platforms retry with idempotency keys unless the scenario turns that off).
///
/// Pending transfers are looked up by key only, never iterated, so the dictionary's order cannot
/// reach the event queue.
public struct SyncOutbox: Sendable {
    /// The policy in force.
    public let policy: SyncPolicy
    private var pending: [TransferKey: CatalogTransfer] = [:]

    /// An empty outbox.
    public init(policy: SyncPolicy) { self.policy = policy }

    /// Transfers sent and not yet acknowledged (always 0 when retries are off).
    public var pendingCount: Int { pending.count }

    /// Whether the transfer with `key` awaits an acknowledgement.
    public func isPending(_ key: TransferKey) -> Bool { pending[key] != nil }

    /// Puts `transfer` on `link` to `peer` for the first time, remembering it for retries when the
    /// policy says so; appends the directives (send or loss, timer, observations) to `out`.
    public mutating func send(
        _ transfer: CatalogTransfer, to peer: ActorAddress, route: Route, link: inout LinkState,
        random: inout RandomStream, now: SimInstant, into out: inout DirectiveBuffer
    ) {
        var first = transfer
        first.attempt = 1
        out.append(.observe(.deltaSent(route.trace(first))))
        transmit(first, to: peer, route: route, link: &link, random: &random, now: now, into: &out)
        guard policy.retriesEnabled else { return }
        let key = TransferKey(peer: peer, department: first.department, version: first.version, kind: first.kind)
        pending[key] = first
        out.append(.timer(.timer(.retry(key)), at: now + policy.retryDelay(afterAttempt: 1)))
    }

    /// Forgets the acknowledged transfer; `false` when it was not pending (a repeated ack).
    @discardableResult
    public mutating func acknowledge(_ ack: TransferAck) -> Bool {
        let key = TransferKey(peer: ack.from, department: ack.department, version: ack.version, kind: ack.kind)
        return pending.removeValue(forKey: key) != nil
    }

    /// The retry timer of `key` fired: sends again, or gives up after `policy.maxAttempts`; nothing
    /// when it was acknowledged meanwhile.
    public mutating func retry(
        _ key: TransferKey, route: Route, link: inout LinkState, random: inout RandomStream, now: SimInstant,
        into out: inout DirectiveBuffer
    ) {
        guard var transfer = pending[key] else { return }
        if transfer.attempt >= policy.maxAttempts {
            pending[key] = nil
            out.append(.observe(.deltaAbandoned(route.trace(transfer))))
            return
        }
        transfer.attempt += 1
        pending[key] = transfer
        out.append(.observe(.deltaRetried(route.trace(transfer))))
        transmit(transfer, to: key.peer, route: route, link: &link, random: &random, now: now, into: &out)
        out.append(.timer(.timer(.retry(key)), at: now + policy.retryDelay(afterAttempt: transfer.attempt)))
    }

    private func transmit(
        _ transfer: CatalogTransfer, to peer: ActorAddress, route: Route, link: inout LinkState,
        random: inout RandomStream, now: SimInstant, into out: inout DirectiveBuffer
    ) {
        switch link.transmit(at: now, random: &random) {
        case .delivered(let delay):
            out.append(.send(.catalogTransfer(transfer), to: peer, after: delay))
        case .lost(let reason):
            out.append(.observe(.deltaLost(route.trace(transfer), reason)))
        }
    }

    /// Sender and receiver, as observations name them.
    public struct Route: Hashable, Sendable {
        /// The sender.
        public var from: SyncNode
        /// The receiver.
        public var to: SyncNode

        /// A route.
        public init(from: SyncNode, to: SyncNode) {
            self.from = from
            self.to = to
        }

        func trace(_ t: CatalogTransfer) -> TransferTrace {
            TransferTrace(
                from: from, to: to, department: t.department, version: t.version, kind: t.kind, attempt: t.attempt)
        }
    }
}
