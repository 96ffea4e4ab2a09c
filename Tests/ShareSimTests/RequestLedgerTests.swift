import SharingModel
import SimKernel
import Testing

@testable import ShareSim

/// The conservation ledger of ``RequestMetrics`` keeps only open requests and each user's highest serial,
/// yet tells every breach apart exactly as a ledger of every request would (issue 11: memory must not grow
/// with the number of requests).
@Suite struct RequestLedgerTests {
    static func id(_ user: Int32, _ serial: UInt32) -> RequestID { RequestID(user: ActorAddress(user), serial: serial) }

    static func made(_ id: RequestID) -> Observation {
        .requestMade(
            RequestRecord(
                id: id, user: "U", provider: "P", resource: "P.01", shareType: .unconditional, purpose: "test",
                mode: .centralized))
    }

    static func closed(_ id: RequestID) -> Observation {
        .requestClosed(
            RequestClosure(
                id: id, user: "U", userZone: .outer, provider: "P", resource: "P.01", shareType: .unconditional,
                outcome: .served, madeAt: .zero, delivery: nil))
    }

    @Test func requestsMadeAndClosedOnceLeaveNoBreachAndNothingOpen() {
        let metrics = RequestMetrics()
        for s in 1...5 { metrics.record(Self.made(Self.id(7, UInt32(s)))) }
        for s in [3, 1, 5, 2, 4] { metrics.record(Self.closed(Self.id(7, UInt32(s)))) }
        let c = metrics.conservation(openAtUsers: 0)
        #expect(c.breaches == [])
        #expect(c.holds)
    }

    @Test func eachBreachIsNamedAsAFullLedgerWouldName() {
        let metrics = RequestMetrics()
        metrics.record(Self.made(Self.id(1, 1)))
        metrics.record(Self.made(Self.id(1, 1)))  // made twice
        metrics.record(Self.closed(Self.id(1, 1)))
        metrics.record(Self.closed(Self.id(1, 1)))  // closed twice
        metrics.record(Self.closed(Self.id(1, 2)))  // never made: above the highest serial
        metrics.record(Self.made(Self.id(1, 5)))  // serials 2...4 jumped over
        metrics.record(Self.closed(Self.id(1, 3)))  // never made: a skipped serial
        metrics.record(Self.made(Self.id(1, 3)))  // made late: not a breach
        metrics.record(Self.closed(Self.id(1, 3)))
        metrics.record(Self.closed(Self.id(2, 1)))  // never made: an unknown user
        #expect(
            metrics.breaches == [
                "\(Self.id(1, 1)) made twice", "\(Self.id(1, 1)) closed twice",
                "\(Self.id(1, 2)) closed but never made",
                "\(Self.id(1, 3)) closed but never made", "\(Self.id(2, 1)) closed but never made",
            ])
        #expect(!metrics.conservation(openAtUsers: 1).holds)
    }
}
