import SharingModel
import SimKernel

/// A government's yearly evaluation of its departments, as a value (STYLE.md example 1): the work its
/// sharing authority does with others under R-EVAL-1..4. It waits for every department's report of a year,
/// scores each by both indicator systems (R-EVAL-4), publishes the scores, and sends each department its
/// notice: rectification below the threshold, a report to the State Council when still short after a notice
/// (R-EVAL-2), loss of project approval and funding below the provision requirement (R-EVAL-3), and the
/// pressure the scenario attaches to them.
///
/// It reads nothing but the reports that reach it; the scores are a pure function of them.
public struct EvaluatorInstance: Sendable {
    /// What the evaluator is.
    public struct Configuration: Sendable {
        /// The evaluator's address.
        public var address: ActorAddress
        /// The government it evaluates.
        public var government: GovernmentID
        /// Its departments, in world order: the order of the published report.
        public var departments: [DepartmentID]
        /// The rules.
        public var policy: EvaluationPolicy

        /// A configuration.
        public init(
            address: ActorAddress, government: GovernmentID, departments: [DepartmentID], policy: EvaluationPolicy
        ) {
            self.address = address
            self.government = government
            self.departments = departments
            self.policy = policy
        }
    }

    /// What the evaluator is.
    public let configuration: Configuration
    /// Reports of the year being collected, by department.
    private var reports: [DepartmentID: DepartmentYearReport] = [:]
    /// R-EVAL-2: departments that got a notice at the last evaluation.
    private var shortLastYear: Set<DepartmentID> = []
    /// R-EVAL-2: whether the government itself fell short last year.
    private var governmentShortLastYear = false
    /// Years evaluated.
    public private(set) var yearsEvaluated = 0

    /// An evaluator with no report.
    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Handles one message delivered at `now` and returns what it asks of its shell (tests; shells use
    /// ``handle(_:now:into:)`` with a buffer they reuse).
    public mutating func handle(_ message: Message, now: SimInstant) -> [Directive] {
        var out = DirectiveBuffer()
        handle(message, now: now, into: &out)
        return out.takeAll()
    }

    /// Handles one message delivered at `now`, appending what it asks of its shell to `out`.
    public mutating func handle(_ message: Message, now: SimInstant, into out: inout DirectiveBuffer) {
        if case .yearReport(let report) = message { receive(report, into: &out) }
    }

    private mutating func receive(_ report: DepartmentYearReport, into out: inout DirectiveBuffer) {
        guard configuration.departments.contains(report.department) else { return }
        if let first = reports.values.first, first.year != report.year {
            // A report of another year while one is open cannot happen with reliable documents; keep the newest.
            reports = [:]
        }
        reports[report.department] = report
        if reports.count == configuration.departments.count { evaluate(into: &out) }
    }

    /// R-EVAL-1: every report is in: score, publish, notify.
    private mutating func evaluate(into out: inout DirectiveBuffer) {
        let policy = configuration.policy
        var total = DepartmentYearFigures()
        var scoreSum = 0.0
        var shortNow: Set<DepartmentID> = []
        var year = 0
        for department in configuration.departments {
            guard let report = reports[department] else { continue }
            year = report.year
            let scores = IndicatorScores(report.figures)
            let evaluation = Self.judge(
                report: report, scores: scores, policy: policy, wasShort: shortLastYear.contains(department))
            if evaluation.notice.isShort { shortNow.insert(department) }
            total = total + report.figures
            scoreSum += evaluation.score
            out.append(
                .observe(
                    .departmentEvaluated(
                        DepartmentEvaluation(
                            department: department, government: configuration.government, year: report.year,
                            kind: report.kind, figures: report.figures, scores: scores, notice: evaluation))))
            out.append(.send(.evaluationNotice(evaluation), to: report.address, after: EvaluationYear.documentDelay))
        }
        let count = configuration.departments.count
        let mean = count == 0 ? 0 : scoreSum / Double(count)
        // R-EVAL-2: a government (a province, a city) falls short too; reported when short twice running.
        let governmentNotice: NoticeKind =
            mean >= policy.threshold ? .none : governmentShortLastYear ? .reportedToStateCouncil : .rectification
        out.append(
            .observe(
                .governmentEvaluated(
                    GovernmentEvaluation(
                        government: configuration.government, year: year, departments: count, figures: total,
                        scores: IndicatorScores(total), meanScore: mean, departmentsShort: shortNow.count,
                        notice: governmentNotice))))
        shortLastYear = shortNow
        governmentShortLastYear = governmentNotice.isShort
        reports = [:]
        yearsEvaluated += 1
    }

    /// R-EVAL-2, R-EVAL-3: the notice a department gets for `scores`, and the pressure the policy attaches.
    public static func judge(
        report: DepartmentYearReport, scores: IndicatorScores, policy: EvaluationPolicy, wasShort: Bool
    ) -> EvaluationNotice {
        let score = scores.total(policy.indicatorSystem)
        // R-EVAL-2: below the threshold, a rectification notice; still short at the next one, the State Council.
        let notice: NoticeKind =
            score >= policy.threshold ? .none : wasShort ? .reportedToStateCouncil : .rectification
        // R-EVAL-3: projects of a department that does not provide what it owes lose approval and funding.
        let rate = report.figures.provisionRate
        let defunded = rate < policy.fundingRequirement
        let pressure: Double
        switch policy.pressure {
        case .none:
            pressure = 0
        case .fixed:
            pressure = (notice.isShort ? policy.rectificationStrength : 0) + (defunded ? policy.fundingStrength : 0)
        case .dynamic:
            let shortfall = policy.threshold > 0 ? max(0, policy.threshold - score) / policy.threshold : 0
            let fundingShortfall =
                policy.fundingRequirement > 0
                ? max(0, policy.fundingRequirement - rate) / policy.fundingRequirement : 0
            pressure = policy.rectificationStrength * shortfall + policy.fundingStrength * fundingShortfall
        }
        return EvaluationNotice(
            year: report.year, score: score, notice: notice, projectsDefunded: defunded, pressure: min(1, pressure))
    }
}
