import Testing

@testable import SharingModel
@testable import SimKernel

/// ``DirectiveBuffer``: sends in their order, observations in theirs, storage grown and reused, and every
/// payload released exactly once.
@Suite struct DirectiveBufferTests {
    static func request(_ serial: UInt32) -> ShareRequest {
        ShareRequest(
            id: RequestID(user: ActorAddress(1), serial: serial), mode: .centralized, user: "U",
            userPlatform: ActorAddress(0), userZone: .outer, provider: "P", providerAddress: ActorAddress(2),
            providerPlatform: ActorAddress(0), resource: "P.00", shareType: .unconditional, purpose: "核验")
    }

    static func send(_ serial: UInt32) -> Directive {
        .send(.shareRequest(request(serial)), to: ActorAddress(9), after: .zero)
    }

    static func observe(_ serial: UInt32) -> Directive {
        .observe(.answerAfterClose(RequestID(user: ActorAddress(1), serial: serial)))
    }

    static func serial(_ directive: Directive) -> UInt32? {
        if case .send(.shareRequest(let request), _, _) = directive { return request.id.serial }
        return nil
    }

    static func serial(_ observation: Observation) -> UInt32? {
        if case .answerAfterClose(let id) = observation { return id.serial }
        return nil
    }

    @Test func keepsEachKindInOrderAcrossGrowthAndDrains() {
        var buffer = DirectiveBuffer()
        for round in 0..<3 {
            // Interleaved, more than the first capacity of either run.
            for serial in UInt32(1)...20 {
                buffer.append(Self.send(serial))
                buffer.append(Self.observe(100 + serial))
            }
            let count = buffer.count
            let observations = buffer.observationCount
            #expect(count == 40 && observations == 20)
            var seen: [UInt32] = []
            buffer.forEachObservation(from: 15) { seen.append(Self.serial(copy $0)!) }
            #expect(seen == [116, 117, 118, 119, 120])
            var sends: [UInt32] = []
            var observed: [UInt32] = []
            if round < 2 {
                buffer.drain(
                    actions: { sends.append(Self.serial($0)!) }, observations: { observed.append(Self.serial($0)!) })
            } else {
                let all = buffer.takeAll()
                sends = all.prefix(20).map { Self.serial($0)! }
                observed = all.suffix(20).map { directive in
                    guard case .observe(let o) = directive else { return 0 }
                    return Self.serial(o)!
                }
            }
            #expect(sends == Array(1...20))
            #expect(observed == Array(101...120))
            let empty = buffer.isEmpty
            #expect(empty)
        }
    }

    @Test func releasesWhatItHoldsWhenDrainedOrDropped() {
        weak var drained: ShareRequest?
        weak var dropped: ShareRequest?
        do {
            var buffer = DirectiveBuffer()
            var request: ShareRequest? = Self.request(1)
            drained = request
            buffer.append(.send(.shareRequest(request!), to: ActorAddress(9), after: .zero))
            request = nil
            #expect(drained != nil)
            buffer.drain(actions: { _ in }, observations: { _ in })
            #expect(drained == nil)
            request = Self.request(2)
            dropped = request
            buffer.append(.send(.shareRequest(request!), to: ActorAddress(9), after: .zero))
            request = nil
            #expect(dropped != nil)
        }
        #expect(dropped == nil)
    }
}
