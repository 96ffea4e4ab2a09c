import Testing

@testable import SharingModel
@testable import SimKernel

/// ``DirectiveBuffer``: order kept, storage grown and reused, and every payload released exactly once.
@Suite struct DirectiveBufferTests {
    static func request(_ serial: UInt32) -> ShareRequest {
        ShareRequest(
            id: RequestID(user: ActorAddress(1), serial: serial), mode: .centralized, user: "U",
            userPlatform: ActorAddress(0), userZone: .outer, provider: "P", providerAddress: ActorAddress(2),
            providerPlatform: ActorAddress(0), resource: "P.00", shareType: .unconditional, purpose: "核验")
    }

    static func serial(_ directive: Directive) -> UInt32? {
        if case .send(.shareRequest(let request), _, _) = directive { return request.id.serial }
        return nil
    }

    @Test func keepsOrderAcrossGrowthAndDrains() {
        var buffer = DirectiveBuffer()
        for round in 0..<3 {
            for serial in UInt32(1)...20 {
                buffer.append(.send(.shareRequest(Self.request(serial)), to: ActorAddress(9), after: .zero))
            }
            let count = buffer.count
            #expect(count == 20)
            var seen: [UInt32] = []
            buffer.forEach(from: 15) { seen.append(Self.serial(copy $0)!) }
            #expect(seen == [16, 17, 18, 19, 20])
            var drained: [UInt32] = []
            if round < 2 {
                buffer.drain { drained.append(Self.serial($0)!) }
            } else {
                drained = buffer.takeAll().map { Self.serial($0)! }
            }
            #expect(drained == Array(1...20))
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
            buffer.drain { _ in }
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
