import Metrics
import SharingModel
import SimKernel

/// The costs of sharing in staff-days (seed 001: coordination, information, monitoring), fed by the
/// observation sink only and priced by the scenario's ``CostPolicy``. The mode of each request is in its
/// record, so one-to-one and centralized runs of one world compare on cost as on outcome.
///
/// Confined to its run's executor like the sink (hence `@unchecked Sendable`); read it after the run.
public final class CostMetrics: @unchecked Sendable {
    /// Staff-days so far. Unchecked exclusivity, like the other collectors: every observation of a run
    /// passes here, and a dynamic check on each sum cost more than the sum.
    @exclusivity(unchecked) public private(set) var coordination = 0.0
    @exclusivity(unchecked) public private(set) var information = 0.0
    @exclusivity(unchecked) public private(set) var monitoring = 0.0
    private let prices: CostPolicy
    private let departments: Int

    /// A collector for a world of `departments` departments.
    public init(prices: CostPolicy, departments: Int) {
        self.prices = prices
        self.departments = departments
    }

    /// Takes one observation.
    public func record(_ observation: Observation) {
        switch observation {
        case .requestMade(let r):
            // Information: a catalog lookup through the platform; finding the holder one to one.
            if r.mode == .oneToOne {
                information += prices.oneToOneSearchStaffDays
                coordination += prices.oneToOneAgreementStaffDays
            } else {
                information += prices.catalogLookupStaffDays
            }
        case .requestReviewed:
            coordination += prices.reviewStaffDays  // R-SHR-3
        case .disputeStageStarted:
            coordination += prices.disputeStageStaffDays  // R-ESC-*
        case .itemProvision(let r):
            // R-PLT-3: an item fed (accepted or not) took the work; one held back or never integrated did not.
            if r.outcome.isProvided || r.outcome == .formatRejected { information += prices.itemProvisionStaffDays }
        case .errorReported:
            monitoring += prices.errorHandlingStaffDays  // R-USE-3
        case .useBlocked:
            monitoring += prices.violationStaffDays  // R-USE-1
        case .departmentEvaluated:
            monitoring += prices.evaluationStaffDays  // R-EVAL-1
        default:
            break
        }
    }

    /// The cost metrics as named rows (docs/metrics.md); every name always present.
    public func metricTable() -> MetricTable {
        var t = MetricTable()
        let total = coordination + information + monitoring
        t.append("cost.coordination_staff_days", coordination)
        t.append("cost.information_staff_days", information)
        t.append("cost.monitoring_staff_days", monitoring)
        t.append("cost.total_staff_days", total)
        t.append("cost.staff_days_per_department", departments == 0 ? 0 : total / Double(departments))
        return t
    }
}
