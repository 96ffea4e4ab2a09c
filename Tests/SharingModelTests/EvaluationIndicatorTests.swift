import SharingModel
import SimKernel
import Testing

/// R-EVAL-4: the indicators are the documented formulas; what a department had nothing to do in is left out;
/// evaluation pressure only ever moves a profile toward the cooperative one.
@Suite struct EvaluationIndicatorTests {
    @Test func indicatorsAreTheDocumentedFormulas() {
        var f = DepartmentYearFigures()
        f.itemsOwed = 10
        f.itemsProvided = 8
        f.itemsProvidedOnline = 6
        f.itemsFormatRejected = 2
        f.reviewsAnswered = 4
        f.reviewsOnTime = 3
        f.reviewsGranted = 2
        f.requestsClosed = 5
        f.requestsWithData = 5
        f.catalogUpdatesOnTime = 1
        f.catalogUpdatesLate = 1
        let s = IndicatorScores(f)
        #expect(s.provision == 0.8)
        #expect(s.crossDepartmentUse == 1)
        #expect(s.internalSharing == 0.5)
        #expect(s.institutionalCooperation == 0.75)
        #expect(s.proactiveNotification == nil)
        #expect(s.newMediaService == 0.75)
        #expect(s.otherInnovation == 0.5)
        let sharing = 0.4 * 0.8 + 0.2 * 1 + 0.2 * 0.5 + 0.2 * 0.75
        #expect(abs(s.informationSharing! - sharing) < 1e-12)
        // Proactive notification does not apply: public benefit is new-media service alone.
        #expect(abs(s.publicBenefit! - 0.75) < 1e-12)
        #expect(abs(s.shenzhenTotal - (70 * sharing + 30 * 0.75 + 5 * 0.5)) < 1e-9)
        #expect(abs(s.resourceSharing! - 0.65) < 1e-12)
        #expect(abs(s.standardsCoordination! - 0.65) < 1e-12)
        #expect(abs(s.workCoordination! - 0.875) < 1e-12)
        #expect(s.satisfaction == nil)
        #expect(abs(s.familiesTotal - 100 * (0.65 + 0.65 + 0.875) / 3) < 1e-9)
    }

    @Test func aDepartmentWithNothingToBeMeasuredOnScoresFullMarks() {
        let s = IndicatorScores(DepartmentYearFigures())
        #expect(s.shenzhenTotal == 100)
        #expect(s.familiesTotal == 100)
        #expect(s.named.count == 15)
    }

    @Test(arguments: BehaviourProfile.Kind.allCases)
    func pressureMovesEveryProfileTowardCooperation(kind: BehaviourProfile.Kind) {
        let p = BehaviourProfile(kind: kind, onTimeProbability: 0.3, lateness: .exponential(mean: .days(30)))
        let q = p.pressured(by: 0.5)
        let c = BehaviourProfile.cooperative
        #expect(q.kind == kind)
        #expect(q.provision.provisionProbability >= p.provision.provisionProbability)
        #expect(
            q.provision.provisionProbability <= max(p.provision.provisionProbability, c.provision.provisionProbability))
        #expect(q.sharing.approvalProbability >= p.sharing.approvalProbability)
        #expect(q.sharing.securityRefusalShare <= p.sharing.securityRefusalShare)
        #expect(q.provision.formatMismatchRate <= p.provision.formatMismatchRate)
        #expect(q.onTimeProbability == 0.3 + 0.5 * (0.95 - 0.3))
        #expect(q.lateness == .exponential(mean: .days(15)))
        #expect(p.pressured(by: 0) == p)
        if kind == .unwilling { #expect(abs(q.provision.provisionProbability - 0.775) < 1e-12) }
    }

    @Test func evaluationYearsCloseAnHourBeforeTheirLastMidnight() {
        let end0 = EvaluationYear.end(of: 0)
        #expect(end0 == SimInstant.zero + .days(365) - .hours(1))
        #expect(EvaluationYear.index(of: end0 - .milliseconds(1)) == 0)
        #expect(EvaluationYear.index(of: end0) == 1)
        #expect(EvaluationYear.index(of: .zero) == 0)
        #expect(EvaluationYear.end(of: 2) == SimInstant.zero + .days(3 * 365) - .hours(1))
    }
}
