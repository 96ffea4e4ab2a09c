import Metrics
import SharingModel

/// The published evaluation reports of a run (R-EVAL-1): `evaluation.csv`, a section of `summary.txt` and
/// one of `report.html`. A run without an evaluation has none of them, so its files are unchanged.
extension RunOutputs {
    /// Whether any replication published an evaluation.
    static func hasEvaluation(_ result: RunResult) -> Bool {
        result.replications.contains { !$0.evaluations.isEmpty }
    }

    /// One row per replication, year and evaluated unit (every department, then its government's line):
    /// the figures, every indicator of both systems (empty: not applicable), the notice and the pressure.
    public static func evaluationCSV(_ result: RunResult) -> String {
        let indicators = IndicatorScores(DepartmentYearFigures()).named.map(\.0)
        var csv = CSVWriter(
            header: [
                "replication", "year", "level", "id", "government", "profile", "items_owed", "items_provided",
                "provision_rate",
            ] + indicators + ["score", "notice", "projects_defunded", "pressure"])
        func cells(_ scores: IndicatorScores) -> [CSVValue] {
            scores.named.map { $0.1.map { .number($0) } ?? .missing }
        }
        for r in result.replications {
            for g in r.governmentEvaluations {
                for e in r.evaluations where e.year == g.year && e.government == g.government {
                    csv.append(
                        [
                            .int(r.index), .int(e.year), .string("department"), .string(e.department.rawValue),
                            .string(e.government.rawValue), .string(e.kind.rawValue), .int(e.figures.itemsOwed),
                            .int(e.figures.itemsProvided), .number(e.figures.provisionRate),
                        ] + cells(e.scores) + [
                            .number(e.notice.score), .string(e.notice.notice.rawValue),
                            .string(e.notice.projectsDefunded ? "yes" : "no"), .number(e.notice.pressure),
                        ])
                }
                csv.append(
                    [
                        .int(r.index), .int(g.year), .string("government"), .string(g.government.rawValue),
                        .string(g.government.rawValue), .string(""), .int(g.figures.itemsOwed),
                        .int(g.figures.itemsProvided), .number(g.figures.provisionRate),
                    ] + cells(g.scores) + [
                        .number(g.meanScore), .string(g.notice.rawValue), .string(""), .missing,
                    ])
            }
        }
        return csv.render()
    }

    /// The summary's lines for replication 0: per year and government, the provision rate, the mean score and
    /// the departments short; then every department with a notice.
    static func evaluationSummaryLines(_ result: RunResult) -> [String] {
        guard let r = result.replications.first, !r.evaluations.isEmpty else { return [] }
        var lines = ["", "evaluation (replication 0; every department's scores are in evaluation.csv):"]
        for g in r.governmentEvaluations where g.departments > 0 {
            lines.append(
                "  year \(g.year)  \(pad(g.government.rawValue, 8))  provided \(g.figures.itemsProvided)/"
                    + "\(g.figures.itemsOwed) (\(format(g.figures.provisionRate)))  mean score \(format(g.meanScore))"
                    + "  short \(g.departmentsShort)/\(g.departments)  notice \(g.notice)")
        }
        for e in r.evaluations where e.notice.notice.isShort || e.notice.projectsDefunded {
            lines.append(
                "  year \(e.year)  \(pad(e.department.rawValue, 8))  \(pad(e.kind.rawValue, 11))  score "
                    + "\(format(e.notice.score))  provision \(format(e.figures.provisionRate))  \(e.notice.notice)"
                    + (e.notice.projectsDefunded ? ", projects defunded" : ""))
        }
        return lines
    }
}

extension RunReportPage {
    /// R-EVAL-1: the published evaluation of replication 0, one table per year.
    static func evaluationSection(_ page: inout HTMLReport, _ result: RunResult) {
        guard let r = result.replications.first, !r.evaluations.isEmpty else { return }
        page.section("Yearly evaluation (R-EVAL-1..4)") { section in
            section.paragraph(
                "Replication 0. Each department's Shenzhen total (seed 004: 3 first-level and 7 second-level "
                    + "indicators) and seed 001's four-family total, its provision rate to the evaluation catalog, "
                    + "and its notice (R-EVAL-2: rectification, then the State Council; R-EVAL-3: projects "
                    + "defunded). Every indicator is in evaluation.csv; docs/behaviour.md defines them.")
            let years = Array(Set(r.evaluations.map(\.year))).sorted()
            for year in years {
                section.table(
                    header: ["department", "profile", "provision", "Shenzhen", "families", "notice", "defunded"],
                    rows: r.evaluations.filter { $0.year == year }.map { e in
                        [
                            e.department.rawValue, e.kind.rawValue, RunOutputs.format(e.figures.provisionRate),
                            RunOutputs.format(e.scores.shenzhenTotal), RunOutputs.format(e.scores.familiesTotal),
                            e.notice.notice.rawValue, e.notice.projectsDefunded ? "yes" : "no",
                        ]
                    }, caption: "Year \(year)")
            }
        }
    }
}
