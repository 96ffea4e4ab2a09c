extension DepartmentCatalog {
    /// The delta that takes `earlier` (a previous state of this catalog) to this one.
    ///
    /// A department keeps the state it last published and sends `current.delta(since: published)`
    /// to its platform (R-CAT-4: an update is sent as one delta).
    /// - Precondition: same department, and `earlier.version <= version`.
    public func delta(since earlier: DepartmentCatalog) -> CatalogDelta {
        precondition(earlier.department == department, "delta between catalogs of different departments")
        precondition(earlier.version <= version, "delta since a later version \(earlier.version) > \(version)")
        var upserts: [ResourceMetadata] = []
        var removals: [ResourceCode] = []
        // Both sides are sorted by code: one merge walk.
        var i = 0
        var j = 0
        let old = earlier.resources
        while i < old.count || j < resources.count {
            if j == resources.count || (i < old.count && old[i].code < resources[j].code) {
                removals.append(old[i].code)
                i += 1
            } else if i == old.count || resources[j].code < old[i].code {
                upserts.append(resources[j])
                j += 1
            } else {
                // Same code: compare the whole runs, in case an invalid catalog repeats the code.
                let code = old[i].code
                let oldStart = i
                let newStart = j
                while i < old.count && old[i].code == code { i += 1 }
                while j < resources.count && resources[j].code == code { j += 1 }
                if !old[oldStart..<i].elementsEqual(resources[newStart..<j]) {
                    upserts.append(contentsOf: resources[newStart..<j])
                }
            }
        }
        return CatalogDelta(
            department: department, fromVersion: earlier.version, toVersion: version,
            upserts: upserts, removals: removals)
    }

    /// The delta that brings an empty replica to this catalog (from version 0).
    public func fullDelta() -> CatalogDelta {
        CatalogDelta(department: department, fromVersion: 0, toVersion: version, upserts: resources)
    }

    /// Applies `delta` to this replica: idempotent, see `DeltaApplication`.
    /// - Precondition: `delta.department == department`.
    @discardableResult
    public mutating func apply(_ delta: CatalogDelta) -> DeltaApplication {
        precondition(delta.department == department, "delta for \(delta.department) applied to \(department)")
        if delta.toVersion == version { return .duplicate }
        if delta.toVersion < version { return .stale }
        if delta.fromVersion > version { return .gap }
        if resources.isEmpty {
            // An empty replica adopts the delta's sorted array as is, sharing its storage with the
            // provider's catalog (copy-on-write): at national scale this halves the memory.
            resources = delta.upserts
        } else {
            for code in delta.removals { _ = removeAll(code) }
            for r in delta.upserts { _ = replaceOrInsert(r) }
        }
        version = delta.toVersion
        return .applied
    }
}
