import SharingModel
import SimKernel
import Testing

@testable import ShareSim

/// Every shell of a run appends to the one `DirectiveScratch` its world made. That is sound only if each
/// shell drains the buffer before its handler returns: a directive left behind would be carried out by the
/// next actor delivered to, as its own.
@Suite struct DirectiveScratchTests {
    @Test func theSharedBufferIsEmptyAtEveryDelivery() async throws {
        let spec = schoolPlaceWorld(perYear: 20_000)
        let simulation = try CatalogSyncSimulation(spec: spec)
        let scratch = simulation.world.scratch
        let seen = DeliveryTally()
        simulation.world.context.deliveryHook = { _ in
            seen.deliveries += 1
            if !scratch.buffer.pointee.isEmpty { seen.leftovers += 1 }
        }
        _ = await simulation.run(until: spec.epoch.startOfDay(spec.startDate.adding(days: 3)))
        #expect(seen.deliveries > 1_000)
        #expect(seen.leftovers == 0)
        let emptyAfterwards = scratch.buffer.pointee.isEmpty
        #expect(emptyAfterwards)
        #expect(simulation.requests.counters.made > 100)
        #expect(await simulation.checkRequestConservation().holds)
    }
}

final class DeliveryTally: @unchecked Sendable {
    var deliveries = 0
    var leftovers = 0
}
