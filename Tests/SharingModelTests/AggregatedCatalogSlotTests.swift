import SharingModel
import Testing

/// The slot storage of ``AggregatedCatalog`` (docs/decisions/0007): replicas in an array with a
/// department → slot dictionary. Neither arrival order nor a removal that moves a replica may show in
/// equality, hashing or lookups.
@Suite struct AggregatedCatalogSlotTests {
    static let basis = LegalBasis(kind: .law, citation: "中华人民共和国统计法 第九条")

    /// Each department's resources differ in share type and zone, so the entry of one replica cannot pass
    /// for another's.
    static let a = DepartmentCatalog(
        department: "3301-A", version: 1,
        resources: [
            Fixtures.resource("3301-A-01", provider: "3301-A"),
            Fixtures.resource("3301-A-02", provider: "3301-A", zone: .inner),
        ])
    static let b = DepartmentCatalog(
        department: "3301-B", version: 4,
        resources: [Fixtures.resource("3301-B-01", provider: "3301-B", shareType: .conditional(conditions: "审批"))])
    static let c = DepartmentCatalog(
        department: "3301-C", version: 2,
        resources: [
            Fixtures.resource("3301-C-01", provider: "3301-C", zone: .inner),
            Fixtures.resource("3301-C-02", provider: "3301-C", shareType: .conditional(conditions: "限用途")),
        ])
    static let d = DepartmentCatalog(
        department: "3301-D", version: 7,
        resources: [
            Fixtures.resource("3301-D-01", provider: "3301-D"),
            Fixtures.resource("3301-D-02", provider: "3301-D", shareType: .notShared(legalBasis: basis), zone: .inner),
            Fixtures.resource("3301-D-03", provider: "3301-D", shareType: .conditional(conditions: "x")),
        ])
    static let e = DepartmentCatalog(department: "3301-E", version: 3, resources: [])

    static let all = [a, b, c, d, e]

    // MARK: (a) Equality and hashing ignore arrival order

    @Test func catalogsWithTheSameReplicasInAnyOrderAreEqualWithEqualHashes() {
        let reference = AggregatedCatalog(Self.all)
        let orders: [[DepartmentCatalog]] = [
            [Self.e, Self.d, Self.c, Self.b, Self.a],
            [Self.c, Self.a, Self.e, Self.b, Self.d],
            [Self.b, Self.d, Self.a, Self.e, Self.c],
        ]
        for order in orders {
            let other = AggregatedCatalog(order)
            #expect(other == reference)
            #expect(reference == other)
            #expect(other.hashValue == reference.hashValue)
            #expect(other.entries == reference.entries)
            #expect(other.departments == ["3301-A", "3301-B", "3301-C", "3301-D", "3301-E"])
            #expect(Set([other, reference]).count == 1)
        }
        // Built replica by replica, through deltas and snapshots.
        var incremental = AggregatedCatalog()
        for replica in [Self.d, Self.b] { incremental.apply(replica.fullDelta()) }
        for replica in [Self.e, Self.a, Self.c] { incremental.applySnapshot(replica) }
        #expect(incremental == reference)
        #expect(incremental.hashValue == reference.hashValue)
    }

    @Test func aRemovalThatMovesAReplicaDoesNotChangeEqualityOrHash() {
        // Removing B moves the last replica into its slot; the catalog then holds A, E, C, D in storage order.
        var moved = AggregatedCatalog(Self.all)
        moved.removeDepartment("3301-B")
        let direct = AggregatedCatalog([Self.a, Self.c, Self.d, Self.e])
        #expect(moved == direct)
        #expect(moved.hashValue == direct.hashValue)
        // Put back: equal to the catalog that never lost it.
        moved.applySnapshot(Self.b)
        #expect(moved == AggregatedCatalog(Self.all))
        #expect(moved.hashValue == AggregatedCatalog(Self.all).hashValue)
    }

    @Test func catalogsThatDifferInOneReplicaAreNotEqual() {
        let reference = AggregatedCatalog(Self.all)
        let newerC = DepartmentCatalog(department: "3301-C", version: 3, resources: Self.c.resources)
        #expect(AggregatedCatalog([Self.a, Self.b, newerC, Self.d, Self.e]) != reference)
        #expect(AggregatedCatalog([Self.e, Self.d, Self.c, Self.b]) != reference)
        // Same count, another department in place of one.
        let f = DepartmentCatalog(department: "3301-F", version: 3, resources: [])
        #expect(AggregatedCatalog([Self.a, Self.b, Self.c, Self.d, f]) != reference)
        #expect(reference != AggregatedCatalog([Self.a, Self.b, Self.c, Self.d, f]))
    }

    // MARK: (b) Removal

    @Test func removingADepartmentInTheMiddleKeepsTheOthers() {
        // Storage order A, B, C, D (slots 0...3): removing B moves D into its slot.
        var catalog = AggregatedCatalog([Self.a, Self.b, Self.c, Self.d])
        #expect(catalog.removeDepartment("3301-B") == Self.b)
        #expect(catalog.removeDepartment("3301-B") == nil)
        #expect(catalog.departmentCount == 3)
        #expect(catalog.departments == ["3301-A", "3301-C", "3301-D"])
        #expect(catalog.catalog(of: "3301-A") == Self.a)
        #expect(catalog.catalog(of: "3301-B") == nil)
        #expect(catalog.catalog(of: "3301-C") == Self.c)
        #expect(catalog.catalog(of: "3301-D") == Self.d)
        #expect(catalog.version(of: "3301-D") == 7)
        #expect(catalog.resource("3301-D-03", of: "3301-D") == Self.d.resources[2])
        #expect(catalog.servedEntry("3301-B-01", of: "3301-B") == nil)
        #expect(
            catalog.servedEntry("3301-D-02", of: "3301-D")
                == ServedEntry(shareTypeKind: .notShared, legalBasis: Self.basis, zone: .inner))
        #expect(
            catalog.servedEntry("3301-C-02", of: "3301-C")
                == ServedEntry(shareTypeKind: .conditional, legalBasis: nil, zone: .outer))
    }

    @Test func everyDepartmentIsStillFoundAfterEachRemoval() {
        var catalog = AggregatedCatalog(Self.all)
        var remaining = Self.all
        for victim in ["3301-C", "3301-A", "3301-E", "3301-D"] as [DepartmentID] {
            let removed = catalog.removeDepartment(victim)
            #expect(removed == Self.all.first { $0.department == victim })
            remaining.removeAll { $0.department == victim }
            #expect(catalog.departments == remaining.map(\.department))
            #expect(catalog == AggregatedCatalog(remaining.reversed()))
            for replica in Self.all {
                let held = remaining.contains { $0.department == replica.department }
                #expect(catalog.catalog(of: replica.department) == (held ? replica : nil))
                for (index, resource) in replica.resources.enumerated() {
                    let entry = catalog.servedEntry(resource.code, of: replica.department, hint: index)
                    #expect(entry == (held ? ServedEntry(resource) : nil), "\(resource.code) after removing \(victim)")
                }
            }
        }
        #expect(catalog.departments == ["3301-B"])
    }

    // MARK: (c) Unknown providers and codes

    @Test func anUnknownProviderOrCodeHasNoEntry() {
        let catalog = AggregatedCatalog(Self.all)
        // A provider not held, whatever hint the caller brings.
        for hint in [-1, 0, 2, 4, 5, 99] {
            #expect(catalog.servedEntry("3301-A-01", of: "3301-Z", hint: hint) == nil)
        }
        #expect(AggregatedCatalog().servedEntry("3301-A-01", of: "3301-A") == nil)
        // Another provider's code, a code between two held ones, past the last, before the first.
        for code in ["3301-B-01", "3301-D-015", "3301-D-04", "3301-C-00", "3301-D"] as [ResourceCode] {
            for hint in [-1, 0, 1, 2, 3] {
                #expect(catalog.servedEntry(code, of: "3301-D", hint: hint) == nil, "\(code) hint \(hint)")
            }
        }
        // A department that holds nothing.
        #expect(catalog.servedEntry("3301-E-01", of: "3301-E") == nil)
    }

    @Test func aWrongHintStillFindsTheEntry() {
        let catalog = AggregatedCatalog(Self.all)
        for (index, resource) in Self.d.resources.enumerated() {
            for hint in [-5, -1, 0, 1, 2, 3, 100] {
                #expect(
                    catalog.servedEntry(resource.code, of: "3301-D", hint: hint) == ServedEntry(resource),
                    "resource \(index) with hint \(hint)")
            }
        }
    }
}
