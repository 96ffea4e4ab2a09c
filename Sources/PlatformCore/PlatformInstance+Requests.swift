/// The request flow through a platform: routing up to the lowest platform that covers both sides and
/// down to the provider (R-PLT-1), serving unconditional data (R-SHR-2) and data under a standing grant
/// (R-SHR-3), and passing conditional applications to the provider for review.
extension PlatformInstance {
    /// A request on its way to the provider's platform.
    mutating func route(_ request: ShareRequest, now: SimInstant, into out: inout DirectiveBuffer) {
        guard request.providerPlatform == configuration.address else {
            forward(
                .shareRequest(request), toward: request.providerPlatform, id: request.id, leg: .request, now: now,
                into: &out)
            return
        }
        // Only the served part of the entry: copying the whole metadata retained strings every department
        // and every replication share.
        let entry = servedEntry(of: request)
        let ruled = !rulings.isEmpty && rulings.contains(request.grantKey)
        if let reason = ServingRules.mandatoryRefusal(of: request, entry: entry, ruled: ruled) {
            answer(request, .refused(reason), shareType: entry?.shareTypeKind, now: now, into: &out)
            return
        }
        let shareType = entry!.shareTypeKind
        // R-SHR-2: unconditional data is served from the platform. R-SHR-3: so is conditional data under
        // a standing grant for the same purpose; any other purpose needs its own review.
        if shareType == .unconditional || grants.contains(request.grantKey) {
            answer(
                request, .served(delivery(zone: entry!.zone, from: request.providerAddress, now: now)),
                shareType: shareType, now: now, into: &out)
        } else {
            forward(
                .shareRequest(request), toward: request.providerAddress, id: request.id, leg: .request,
                now: now, into: &out)
        }
    }

    /// What serving `request` needs from the catalog: from the served table when it can tell, else from
    /// the catalog itself (the same answer, docs/decisions/0007).
    private mutating func servedEntry(of request: ShareRequest) -> ServedEntry? {
        let hint = Int(request.catalogIndex)
        let address = request.providerAddress.index
        // The catalog is read on the provider's first request only (docs/decisions/0020).
        if served.needsCopy(at: address) { served.copyEntries(of: request.provider, at: address, from: catalog) }
        return served.entry(request.resource, at: address, index: hint)
            ?? catalog.servedEntry(request.resource, of: request.provider, hint: hint)
    }

    /// An answer on its way back to the user's platform, then down to the user.
    mutating func route(_ response: ShareResponse, now: SimInstant, into out: inout DirectiveBuffer) {
        let request = response.request
        if request.providerPlatform == configuration.address, case .granted = response.answer {
            // R-SHR-3: the grant stands for this user, resource and purpose; later requests are served.
            grants.insert(request.grantKey)
        }
        guard request.userPlatform == configuration.address else {
            forward(
                .shareResponse(response), toward: request.userPlatform, id: request.id, leg: .response, now: now,
                into: &out)
            return
        }
        // R-PLT-1: the user hangs here, and the request says as which child: the routing table is not read (0022).
        let hop = request.userChild >= 0 ? ChildHop(child: request.userChild, address: request.userAddress) : nil
        forward(
            .shareResponse(response), toward: request.userAddress, hop: hop, id: request.id, leg: .response, now: now,
            into: &out)
    }

    /// R-PLT-3: the copy the platform holds, as old as the provider's integration mode makes it; R-CAT-5:
    /// wrong as often as the provider's data quality makes it.
    private mutating func delivery(zone: NetworkZone, from provider: ActorAddress, now: SimInstant) -> DataDelivery {
        let traits = served.traits(at: provider.index)
        let erroneous = traits.map { $0.dataErrorRate > 0 && random.bernoulli($0.dataErrorRate) } ?? false
        return DataDelivery(
            zone: zone, age: traits?.integration.dataAge(at: now) ?? .zero, erroneous: erroneous)
    }

    private mutating func answer(
        _ request: ShareRequest, _ answer: RequestAnswer, shareType: ShareTypeKind?, now: SimInstant,
        into out: inout DirectiveBuffer
    ) {
        route(ShareResponse(request: request, answer: answer, shareType: shareType), now: now, into: &out)
    }

    /// Sends `message` one hop toward `destination`: down to the child it hangs under (an attached
    /// department, or the child platform on the way to a platform below), else up; a hop lost on its link
    /// is observed (the user's timeout closes the request).
    /// `hop`, when given, is the child toward `destination`, known without the routing table.
    private mutating func forward(
        _ message: consuming Message, toward destination: ActorAddress, hop known: ChildHop? = nil, id: RequestID,
        leg: RequestLeg, now: SimInstant, into out: inout DirectiveBuffer
    ) {
        assert(known == nil || known == nextChild[destination.index], "the request's child is not the table's")
        let next: (address: ActorAddress, transmission: Transmission)
        if let hop = known ?? nextChild[destination.index] {
            next = (hop.address, downlinks[Int(hop.child)].transmit(at: now, random: &random))
        } else if let parent = parentAddress {
            // A platform has an uplink exactly when it has a parent (init).
            next = (parent, uplink!.transmit(at: now, random: &random))
        } else {
            // The national platform covers every platform, and targets are resolved when the world is built.
            preconditionFailure("no route from \(node) to address \(destination.index)")
        }
        switch next.transmission {
        case .delivered(let delay):
            out.append(.send(message, to: next.address, after: delay))
        case .lost(let reason):
            out.append(.observe(.requestLost(id, at: node, leg: leg, reason: reason)))
        }
    }
}

/// Where a request or answer goes down: the child's index among the platform's children and its address,
/// kept together so that a hop reads neither from the children's configurations (docs/decisions/0017).
struct ChildHop: Sendable, Equatable {
    /// The index in `configuration.children` (and in `downlinks`).
    let child: Int32
    /// That child's address.
    let address: ActorAddress

    /// Child `child`, at `address`.
    init(child: Int32, address: ActorAddress) {
        self.child = child
        self.address = address
    }

    /// The hop to child `index` of `children`.
    init(_ index: Int, _ children: [PlatformConfiguration.Neighbour]) {
        child = Int32(index)
        address = children[index].address
    }
}
