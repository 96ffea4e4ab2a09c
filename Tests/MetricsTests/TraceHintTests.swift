import Metrics
import SharingModel
import SimKernel
import Testing

/// ``TraceEncoding`` leaves out fields whose label ends in `Hint` (run-local shortcuts, not values), and
/// writes a request record from its mirror (the seven fields, not the request object it holds).
@Suite struct TraceHintTests {
    private struct Sample {
        var a: Int
        var whereHint: Int32
        var b: String
    }

    private struct HintsAround {
        var firstHint: Int
        var hint: Int
        var hinted: Bool
        var lastHint: String
    }

    /// The member names of an object node, in order; `nil` for any other node.
    private static func keys(_ node: JSONNode) -> [String]? {
        if case .object(let members) = node { return members.map(\.0) }
        return nil
    }

    @Test func aHintFieldIsLeftOutAndTheOthersKeepTheirOrder() {
        let node = TraceEncoding.node(Sample(a: 1, whereHint: 42, b: "x"))
        #expect(Self.keys(node) == ["a", "b"])
        #expect(node == .object([("a", .int(1)), ("b", .string("x"))]))
    }

    @Test func onlyTheSuffixHintCounts() {
        // `hint` and `hinted` do not end in `Hint` (case matters); the first and last fields do.
        let node = TraceEncoding.node(HintsAround(firstHint: 1, hint: 2, hinted: true, lastHint: "z"))
        #expect(node == .object([("hint", .int(2)), ("hinted", .bool(true))]))
    }

    @Test func anApplicationRecordIsTracedWithoutItsOrdinalHint() {
        let record = ApplicationRecord(
            service: "school-place", department: "3301-EDU", arrivedAt: SimInstant(milliseconds: 5_000),
            crossDepartmentNeeds: 4, sharedNeeds: 3, originalNeeds: 1, tripsSaved: 2, tripsMade: 1,
            serviceOrdinalHint: 3)
        let node = TraceEncoding.node(record)
        let keys = Self.keys(node)
        #expect(keys?.contains("serviceOrdinalHint") == false)
        #expect(
            keys == [
                "service", "department", "arrivedAt", "crossDepartmentNeeds", "sharedNeeds", "originalNeeds",
                "tripsSaved", "tripsMade",
            ])
        #expect(
            node
                == .object([
                    ("service", .string("school-place")), ("department", .string("3301-EDU")),
                    ("arrivedAt", .int(5_000)), ("crossDepartmentNeeds", .int(4)), ("sharedNeeds", .int(3)),
                    ("originalNeeds", .int(1)), ("tripsSaved", .int(2)), ("tripsMade", .int(1)),
                ]))
        // The same record without a hint traces identically.
        var unhinted = record
        unhinted.serviceOrdinalHint = -1
        #expect(TraceEncoding.node(unhinted) == node)
    }

    @Test func aRequestRecordIsTracedAsItsSevenFields() {
        let id = RequestID(user: ActorAddress(12), serial: 7)
        let record = RequestRecord(
            id: id, user: "3301-EDU", provider: "3301-HLT", resource: "3301-HLT-0003", shareType: .conditional,
            purpose: "service:school-place", mode: .centralized)
        let node = TraceEncoding.node(record)
        #expect(Self.keys(node) == ["id", "user", "provider", "resource", "shareType", "purpose", "mode"])
        guard case .object(let members) = node else {
            Issue.record("expected an object, got \(node)")
            return
        }
        #expect(members[0].1 == .object([("user", .int(12)), ("serial", .int(7))]))
        #expect(members[1].1 == .string("3301-EDU"))
        #expect(members[2].1 == .string("3301-HLT"))
        #expect(members[3].1 == .string("3301-HLT-0003"))
        #expect(members[5].1 == .string("service:school-place"))
        // The record of a real request, with addresses and a catalog index, traces the same.
        let request = ShareRequest(
            id: id, mode: .centralized, user: "3301-EDU", userPlatform: ActorAddress(3), userZone: .inner,
            provider: "3301-HLT", providerAddress: ActorAddress(40), providerPlatform: ActorAddress(4),
            resource: "3301-HLT-0003", shareType: .conditional, purpose: "service:school-place", catalogIndex: 5)
        #expect(TraceEncoding.node(RequestRecord(request)) == node)
    }
}
