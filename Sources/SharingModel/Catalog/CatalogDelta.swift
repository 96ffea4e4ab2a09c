/// The changes that take a department's catalog from one version to another (R-CAT-3, R-CAT-4).
///
/// A delta carries final states, not operations: `upserts` are the resources as they are at
/// `toVersion`, `removals` the codes gone by then. Applying it is therefore idempotent, and a
/// delta also applies correctly to any replica whose version lies between `fromVersion` and
/// `toVersion`. A replica applies removals first, then upserts.
public struct CatalogDelta: Hashable, Sendable {
    /// The department whose catalog changed.
    public let department: DepartmentID
    /// The version the delta starts from; a replica must hold at least this version.
    public let fromVersion: UInt64
    /// The version a replica holds after applying it.
    public let toVersion: UInt64
    /// Resources added or changed, sorted by code.
    public let upserts: [ResourceMetadata]
    /// Codes removed, sorted and without repeats.
    public let removals: [ResourceCode]

    /// A delta; `upserts` and `removals` are put in canonical order.
    /// - Precondition: `fromVersion <= toVersion`.
    public init(
        department: DepartmentID, fromVersion: UInt64, toVersion: UInt64,
        upserts: [ResourceMetadata] = [], removals: [ResourceCode] = []
    ) {
        precondition(fromVersion <= toVersion, "a catalog delta cannot go back from \(fromVersion) to \(toVersion)")
        self.department = department
        self.fromVersion = fromVersion
        self.toVersion = toVersion
        self.upserts = DepartmentCatalog.sortedByCode(upserts)
        var codes = removals.sorted()
        codes.removeConsecutiveDuplicates()
        self.removals = codes
    }

    /// The key a platform uses to recognise a retried delivery: department and target version.
    public var idempotencyKey: String { "\(department)@\(toVersion)" }

    /// `true` when the delta changes no resource.
    public var isEmpty: Bool { upserts.isEmpty && removals.isEmpty }

    /// This delta followed by `next`, as one delta from `fromVersion` to `next.toVersion`; `nil`
    /// when `next` is for another department or does not continue this one (it must start at or
    /// before this delta's end, and end at or after it).
    public func followed(by next: CatalogDelta) -> CatalogDelta? {
        guard next.department == department, next.fromVersion <= toVersion, next.toVersion >= toVersion else {
            return nil
        }
        let nextUpserted = Set(next.upserts.map(\.code))
        let nextRemoved = Set(next.removals)
        let upserts = self.upserts.filter { !nextUpserted.contains($0.code) && !nextRemoved.contains($0.code) }
        let removals = self.removals.filter { !nextUpserted.contains($0) }
        return CatalogDelta(
            department: department, fromVersion: fromVersion, toVersion: next.toVersion,
            upserts: upserts + next.upserts, removals: removals + next.removals)
    }
}

extension CatalogDelta: Codable {
    private enum CodingKeys: String, CodingKey {
        case department
        case fromVersion
        case toVersion
        case upserts
        case removals
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let from = try c.decode(UInt64.self, forKey: .fromVersion)
        let to = try c.decode(UInt64.self, forKey: .toVersion)
        guard from <= to else {
            throw DecodingError.dataCorruptedError(
                forKey: .toVersion, in: c, debugDescription: "toVersion \(to) is before fromVersion \(from)")
        }
        self.init(
            department: try c.decode(DepartmentID.self, forKey: .department), fromVersion: from, toVersion: to,
            upserts: try c.decodeIfPresent([ResourceMetadata].self, forKey: .upserts) ?? [],
            removals: try c.decodeIfPresent([ResourceCode].self, forKey: .removals) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(department, forKey: .department)
        try c.encode(fromVersion, forKey: .fromVersion)
        try c.encode(toVersion, forKey: .toVersion)
        try c.encode(upserts, forKey: .upserts)
        try c.encode(removals, forKey: .removals)
    }
}

extension Array where Element: Equatable {
    fileprivate mutating func removeConsecutiveDuplicates() {
        var out: [Element] = []
        out.reserveCapacity(count)
        for e in self where out.last != e { out.append(e) }
        self = out
    }
}
