/// A department's (or government's) indicators for one year under both systems of R-EVAL-4, each a formula
/// over ``DepartmentYearFigures`` (docs/behaviour.md has the table). Indicators are shares in 0...1, `nil`
/// when the department had nothing to be measured on in that respect (no requests made, no reviews, no
/// services); a group's value is the weighted mean of its indicators that apply, the weights of the others
/// left out, as Shenzhen's evaluation applies to each department only the indicators of its duties. Totals
/// are points: 100 when nothing applied.
public struct IndicatorScores: Hashable, Sendable, Codable {
    // MARK: Shenzhen 2015 (seed 004), second level

    /// 共享信息提供: owed items provided / owed.
    public var provision: Double?
    /// 跨部门共享利用: its requests answered with data / its requests closed.
    public var crossDepartmentUse: Double?
    /// 内部共享: catalog updates within the R-CAT-4 deadline / updates (its catalog and data list kept in step
    /// with its own systems).
    public var internalSharing: Double?
    /// 制度配合: reviews and corrections within their deadlines / reviews and corrections.
    public var institutionalCooperation: Double?
    /// 主动告知: its applications needing no original / applications (applicants told they need not bring any).
    public var proactiveNotification: Double?
    /// 新媒体服务: items provided through an online channel / items provided.
    public var newMediaService: Double?
    /// 其他创新 (bonus): applications granted / applications reviewed (sharing beyond the duty).
    public var otherInnovation: Double?

    // MARK: Shenzhen, first level and total

    /// 信息共享: weights 0.4 provision, 0.2 cross-department use, 0.2 internal sharing, 0.2 institutional
    /// cooperation.
    public var informationSharing: Double?
    /// 信息惠民: weights 0.6 proactive notification, 0.4 new-media service.
    public var publicBenefit: Double?
    /// Shenzhen total: 100 × (weights 70 information sharing, 30 public benefit) + 5 × other innovation (a bonus,
    /// so up to 105).
    public var shenzhenTotal: Double

    // MARK: Seed 001's four families

    /// 资源共享: weights 0.5 provision, 0.5 applications granted / reviewed.
    public var resourceSharing: Double?
    /// 标准协同: weights 0.5 items passing the format check / items fed, 0.5 catalog updates on time.
    public var standardsCoordination: Double?
    /// 工作协同: weights 0.5 reviews and corrections on time, 0.5 its requests answered with data.
    public var workCoordination: Double?
    /// 共享满意度: applications needing no original / applications (citizens' and companies' view).
    public var satisfaction: Double?
    /// Families total: 100 × the mean of the four families that apply.
    public var familiesTotal: Double

    /// R-EVAL-4: the indicators of `f`.
    public init(_ f: DepartmentYearFigures) {
        func share(_ part: Int, _ whole: Int) -> Double? { whole == 0 ? nil : Double(part) / Double(whole) }
        provision = share(f.itemsProvided, f.itemsOwed)
        crossDepartmentUse = share(f.requestsWithData, f.requestsClosed)
        internalSharing = share(f.catalogUpdatesOnTime, f.catalogUpdatesOnTime + f.catalogUpdatesLate)
        let onTime = share(f.reviewsOnTime + f.correctionsOnTime, f.reviewsAnswered + f.correctionsMade)
        institutionalCooperation = onTime
        proactiveNotification = share(f.applicationsWithoutOriginals, f.applications)
        newMediaService = share(f.itemsProvidedOnline, f.itemsProvided)
        let approval = share(f.reviewsGranted, f.reviewsAnswered)
        otherInnovation = approval
        informationSharing = Self.weighted([
            (0.4, provision), (0.2, crossDepartmentUse), (0.2, internalSharing), (0.2, institutionalCooperation),
        ])
        publicBenefit = Self.weighted([(0.6, proactiveNotification), (0.4, newMediaService)])
        shenzhenTotal =
            100 * (Self.weighted([(70, informationSharing), (30, publicBenefit)]) ?? 1) + 5 * (otherInnovation ?? 0)

        resourceSharing = Self.weighted([(0.5, provision), (0.5, approval)])
        standardsCoordination = Self.weighted([
            (0.5, share(f.itemsProvided, f.itemsProvided + f.itemsFormatRejected)), (0.5, internalSharing),
        ])
        workCoordination = Self.weighted([(0.5, onTime), (0.5, crossDepartmentUse)])
        satisfaction = proactiveNotification
        familiesTotal =
            100
            * (Self.weighted([
                (1, resourceSharing), (1, standardsCoordination), (1, workCoordination), (1, satisfaction),
            ]) ?? 1)
    }

    /// The weighted mean of the values that apply, or `nil` when none does.
    public static func weighted(_ terms: [(weight: Double, value: Double?)]) -> Double? {
        var sum = 0.0
        var weights = 0.0
        for term in terms {
            guard let value = term.value else { continue }
            sum += term.weight * value
            weights += term.weight
        }
        return weights > 0 ? sum / weights : nil
    }

    /// The total of `system`, in points.
    public func total(_ system: EvaluationPolicy.IndicatorSystem) -> Double {
        switch system {
        case .shenzhen: shenzhenTotal
        case .families: familiesTotal
        }
    }

    /// Every indicator by name, in report order (the columns of `evaluation.csv`); `nil`: not applicable.
    public var named: [(String, Double?)] {
        [
            ("provision", provision), ("cross_department_use", crossDepartmentUse),
            ("internal_sharing", internalSharing), ("institutional_cooperation", institutionalCooperation),
            ("proactive_notification", proactiveNotification), ("new_media_service", newMediaService),
            ("other_innovation", otherInnovation), ("information_sharing", informationSharing),
            ("public_benefit", publicBenefit), ("shenzhen_total", shenzhenTotal),
            ("resource_sharing", resourceSharing), ("standards_coordination", standardsCoordination),
            ("work_coordination", workCoordination), ("satisfaction", satisfaction),
            ("families_total", familiesTotal),
        ]
    }
}
