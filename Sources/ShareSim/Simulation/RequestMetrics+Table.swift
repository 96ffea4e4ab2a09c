import Metrics
import SharingModel

extension RequestMetrics {
    /// The request, use, demand and feedback metrics as named rows (docs/metrics.md), after the catalog
    /// metrics. Every name is always present, so tables of different scenarios line up.
    public func metricTable(state: WorldState?, policy: SharingPolicy) -> MetricTable {
        var t = MetricTable()
        let c = counters
        t.append("request.made", c.made)
        for kind in ShareTypeKind.allCases {
            for terminal in Terminal.allCases {
                t.append("request.\(kind.rawValue).\(terminal.rawValue)", c.closed[kind, terminal])
            }
        }
        t.append("request.open_at_end", state?.openRequests ?? openCount)
        t.append("request.messages_lost", c.messagesLost)
        t.append("request.answers_after_close", c.answersAfterClose)
        // R-SHR-3: a refusal always has a reason; here they are by kind (R-SHR-4 notShared, R-SEC-1 zone).
        for kind in RefusalReason.Kind.allCases { t.append("request.refused_\(kind.rawValue)", c.refusals[kind] ?? 0) }
        // R-SHR-3: conditional reviews, in working days from receipt at the provider.
        let response = StalenessSummary(responseWorkingDays)
        t.append("request.conditional.reviews", c.reviews)
        t.append("request.conditional.response_wd_mean", response.mean)
        t.append("request.conditional.response_wd_p50", response.p50)
        t.append("request.conditional.response_wd_p95", response.p95)
        t.append("request.conditional.on_time_share", share(c.reviewsOnTime, of: c.reviews))
        t.append("request.conditional.approval_share", share(c.reviewsGranted, of: c.reviews))
        t.append(
            "request.conditional.pending_reviews_at_end", state?.departments.reduce(0) { $0 + $1.pendingReviews } ?? 0)
        // R-SHR-2: how old the data users got was.
        let age = dataAgeSummary()
        t.append("data.deliveries", age.count)
        t.append("data.age_mean_h", age.mean)
        t.append("data.age_p95_h", age.p95)
        t.append("data.erroneous_deliveries", c.erroneousDeliveries)
        // R-USE-1 and R-SEC-1.
        t.append("use.violations_blocked", c.violations.values.reduce(0, +))
        for kind in UseLicence.Violation.allCases {
            t.append("use.violations_\(kind.rawValue)", c.violations[kind] ?? 0)
        }
        t.append("security.zone_crossings", c.zoneCrossings)
        // R-USE-2: once-only.
        let realization = realization(threshold: policy.realizationThreshold)
        t.append("demand.applications", c.applications)
        t.append("demand.applications_open_at_end", state?.departments.reduce(0) { $0 + $1.openApplications } ?? 0)
        t.append("demand.cross_department_needs", c.crossDepartmentNeeds)
        t.append("demand.recollections_avoided", c.recollectionsAvoided)
        t.append("demand.recollections_made", c.recollectionsMade)
        t.append("demand.trips_saved", c.tripsSaved)
        t.append("demand.trips_made", c.tripsMade)
        t.append("demand.without_originals_share", share(c.applicationsWithoutOriginals, of: c.applications))
        t.append("demand.services_needing_sharing", realization.needingSharing)
        t.append("demand.services_realized", realization.realized)
        t.append("demand.sharing_realization", share(realization.realized, of: realization.needingSharing))
        // R-USE-3: feedback and correction.
        let correction = StalenessSummary(correctionWorkingDays)
        t.append("feedback.reports", c.errorReports)
        t.append("feedback.reports_lost", c.errorReportsLost)
        t.append("feedback.corrections", c.corrections)
        t.append("feedback.correction_wd_mean", correction.mean)
        t.append("feedback.correction_wd_p95", correction.p95)
        t.append(
            "feedback.backlog_at_end", state?.departments.reduce(0) { $0 + $1.pendingCorrections } ?? 0)
        return t
    }

    /// `part / whole`, 0 when there is nothing to divide.
    private func share(_ part: Int, of whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
}
