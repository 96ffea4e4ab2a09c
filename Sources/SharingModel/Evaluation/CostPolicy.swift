/// The staff-days one act of sharing costs (seed 001: coordination, information and monitoring costs), set
/// by the scenario's `policies.costs`. The defaults are this simulator's assumptions, not figures from the
/// seeds (docs/behaviour.md); they make one-to-one and centralized sharing comparable on cost.
public struct CostPolicy: Hashable, Sendable, Codable {
    /// Coordination: the provider's review of one application (R-SHR-3), and of each one-to-one request.
    public var reviewStaffDays: Double
    /// Coordination: agreeing terms and formats for one one-to-one request (seed 001: 一事一议).
    public var oneToOneAgreementStaffDays: Double
    /// Coordination: one stage of a dispute (negotiation, an authority, the council; R-ESC-*).
    public var disputeStageStaffDays: Double
    /// Information: finding the data for one centralized request (a catalog lookup).
    public var catalogLookupStaffDays: Double
    /// Information: finding the holder of the data for one one-to-one request.
    public var oneToOneSearchStaffDays: Double
    /// Information: preparing and feeding one owed item to the platform for a year (R-PLT-3).
    public var itemProvisionStaffDays: Double
    /// Monitoring: one wrong record reported and corrected (R-USE-3).
    public var errorHandlingStaffDays: Double
    /// Monitoring: looking into one blocked use outside the licence (R-USE-1).
    public var violationStaffDays: Double
    /// Monitoring: evaluating one department for one year (R-EVAL-1).
    public var evaluationStaffDays: Double

    /// A cost table; negative costs are read as 0.
    public init(
        reviewStaffDays: Double = 0.5, oneToOneAgreementStaffDays: Double = 1, disputeStageStaffDays: Double = 2,
        catalogLookupStaffDays: Double = 0.05, oneToOneSearchStaffDays: Double = 0.5,
        itemProvisionStaffDays: Double = 0.5, errorHandlingStaffDays: Double = 0.5, violationStaffDays: Double = 1,
        evaluationStaffDays: Double = 3
    ) {
        self.reviewStaffDays = max(0, reviewStaffDays)
        self.oneToOneAgreementStaffDays = max(0, oneToOneAgreementStaffDays)
        self.disputeStageStaffDays = max(0, disputeStageStaffDays)
        self.catalogLookupStaffDays = max(0, catalogLookupStaffDays)
        self.oneToOneSearchStaffDays = max(0, oneToOneSearchStaffDays)
        self.itemProvisionStaffDays = max(0, itemProvisionStaffDays)
        self.errorHandlingStaffDays = max(0, errorHandlingStaffDays)
        self.violationStaffDays = max(0, violationStaffDays)
        self.evaluationStaffDays = max(0, evaluationStaffDays)
    }

    /// The defaults.
    public static let standard = CostPolicy()
}
