import SharingModel
import SimKernel
import Testing

@testable import ShareSim

/// The ledger's open-addressing table answers as a `Set` would through growth and removals: removal shifts
/// keys back, and a wrong shift loses a key or finds one that was removed (docs/decisions/0008).
@Suite struct OpenRequestSetTests {
    @Test func answersAsASetThroughGrowthAndRemovals() {
        var table = OpenRequestSet()
        var reference = Set<RequestID>()
        var random = RandomStream(seed: 11, name: "open-set")
        // Few users, serials mostly rising, closes in any order: the ledger's pattern, dense enough to wrap.
        var highest = [UInt32](repeating: 0, count: 40)
        for step in 0..<60_000 {
            let user = random.int(below: highest.count)
            if random.bernoulli(step < 30_000 ? 0.7 : 0.35) {
                highest[user] += 1
                let id = RequestID(user: ActorAddress(Int32(user)), serial: highest[user])
                let inserted = table.insert(id)
                #expect(inserted == reference.insert(id).inserted)
            } else if highest[user] > 0 {
                let id = RequestID(
                    user: ActorAddress(Int32(user)), serial: 1 + UInt32(random.int(below: Int(highest[user]))))
                let expected = reference.remove(id) != nil
                if table.remove(id) != expected {
                    Issue.record("remove(\(id)) disagreed with the set at step \(step)")
                    return
                }
            }
        }
        #expect(table.count == reference.count)
        for user in highest.indices {
            for serial in 1...max(1, highest[user]) {
                let id = RequestID(user: ActorAddress(Int32(user)), serial: serial)
                if table.contains(id) != reference.contains(id) {
                    Issue.record("contains(\(id)) disagreed with the set")
                    return
                }
            }
        }
    }

    /// Also for the id that packs to the empty marker (user 0, serial 0): a malformed stream is a breach for
    /// the ledger to name, not a crash.
    @Test(arguments: [RequestID(user: ActorAddress(3), serial: 9), RequestID(user: ActorAddress(0), serial: 0)])
    func aRequestIsOpenOnceHoweverOftenItIsInserted(id: RequestID) {
        var table = OpenRequestSet()
        let first = table.insert(id)
        let second = table.insert(id)
        #expect(first && !second)
        #expect(table.count == 1)
        let removed = table.remove(id)
        let removedAgain = table.remove(id)
        #expect(removed && !removedAgain)
        #expect(!table.contains(id))
        #expect(table.count == 0)
    }
}
