extension AggregatedCatalog {
    /// The departments on which this replica differs from `expected` (missing, extra, or another
    /// version or content), sorted: empty when the platform has converged (R-CAT-3).
    public func divergentDepartments(from expected: AggregatedCatalog) -> [DepartmentID] {
        var result: [DepartmentID] = []
        for entry in expected.entries where catalog(of: entry.department) != entry {
            result.append(entry.department)
        }
        for department in departments where expected.catalog(of: department) == nil {
            result.append(department)
        }
        return result.sorted()
    }
}
