import SimKernel

/// A department's figures for one evaluation year, counted from the observations about it (R-EVAL-1).
///
/// The department keeps them from its own observations and reports them at the year's end; a reader of the
/// trace recounts them with the same ``attribution(of:at:)``, so both give the same indicators.
public struct DepartmentYearFigures: Hashable, Sendable, Codable {
    /// R-PLT-3: owed items, one per provision record.
    public var itemsOwed = 0
    /// Items provided, online or by spreadsheet.
    public var itemsProvided = 0
    /// Items provided through an online channel.
    public var itemsProvidedOnline = 0
    /// Items held back (unwilling).
    public var itemsWithheldUnwilling = 0
    /// Items held back citing security (afraid).
    public var itemsWithheldSecurity = 0
    /// Items fed and rejected by the format check.
    public var itemsFormatRejected = 0
    /// Items not fed by the year's end.
    public var itemsNotIntegrated = 0
    /// R-SHR-3: applications the department answered as provider.
    public var reviewsAnswered = 0
    /// Of those, answered by the deadline.
    public var reviewsOnTime = 0
    /// Of those, granted.
    public var reviewsGranted = 0
    /// R-USE-3: reported errors it corrected.
    public var correctionsMade = 0
    /// Of those, within ``correctionDeadlineWorkingDays`` working days.
    public var correctionsOnTime = 0
    /// R-CAT-4: catalog updates within 15 working days of a change of functions.
    public var catalogUpdatesOnTime = 0
    /// R-CAT-4: catalog updates after the deadline.
    public var catalogUpdatesLate = 0
    /// Requests it made as user that closed.
    public var requestsClosed = 0
    /// Of those, answered with data (served or granted).
    public var requestsWithData = 0
    /// R-USE-2: service applications it completed.
    public var applications = 0
    /// Of those, needing no original from the applicant.
    public var applicationsWithoutOriginals = 0

    /// The correction deadline the indicators use ("quickly", R-USE-3, read as 10 working days).
    public static let correctionDeadlineWorkingDays = 10.0

    /// No figures.
    public init() {}

    /// The department an observation counts for and the evaluation year it counts in, or `nil` when it
    /// counts for none: provision records for their department and year; reviews and corrections for the
    /// provider; closures and applications for the user; catalog updates for their department. Others at
    /// `time`'s year.
    public static func attribution(of observation: Observation, at time: SimInstant) -> (DepartmentID, Int)? {
        let year = EvaluationYear.index(of: time)
        switch observation {
        case .itemProvision(let r): return (r.department, r.year)
        case .requestReviewed(let r): return (r.provider, year)
        case .errorCorrected(let c): return (c.report.provider, year)
        case .catalogUpdated(let u): return (u.department, year)
        case .requestClosed(let c): return (c.user, year)
        case .applicationCompleted(let a): return (a.department, year)
        default: return nil
        }
    }

    /// Counts one observation (already attributed to this department and year).
    public mutating func record(_ observation: Observation) {
        switch observation {
        case .itemProvision(let r):
            itemsOwed += 1
            switch r.outcome {
            case .providedOnline:
                itemsProvided += 1
                itemsProvidedOnline += 1
            case .providedOffline: itemsProvided += 1
            case .withheldUnwilling: itemsWithheldUnwilling += 1
            case .withheldSecurity: itemsWithheldSecurity += 1
            case .formatRejected: itemsFormatRejected += 1
            case .notIntegrated: itemsNotIntegrated += 1
            }
        case .requestReviewed(let r):
            reviewsAnswered += 1
            if !r.overdue { reviewsOnTime += 1 }
            if r.granted { reviewsGranted += 1 }
        case .errorCorrected(let c):
            correctionsMade += 1
            if c.workingDays <= Self.correctionDeadlineWorkingDays { correctionsOnTime += 1 }
        case .catalogUpdated(let u):
            if u.late { catalogUpdatesLate += 1 } else { catalogUpdatesOnTime += 1 }
        case .requestClosed(let c):
            requestsClosed += 1
            if c.outcome == .served || c.outcome == .granted { requestsWithData += 1 }
        case .applicationCompleted(let a):
            applications += 1
            if a.withoutOriginals { applicationsWithoutOriginals += 1 }
        default:
            break
        }
    }

    /// Sums figures (a government's, from its departments').
    public static func + (a: Self, b: Self) -> Self {
        var s = a
        s.itemsOwed += b.itemsOwed
        s.itemsProvided += b.itemsProvided
        s.itemsProvidedOnline += b.itemsProvidedOnline
        s.itemsWithheldUnwilling += b.itemsWithheldUnwilling
        s.itemsWithheldSecurity += b.itemsWithheldSecurity
        s.itemsFormatRejected += b.itemsFormatRejected
        s.itemsNotIntegrated += b.itemsNotIntegrated
        s.reviewsAnswered += b.reviewsAnswered
        s.reviewsOnTime += b.reviewsOnTime
        s.reviewsGranted += b.reviewsGranted
        s.correctionsMade += b.correctionsMade
        s.correctionsOnTime += b.correctionsOnTime
        s.catalogUpdatesOnTime += b.catalogUpdatesOnTime
        s.catalogUpdatesLate += b.catalogUpdatesLate
        s.requestsClosed += b.requestsClosed
        s.requestsWithData += b.requestsWithData
        s.applications += b.applications
        s.applicationsWithoutOriginals += b.applicationsWithoutOriginals
        return s
    }

    /// R-EVAL-1: provided / owed; 1 when nothing is owed.
    public var provisionRate: Double { Self.share(itemsProvided, of: itemsOwed) }

    /// `part / whole`, or 1 when `whole` is 0: a department with nothing to do in a respect has met every
    /// obligation that arose in it (docs/behaviour.md).
    public static func share(_ part: Int, of whole: Int) -> Double {
        whole == 0 ? 1 : Double(part) / Double(whole)
    }
}
