import SharingModel
import SimKernel
import Testing

@testable import ShareSim

/// The run's one subscription gives the request observations (`requestMade`, `requestClosed`,
/// `applicationCompleted`, most of a run's stream) only to the collectors that read them
/// (`CatalogSyncSimulation.init`). The others must ignore them: if one starts counting them, this fails and
/// the subscription must give them to it too.
@Suite struct CollectorsSkipTests {
    static let epoch = SimEpoch(startDate: CivilDate(year: 2017, month: 3, day: 1)!)

    /// One of each request observation, served and expired, with and without data.
    static var requestObservations: [Observation] {
        let id = RequestID(user: ActorAddress(3), serial: 1)
        let record = RequestRecord(
            id: id, user: "A.01", provider: "A.02", resource: "A.02.00", shareType: .unconditional,
            purpose: Purpose(rawValue: "service:s"), mode: .centralized)
        let served = RequestClosure(
            id: id, user: "A.01", userZone: .outer, provider: "A.02", resource: "A.02.00", shareType: .unconditional,
            outcome: .served, madeAt: .zero, delivery: DataDelivery(zone: .outer, age: .hours(3), erroneous: true))
        let expired = RequestClosure(
            id: RequestID(user: ActorAddress(3), serial: 2), user: "A.01", userZone: .outer, provider: "A.02",
            resource: "A.02.01", shareType: .conditional, outcome: .expired, madeAt: .zero, delivery: nil)
        let application = ApplicationRecord(
            service: "s", department: "A.01", arrivedAt: .zero, crossDepartmentNeeds: 2, sharedNeeds: 1,
            originalNeeds: 1, tripsSaved: 0, tripsMade: 1, serviceOrdinalHint: 0)
        return [
            .requestMade(record), .requestClosed(served), .requestClosed(expired), .applicationCompleted(application),
        ]
    }

    @Test func theCatalogCollectorIgnoresRequestObservations() {
        let fed = CatalogSyncMetrics(epoch: Self.epoch)
        for (i, o) in Self.requestObservations.enumerated() {
            fed.record(ObservationRecord(time: .zero + .hours(Int64(i)), index: UInt64(i), observation: o))
        }
        let fresh = CatalogSyncMetrics(epoch: Self.epoch)
        #expect(fed.counters == fresh.counters)
        #expect(fed.stalenessSamples == fresh.stalenessSamples)
        #expect(fed.updatesNotYetVisible == fresh.updatesNotYetVisible)
    }

    @Test func theDisputeCollectorIgnoresRequestObservations() {
        let fed = DisputeMetrics()
        for (i, o) in Self.requestObservations.enumerated() { fed.record(o, at: .zero + .hours(Int64(i))) }
        let fresh = DisputeMetrics()
        #expect(fed.counters == fresh.counters)
        #expect(fed.resolutionWorkingDays == fresh.resolutionWorkingDays)
        #expect(fed.breaches == fresh.breaches)
    }

    @Test func theVerticalCollectorIgnoresRequestObservations() {
        let fed = VerticalMetrics(lines: ["L"], epoch: Self.epoch, calendar: .china)
        for (i, o) in Self.requestObservations.enumerated() { fed.record(o, at: .zero + .hours(Int64(i))) }
        let fresh = VerticalMetrics(lines: ["L"], epoch: Self.epoch, calendar: .china)
        #expect(fed.total == fresh.total)
        #expect(fed.byLevel == fresh.byLevel)
        #expect(fed.byLine == fresh.byLine)
        #expect(fed.breaches == fresh.breaches)
    }

    @Test func theRequestCollectorDoesNotIgnoreThem() {
        // The oracle can fail: the collector that is asked sees each of them.
        let requests = RequestMetrics()
        for o in Self.requestObservations { requests.record(o) }
        #expect(requests.counters.made == 1)
        #expect(requests.counters.applications == 1)
        #expect(requests.counters.erroneousDeliveries == 1)
    }
}
