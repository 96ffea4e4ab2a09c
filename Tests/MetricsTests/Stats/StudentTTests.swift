import Foundation
import Testing

@testable import Metrics

struct StudentTTests {
    /// Reference values of t(0.975, df) to 12+ digits (R `qt(0.975, df)`).
    @Test(arguments: [
        (1, 12.706204736174694), (2, 4.302652729749462), (3, 3.1824463052837078), (4, 2.7764451051977934),
        (5, 2.5705818356363146), (7, 2.364624251592784), (10, 2.228138851986274), (19, 2.0930240544083087),
        (30, 2.0422724563012378), (120, 1.9799304050824402), (999, 1.9623414611334493), (1000, 1.9623390808264083),
        (1001, 1.9623367052808798), (5000, 1.9604385517065073), (1_000_000, 1.959966356814107),
    ])
    func quantile975MatchesReferenceValues(df: Int, expected: Double) {
        #expect(Swift.abs(StudentT.quantile975(df: df) - expected) < 1e-10)
    }

    /// The printed table of the brief, to three decimals.
    @Test(arguments: [
        (1, 12.706), (2, 4.303), (5, 2.571), (10, 2.228), (19, 2.093), (30, 2.042), (120, 1.980),
    ])
    func quantile975MatchesPrintedTable(df: Int, expected: Double) {
        #expect(Swift.abs(StudentT.quantile975(df: df) - expected) < 0.0005)
    }

    @Test func quantile975TendsToTheNormalQuantile() {
        #expect(Swift.abs(StudentT.quantile975(df: 100_000_000) - 1.959964) < 1e-6)
        #expect(StudentT.quantile975(df: 2000) > StudentT.normalQuantile975)
    }

    @Test func quantile975DecreasesWithDegreesOfFreedom() {
        let values = (1...1500).map { StudentT.quantile975(df: $0) }
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 > $1 })
    }

    @Test func quantile975IsUndefinedWithoutDegreesOfFreedom() {
        #expect(StudentT.quantile975(df: 0).isNaN)
        #expect(StudentT.quantile975(df: -3).isNaN)
    }

    @Test func centralProbabilityInvertsTheQuantile() {
        for df in [1, 2, 7, 8, 31] {
            let t = StudentT.quantile975(df: df)
            #expect(Swift.abs(StudentT.centralProbability(t, df: df) - 0.95) < 1e-14)
        }
        #expect(StudentT.centralProbability(0, df: 4) == 0)
        #expect(StudentT.centralProbability(.infinity, df: 4) == 1)
    }

    @Test func quantileIsSymmetricAroundTheMedian() {
        #expect(StudentT.quantile(0.5, df: 3) == 0)
        #expect(StudentT.quantile(0.025, df: 3) == -StudentT.quantile(0.975, df: 3))
        // qt(0.995, 4) = 4.604094871415897
        #expect(Swift.abs(StudentT.quantile(0.995, df: 4) - 4.604094871415897) < 1e-10)
    }

    @Test(arguments: [0.0, 0.05, 0.125, 0.5, 1.0, 3.0, 1e6])
    func arctangentAgreesWithLibm(x: Double) {
        #expect(Swift.abs(StudentT.arctangent(x) - atan(x)) <= 4 * Double.ulpOfOne * Swift.max(1, atan(x)))
    }
}
