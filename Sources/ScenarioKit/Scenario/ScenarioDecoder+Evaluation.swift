import SharingModel
import SimKernel

extension ScenarioDecoder {
    /// `policies.evaluation`: the yearly evaluation and accountability (EvaluationPolicy, R-EVAL-1..4). Every
    /// field is optional; absent ones keep `EvaluationPolicy.standard`. Its presence turns the evaluation on.
    func readEvaluationPolicy(_ r: ObjectReader) -> EvaluationPolicy {
        let defaults = EvaluationPolicy.standard
        // Read in declaration order, which is also the order the unknown-key message lists them in.
        let system = r.enumValue("indicatorSystem", default: defaults.indicatorSystem)  // R-EVAL-4
        let threshold = r.double("threshold", in: 0...105, default: defaults.threshold)  // R-EVAL-2
        let pressure = r.enumValue("pressure", default: defaults.pressure)
        let rectification = r.double("rectificationStrength", in: 0...1, default: defaults.rectificationStrength)
        let requirement = r.double("fundingRequirement", in: 0...1, default: defaults.fundingRequirement)  // R-EVAL-3
        let funding = r.double("fundingStrength", in: 0...1, default: defaults.fundingStrength)
        let owed: Int? =
            r.has("owedItemsPerDepartment") ? r.int("owedItemsPerDepartment", in: 0...100_000) : nil  // R-EVAL-1
        // R-EVAL-1: departments with a count of their own; the ids are checked with the world (checkOwedItems).
        var byDepartment: [DepartmentID: Int] = [:]
        let entries = r.entries("owedItems", required: false) { _, v in v.int(in: 0...100_000).map { ($0, v.location) }
        }
        for (key, (count, location)) in entries {
            byDepartment[DepartmentID(key)] = count
            owedItemLocations.append((DepartmentID(key), location))
        }
        return EvaluationPolicy(
            indicatorSystem: system, threshold: threshold, pressure: pressure, rectificationStrength: rectification,
            fundingRequirement: requirement, fundingStrength: funding, owedItemsPerDepartment: owed,
            owedItemsByDepartment: byDepartment)
    }

    /// `policies.costs`: staff-days per act of sharing (CostPolicy, seed 001). Every field is optional.
    func readCostPolicy(_ r: ObjectReader) -> CostPolicy {
        let d = CostPolicy.standard
        func days(_ key: String, _ value: Double) -> Double { r.double(key, in: 0...1000, default: value) }
        return CostPolicy(
            reviewStaffDays: days("reviewStaffDays", d.reviewStaffDays),
            oneToOneAgreementStaffDays: days("oneToOneAgreementStaffDays", d.oneToOneAgreementStaffDays),
            disputeStageStaffDays: days("disputeStageStaffDays", d.disputeStageStaffDays),
            catalogLookupStaffDays: days("catalogLookupStaffDays", d.catalogLookupStaffDays),
            oneToOneSearchStaffDays: days("oneToOneSearchStaffDays", d.oneToOneSearchStaffDays),
            itemProvisionStaffDays: days("itemProvisionStaffDays", d.itemProvisionStaffDays),
            errorHandlingStaffDays: days("errorHandlingStaffDays", d.errorHandlingStaffDays),
            violationStaffDays: days("violationStaffDays", d.violationStaffDays),
            evaluationStaffDays: days("evaluationStaffDays", d.evaluationStaffDays))
    }

    /// A profile's `provision`: any subset of ProvisionBehaviour's fields; the others come from `preset`, the
    /// preset of the profile's kind (R-PLT-3, R-EVAL-1).
    func readProvisionBehaviour(_ r: ObjectReader, preset: ProvisionBehaviour) -> ProvisionBehaviour {
        func probability(_ key: String, _ value: Double) -> Double { r.double(key, in: 0...1, default: value) }
        return ProvisionBehaviour(
            provisionProbability: probability("provisionProbability", preset.provisionProbability),
            securityWithholdShare: probability("securityWithholdShare", preset.securityWithholdShare),
            formatMismatchRate: probability("formatMismatchRate", preset.formatMismatchRate),
            integrationDelay: r.value(forKey: "integrationDelay").flatMap {
                $0.value.isNull ? nil : readDistribution($0)
            } ?? preset.integrationDelay)
    }
}

extension ScenarioDecoder {
    /// `policies.evaluation.owedItems` names departments of the world.
    func checkOwedItems(index: WorldIndex) {
        for (id, location) in owedItemLocations where !index.departments.contains(id) {
            reportUnknown(
                "department", id.rawValue, at: location, expected: "the id of a department of the topology",
                candidates: index.departmentIDs)
        }
    }
}
