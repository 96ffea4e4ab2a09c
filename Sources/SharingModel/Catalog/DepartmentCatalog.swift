/// A department's catalog of information resources (R-CAT-3): what it provides, with a version.
///
/// Resources are kept sorted by code (stable for equal codes), so iteration and encoding are
/// deterministic and lookups are binary searches. Every change that alters the content bumps
/// `version` by one, so a (department, version) pair names exactly one content: the property that
/// makes deltas idempotent (DepartmentCatalog+Delta.swift). Equal codes can exist only when a
/// catalog is built or decoded from a list that repeats one; `validate()` reports them and
/// `upsert` collapses them.
public struct DepartmentCatalog: Hashable, Sendable {
    /// The compiling department; R-CAT-3: every resource in it should name it as provider.
    public let department: DepartmentID
    /// The version; 0 for a catalog never published.
    public internal(set) var version: UInt64
    /// The resources, sorted by code.
    public internal(set) var resources: [ResourceMetadata]

    /// A catalog holding `resources` (sorted by code here) at `version`.
    public init(department: DepartmentID, version: UInt64 = 0, resources: [ResourceMetadata] = []) {
        self.department = department
        self.version = version
        self.resources = Self.sortedByCode(resources)
    }

    /// The number of resources.
    public var count: Int { resources.count }

    /// `true` when the catalog holds no resource.
    public var isEmpty: Bool { resources.isEmpty }

    /// The codes, in order (repeated if the catalog repeats one).
    public var codes: [ResourceCode] { resources.map(\.code) }

    /// The resource with `code`, or `nil`.
    public func resource(_ code: ResourceCode) -> ResourceMetadata? {
        let i = lowerBound(code)
        return i < resources.count && resources[i].code == code ? resources[i] : nil
    }

    /// What serving resource `code` needs (share type, zone, legal basis), without copying the resource.
    /// `hint` is where the caller expects it: checked first, so a catalog that has not changed since the
    /// hint was taken answers without a search (every served request asks).
    public func servedEntry(_ code: ResourceCode, hint: Int = -1) -> ServedEntry? {
        let i = hint >= 0 && hint < resources.count && resources[hint].code == code ? hint : lowerBound(code)
        guard i < resources.count, resources[i].code == code else { return nil }
        return ServedEntry(
            shareTypeKind: resources[i].shareType.kind, legalBasis: resources[i].shareType.legalBasis,
            zone: resources[i].zone)
    }

    /// Whether a resource with `code` is in the catalog.
    public func contains(_ code: ResourceCode) -> Bool { resource(code) != nil }

    /// Adds `resource`, or replaces the one with its code; bumps `version` when the content changed.
    /// - Returns: `true` when the content changed.
    @discardableResult
    public mutating func upsert(_ resource: ResourceMetadata) -> Bool {
        guard replaceOrInsert(resource) else { return false }
        version += 1
        return true
    }

    /// Upserts every resource, bumping `version` once if anything changed (one catalog update, R-CAT-4).
    /// When `resources` repeats a code, the last one wins.
    /// - Returns: `true` when the content changed.
    @discardableResult
    public mutating func upsert(contentsOf resources: some Sequence<ResourceMetadata>) -> Bool {
        var changed = false
        for r in resources where replaceOrInsert(r) { changed = true }
        if changed { version += 1 }
        return changed
    }

    /// Removes the resource with `code`; bumps `version` when one was there.
    /// - Returns: the removed resource, or `nil` when there was none.
    @discardableResult
    public mutating func remove(_ code: ResourceCode) -> ResourceMetadata? {
        guard let removed = removeAll(code) else { return nil }
        version += 1
        return removed
    }

    /// The stable hash of department, version and every resource (FNV-1a over a canonical encoding).
    public func contentHash() -> UInt64 {
        var h = FNV1a()
        feed(into: &h)
        return h.value
    }

    /// Counts by share type and class; `departments` is 1.
    public func counts() -> CatalogCounts {
        var c = CatalogCounts()
        c.departments = 1
        resources.withUnsafeBufferPointer { buffer in
            for index in buffer.indices { c.add(buffer.baseAddress.unsafelyUnwrapped + index) }
        }
        return c
    }

    // MARK: Storage

    /// Puts `resource` in place of every entry with its code; `false` when it was already the only one.
    mutating func replaceOrInsert(_ resource: ResourceMetadata) -> Bool {
        let range = equalRange(resource.code)
        if range.count == 1 && resources[range.lowerBound] == resource { return false }
        resources.replaceSubrange(range, with: CollectionOfOne(resource))
        return true
    }

    /// Removes every entry with `code`; returns the first one removed.
    mutating func removeAll(_ code: ResourceCode) -> ResourceMetadata? {
        let range = equalRange(code)
        guard let first = range.first else { return nil }
        let removed = resources[first]
        resources.removeSubrange(range)
        return removed
    }

    func feed(into h: inout FNV1a) {
        h.combine(department.rawValue)
        h.combine(version)
        h.combine(resources.count)
        for r in resources { r.feed(into: &h) }
    }

    /// The first index whose code is not less than `code`.
    private func lowerBound(_ code: ResourceCode) -> Int {
        var lo = 0
        var hi = resources.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if resources[mid].code < code { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private func equalRange(_ code: ResourceCode) -> Range<Int> {
        let lo = lowerBound(code)
        var hi = lo
        while hi < resources.count && resources[hi].code == code { hi += 1 }
        return lo..<hi
    }

    /// Sorted by code, keeping the given order among equal codes (the sort itself is not
    /// documented as stable, hence the index tie-break).
    static func sortedByCode(_ resources: [ResourceMetadata]) -> [ResourceMetadata] {
        // By index: zipping the array with itself copied every resource (all its strings retained) to look at
        // two codes, 720,000 times in a national world.
        if resources.indices.dropFirst().allSatisfy({ resources[$0 - 1].code <= resources[$0].code }) {
            return resources
        }
        return resources.enumerated()
            .sorted { $0.element.code != $1.element.code ? $0.element.code < $1.element.code : $0.offset < $1.offset }
            .map(\.element)
    }
}
