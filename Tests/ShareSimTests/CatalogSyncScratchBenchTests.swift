import ShareSim
import Testing

@Suite struct CatalogSyncScratchBench {
    @Test func fullSizeBenchmark() async {
        guard ProcessInfoGate.enabled else { return }
        let result = await SyncBenchmark.run()
        print(result.summary)
        print(result.counters)
        #expect(result.converged)
    }
}

import Foundation
enum ProcessInfoGate { static var enabled: Bool { ProcessInfo.processInfo.environment["WORLD_BENCH"] == "1" } }
