import Foundation
import Testing

@testable import ScenarioKit

/// Every input the scenario-loader fuzzer (`scripts/fuzz-scenarios`) found to crash, hang or exhaust memory,
/// kept as a file in `FuzzRegressions/` (issue 12). Each must now decode to a scenario or to errors, quickly;
/// the file's name says what it found.
@Suite struct FuzzRegressionTests {
    static let directory = repositoryRoot + "/Tests/ScenarioKitTests/FuzzRegressions"

    static var files: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    @Test func thereAreRegressionInputs() {
        #expect(!Self.files.isEmpty)
    }

    @Test(arguments: files)
    func fuzzFindingDecodesOrFailsCleanly(name: String) throws {
        let data = try #require(FileManager.default.contents(atPath: Self.directory + "/" + name))
        var limits = ScenarioLimits()
        // The fuzzer's own budget; the machine's would hide an estimate that is too low.
        limits.memoryBudget = 2 << 30
        let start = ContinuousClock.now
        do {
            let scenario = try ScenarioLoader.decode(bytes: [UInt8](data), file: name, limits: limits)
            _ = scenario.world.problems()
        } catch {
            #expect(!error.errors.isEmpty)
            #expect(!error.description.isEmpty)
        }
        #expect(ContinuousClock.now - start < .seconds(5), "\(name) took too long")
    }
}
