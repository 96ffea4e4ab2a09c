import SharingModel

/// The result of ``CatalogSyncSimulation/checkInvariants()``: where platforms' catalogs differ from
/// the union of the catalogs below them (R-CAT-3).
public struct ConvergenceReport: Sendable, CustomStringConvertible {
    /// One platform that differs.
    public struct Divergence: Hashable, Sendable {
        /// The platform's government.
        public var platform: GovernmentID
        /// Its level.
        public var level: Level
        /// What it was compared with: `below` (its departments and child platforms) or `allDepartments`.
        public var comparedWith: String
        /// The departments it holds wrongly (missing, extra, other version or content), sorted.
        public var departments: [DepartmentID]
    }

    /// Every divergence, in platform order (the national check against all departments last).
    public var divergences: [Divergence]
    /// Departments whose catalog at the national platform differs from the department's own.
    public var nationalDivergentDepartments: Int
    /// Departments whose current catalog is newer than what they pushed (waiting for a sync slot).
    public var unpushedDepartments: Int

    /// `true` when every platform equals the union below it and the national catalog equals the union
    /// of every published department catalog.
    public var isConverged: Bool { divergences.isEmpty }

    /// One line per divergence, or `converged`.
    public var description: String {
        if isConverged { return "converged" }
        return divergences.map {
            let shown = $0.departments.prefix(5).map(\.rawValue).joined(separator: ", ")
            let more = $0.departments.count > 5 ? ", …" : ""
            return "platform \($0.platform) (\($0.level)) differs from \($0.comparedWith) on "
                + "\($0.departments.count) department(s): \(shown)\(more)"
        }.joined(separator: "\n")
    }
}
