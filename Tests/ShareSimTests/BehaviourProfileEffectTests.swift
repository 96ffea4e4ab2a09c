import Foundation
import ShareSim
import SharingModel
import SimKernel
import Testing

/// Each of seed 002's four failures, given to one provider on the same seed (common random numbers: the same
/// applications arrive, every other department is cooperative), moves the metrics it should, in the direction
/// it should, against the same provider being cooperative (docs/behaviour.md).
@Suite struct BehaviourProfileEffectTests {
    static let subject: DepartmentID = "ZJ-NB-HEA"

    /// One year of the school-place city, one to one (so every need is reviewed by its provider), with an
    /// evaluation that applies no pressure; everyone cooperative but `subject`.
    static func outcome(_ kind: BehaviourProfile.Kind) async throws -> Outcome {
        var spec = schoolPlaceWorld(mode: .oneToOne, perYear: 400)
        for i in spec.departments.indices { spec.departments[i].profile = .cooperative }
        let base = BehaviourProfile.cooperative
        spec.setProfile(
            BehaviourProfile(kind: kind, onTimeProbability: base.onTimeProbability, lateness: base.lateness), of: subject)
        spec.evaluation = EvaluationPolicy(pressure: .none, owedItemsPerDepartment: 60)
        let run = try await finishedRun(spec, days: 365)
        var table = run.table
        table.append(contentsOf: run.simulation.evaluation.metricTable())
        let evaluation = try #require(run.simulation.evaluation.departments.first { $0.department == subject })
        let reviews = run.reviews.filter { $0.provider == subject }
        return Outcome(metrics: table, evaluation: evaluation, reviews: reviews)
    }

    struct Outcome {
        var metrics: MetricTable
        var evaluation: DepartmentEvaluation
        var reviews: [ReviewRecord]

        func value(_ name: String) -> Double { metrics.value(name) ?? .nan }
        var approval: Double { Double(reviews.filter(\.granted).count) / Double(max(1, reviews.count)) }
        var onTime: Double { Double(reviews.filter { !$0.overdue }.count) / Double(max(1, reviews.count)) }
        var provision: Double { evaluation.figures.provisionRate }
    }

    /// Unwilling (不愿): refuses more, reviews late, holds owed items back.
    @Test func unwillingRefusesMoreReviewsLaterAndProvidesLess() async throws {
        let cooperative = try await Self.outcome(.cooperative)
        let unwilling = try await Self.outcome(.unwilling)
        #expect(unwilling.reviews.count > 100)
        #expect(unwilling.approval < cooperative.approval - 0.2)
        #expect(unwilling.onTime < cooperative.onTime - 0.2)
        #expect(unwilling.provision < cooperative.provision - 0.2)
        #expect(unwilling.value("evaluation.withheld_unwilling") > cooperative.value("evaluation.withheld_unwilling"))
        #expect(unwilling.evaluation.notice.score < cooperative.evaluation.notice.score)
    }

    /// Afraid (不敢): refusals cite security, owed items are held back as not shared.
    @Test func afraidRefusesCitingSecurityAndWithholdsAsNotShared() async throws {
        let cooperative = try await Self.outcome(.cooperative)
        let afraid = try await Self.outcome(.afraid)
        #expect(afraid.value("request.refused_security") > cooperative.value("request.refused_security") + 20)
        #expect(afraid.value("evaluation.withheld_security") > cooperative.value("evaluation.withheld_security") + 5)
        #expect(afraid.evaluation.figures.itemsWithheldSecurity > afraid.evaluation.figures.itemsWithheldUnwilling)
        #expect(afraid.provision < cooperative.provision - 0.1)
        #expect(afraid.evaluation.notice.score < cooperative.evaluation.notice.score)
    }

    /// Don't know how (不会): wrong records, items that fail the format check, slow corrections.
    @Test func dontKnowHowDeliversErrorsAndMismatchedFormats() async throws {
        let cooperative = try await Self.outcome(.cooperative)
        let clumsy = try await Self.outcome(.dontKnowHow)
        #expect(clumsy.value("data.erroneous_deliveries") > cooperative.value("data.erroneous_deliveries") + 10)
        #expect(clumsy.value("evaluation.format_rejected") > cooperative.value("evaluation.format_rejected") + 5)
        #expect(clumsy.value("feedback.correction_wd_mean") > cooperative.value("feedback.correction_wd_mean"))
        #expect(clumsy.evaluation.scores.standardsCoordination! < cooperative.evaluation.scores.standardsCoordination!)
    }

    /// Unable (不能): integrations not done within the year, reviews that take longer.
    @Test func unableLeavesItemsUnintegratedAndAnswersLate() async throws {
        let cooperative = try await Self.outcome(.cooperative)
        let unable = try await Self.outcome(.unable)
        #expect(unable.value("evaluation.not_integrated") > cooperative.value("evaluation.not_integrated") + 3)
        #expect(unable.onTime < cooperative.onTime - 0.3)
        let mean = { (o: Outcome) in o.reviews.reduce(0) { $0 + $1.workingDays } / Double(max(1, o.reviews.count)) }
        #expect(mean(unable) > mean(cooperative) + 3)
        #expect(unable.provision < cooperative.provision - 0.05)
    }
}
