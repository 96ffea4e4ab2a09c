import SimKernel

/// R-EVAL-2: the notice an evaluation gives.
public enum NoticeKind: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// At or above the threshold.
    case none
    /// Below the threshold: a rectification notice (整改通知).
    case rectification
    /// Below the threshold again after a rectification notice: reported to the State Council (上报国务院).
    case reportedToStateCouncil

    /// Whether the department (or government) fell short.
    public var isShort: Bool { self != .none }

    /// The raw value.
    public var description: String { rawValue }
}

/// What a department needs to take part in the evaluation, sent when the world starts (R-EVAL-1).
public struct EvaluationSetup: Hashable, Sendable {
    /// The evaluator of the department's government.
    public var evaluator: ActorAddress
    /// The items it owes to the evaluation catalog.
    public var owedItems: Int

    /// A setup.
    public init(evaluator: ActorAddress, owedItems: Int) {
        self.evaluator = evaluator
        self.owedItems = owedItems
    }
}

/// A department's yearly report to its government's evaluator (R-EVAL-1): its figures as it counted them.
public struct DepartmentYearReport: Hashable, Sendable {
    /// The department.
    public var department: DepartmentID
    /// Its address, for the notice.
    public var address: ActorAddress
    /// The year.
    public var year: Int
    /// Its profile's kind this year.
    public var kind: BehaviourProfile.Kind
    /// Its figures.
    public var figures: DepartmentYearFigures

    /// A report.
    public init(
        department: DepartmentID, address: ActorAddress, year: Int, kind: BehaviourProfile.Kind,
        figures: DepartmentYearFigures
    ) {
        self.department = department
        self.address = address
        self.year = year
        self.kind = kind
        self.figures = figures
    }
}

/// The evaluator's answer to a department (R-EVAL-2, R-EVAL-3).
public struct EvaluationNotice: Hashable, Sendable {
    /// The year evaluated.
    public var year: Int
    /// The total that decided the notice.
    public var score: Double
    /// The notice.
    public var notice: NoticeKind
    /// R-EVAL-3: its projects lose approval and operations funding.
    public var projectsDefunded: Bool
    /// How far it must move toward the cooperative profile next year (0: not at all), per the scenario's
    /// pressure (``EvaluationPolicy/Pressure``).
    public var pressure: Double

    /// A notice.
    public init(year: Int, score: Double, notice: NoticeKind, projectsDefunded: Bool, pressure: Double) {
        self.year = year
        self.score = score
        self.notice = notice
        self.projectsDefunded = projectsDefunded
        self.pressure = pressure
    }
}

/// R-EVAL-1: one department's published evaluation for one year.
public struct DepartmentEvaluation: Hashable, Sendable {
    /// The department.
    public var department: DepartmentID
    /// Its government.
    public var government: GovernmentID
    /// The year.
    public var year: Int
    /// Its profile's kind that year.
    public var kind: BehaviourProfile.Kind
    /// The figures it reported.
    public var figures: DepartmentYearFigures
    /// Its indicators (R-EVAL-4).
    public var scores: IndicatorScores
    /// What it was told.
    public var notice: EvaluationNotice

    /// An evaluation.
    public init(
        department: DepartmentID, government: GovernmentID, year: Int, kind: BehaviourProfile.Kind,
        figures: DepartmentYearFigures, scores: IndicatorScores, notice: EvaluationNotice
    ) {
        self.department = department
        self.government = government
        self.year = year
        self.kind = kind
        self.figures = figures
        self.scores = scores
        self.notice = notice
    }
}

/// R-EVAL-1, R-EVAL-2: one government's published evaluation for one year, over its departments.
public struct GovernmentEvaluation: Hashable, Sendable {
    /// The government.
    public var government: GovernmentID
    /// The year.
    public var year: Int
    /// Its departments evaluated.
    public var departments: Int
    /// The sum of their figures.
    public var figures: DepartmentYearFigures
    /// The indicators of the summed figures.
    public var scores: IndicatorScores
    /// The mean of its departments' deciding totals.
    public var meanScore: Double
    /// Its departments that got a rectification notice or were reported.
    public var departmentsShort: Int
    /// The government's own notice (R-EVAL-2: a department *or province* that falls short), on `meanScore`.
    public var notice: NoticeKind

    /// An evaluation.
    public init(
        government: GovernmentID, year: Int, departments: Int, figures: DepartmentYearFigures,
        scores: IndicatorScores, meanScore: Double, departmentsShort: Int, notice: NoticeKind
    ) {
        self.government = government
        self.year = year
        self.departments = departments
        self.figures = figures
        self.scores = scores
        self.meanScore = meanScore
        self.departmentsShort = departmentsShort
        self.notice = notice
    }
}

/// A department's behaviour moved after a notice (R-EVAL-2, R-EVAL-3).
public struct ProfileShiftRecord: Hashable, Sendable {
    /// The department.
    public var department: DepartmentID
    /// The year whose evaluation caused it.
    public var year: Int
    /// The pressure applied.
    public var pressure: Double
    /// Its provision probability before and after.
    public var provisionBefore: Double
    public var provisionAfter: Double

    /// A record.
    public init(department: DepartmentID, year: Int, pressure: Double, provisionBefore: Double, provisionAfter: Double)
    {
        self.department = department
        self.year = year
        self.pressure = pressure
        self.provisionBefore = provisionBefore
        self.provisionAfter = provisionAfter
    }
}
