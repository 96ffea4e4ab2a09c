import SharingModel
import SimKernel

/// The department in the yearly evaluation (R-EVAL-1..3): it provides its owed items to the evaluation
/// catalog as its profile allows (R-PLT-3), keeps its yearly figures from its own observations, reports
/// them when the year's books close, and moves its behaviour as the evaluator's notice says.
extension DepartmentInstance {
    /// The department's evaluation state.
    struct EvaluationState: Sendable {
        /// Set when the world starts, if the scenario runs an evaluation (``DepartmentInstance/evaluating``
        /// says so in the hot fields).
        var setup: EvaluationSetup?
        /// Provision draws, a stream of its own so that provision does not shift review or catalog draws.
        var random = RandomStream(seed: 0, streamID: 0)
        /// Figures by year.
        var figures: [Int: DepartmentYearFigures] = [:]
        /// Owed items of the open year still to be fed, by item number.
        var pending: Set<Int> = []
        /// The year provision runs for.
        var year = 0
    }

    /// The figures counted so far for `year` (tests, reports).
    public func evaluationFigures(year: Int) -> DepartmentYearFigures {
        evaluation.figures[year] ?? DepartmentYearFigures()
    }

    /// Counts the observations this department just made about itself.
    mutating func tally(_ directives: borrowing DirectiveBuffer, from start: Int, now: SimInstant) {
        directives.forEachObservation(from: start) { observation in
            guard let (department, year) = DepartmentYearFigures.attribution(of: observation, at: now),
                department == id
            else { return }
            evaluation.figures[year, default: DepartmentYearFigures()].record(observation)
        }
    }

    mutating func startEvaluation(_ setup: EvaluationSetup, now: SimInstant, into out: inout DirectiveBuffer) {
        guard evaluation.setup == nil else { return }
        evaluation.setup = setup
        evaluating = true
        evaluation.random = RandomStream(seed: configuration.seed, name: "\(configuration.streamName):provision")
        let year = EvaluationYear.index(of: now)
        out.append(.timer(.timer(.evaluationYearEnd(year: year)), at: EvaluationYear.end(of: year)))
        startProvision(year: year, now: now, into: &out)
    }

    /// R-PLT-3: the year's provision: each owed item is held back, or fed after the integration delay at the
    /// integration mode's next sync slot; what is not fed by the year's end is counted then.
    private mutating func startProvision(year: Int, now: SimInstant, into out: inout DirectiveBuffer) {
        guard let setup = evaluation.setup else { return }
        let behaviour = configuration.spec.profile.provision
        evaluation.year = year
        evaluation.pending = []
        let end = EvaluationYear.end(of: year)
        for item in 0..<setup.owedItems {
            guard evaluation.random.bernoulli(behaviour.provisionProbability) else {
                // Unwilling holds back; afraid holds back citing security, as if it were not shared (R-SHR-4).
                let outcome: ProvisionOutcome =
                    evaluation.random.bernoulli(behaviour.securityWithholdShare)
                    ? .withheldSecurity : .withheldUnwilling
                out.append(
                    .observe(.itemProvision(ProvisionRecord(department: id, year: year, item: item, outcome: outcome))))
                continue
            }
            let ready = now + behaviour.integrationDelay.sample(&evaluation.random)
            let fed = configuration.spec.integration.nextSync(atOrAfter: ready)
            evaluation.pending.insert(item)
            // Not fed by the end: counted as not integrated when the books close.
            if fed < end { out.append(.timer(.timer(.provisionDue(year: year, item: item)), at: fed)) }
        }
    }

    /// The item is fed to the platform; the format check passes or not (R-CAT-2: the catalog's format).
    mutating func feed(item: Int, year: Int, into out: inout DirectiveBuffer) {
        guard year == evaluation.year, evaluation.pending.remove(item) != nil else { return }
        let integration = configuration.spec.integration
        // Spreadsheets are typed by hand: their mode's extra error rate adds to format mismatches.
        let mismatch = min(1, configuration.spec.profile.provision.formatMismatchRate + integration.extraErrorRate)
        let outcome: ProvisionOutcome
        if evaluation.random.bernoulli(mismatch) {
            outcome = .formatRejected
        } else if case .spreadsheet = integration {
            outcome = .providedOffline
        } else {
            outcome = .providedOnline
        }
        out.append(.observe(.itemProvision(ProvisionRecord(department: id, year: year, item: item, outcome: outcome))))
    }

    /// R-EVAL-1: the books close: items not fed are not integrated, and the year's figures go to the evaluator.
    mutating func closeYear(_ year: Int, now: SimInstant, into out: inout DirectiveBuffer) {
        guard let setup = evaluation.setup else { return }
        var figures = evaluation.figures[year] ?? DepartmentYearFigures()
        if year == evaluation.year {
            for item in evaluation.pending.sorted() {
                let record = Observation.itemProvision(
                    ProvisionRecord(department: id, year: year, item: item, outcome: .notIntegrated))
                // Counted into the report here; `tally` counts the same observation into the kept figures.
                figures.record(record)
                out.append(.observe(record))
            }
            evaluation.pending = []
        }
        out.append(
            .send(
                .yearReport(
                    DepartmentYearReport(
                        department: id, address: configuration.address, year: year,
                        kind: configuration.spec.profile.kind, figures: figures)),
                to: setup.evaluator, after: EvaluationYear.documentDelay))
        out.append(.timer(.timer(.evaluationYearEnd(year: year + 1)), at: EvaluationYear.end(of: year + 1)))
    }

    /// R-EVAL-2, R-EVAL-3: the notice moves the profile by its pressure; then next year's provision starts.
    mutating func receive(_ notice: EvaluationNotice, now: SimInstant, into out: inout DirectiveBuffer) {
        guard evaluating else { return }
        if notice.pressure > 0 {
            let before = configuration.spec.profile
            configuration.spec.profile = before.pressured(by: notice.pressure)
            out.append(
                .observe(
                    .profileShifted(
                        ProfileShiftRecord(
                            department: id, year: notice.year, pressure: notice.pressure,
                            provisionBefore: before.provision.provisionProbability,
                            provisionAfter: configuration.spec.profile.provision.provisionProbability))))
        }
        let next = notice.year + 1
        if next > evaluation.year { startProvision(year: next, now: now, into: &out) }
    }
}
