import SharingModel
import Testing

/// The slot storage of ``AggregatedCatalog`` (docs/decisions/0007): replicas in an array with a
/// department → slot dictionary. Neither arrival order nor a removal that moves a replica may show in
/// equality, hashing or lookups, and a caller's cached slot that went stale must be corrected.
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

    // MARK: (b) Removal and stale slots

    @Test func removingADepartmentInTheMiddleKeepsTheOthersAndCorrectsStaleSlots() {
        // Storage order A, B, C, D (slots 0...3).
        var catalog = AggregatedCatalog([Self.a, Self.b, Self.c, Self.d])
        var slotOfD = -1
        let before = catalog.servedEntry("3301-D-02", of: "3301-D", hint: -1, slot: &slotOfD)
        #expect(before == ServedEntry(shareTypeKind: .notShared, legalBasis: Self.basis, zone: .inner))
        #expect(slotOfD == 3)
        var slotOfC = -1
        _ = catalog.servedEntry("3301-C-01", of: "3301-C", hint: -1, slot: &slotOfC)
        #expect(slotOfC == 2)

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

        // D's cached slot 3 is now past the end: found again, and the slot follows it.
        var stale = slotOfD
        let after = catalog.servedEntry("3301-D-02", of: "3301-D", hint: -1, slot: &stale)
        #expect(after == ServedEntry(shareTypeKind: .notShared, legalBasis: Self.basis, zone: .inner))
        #expect(stale != slotOfD && stale >= 0 && stale < 3)
        // The corrected slot now answers for D directly, and still does.
        var again = stale
        #expect(
            catalog.servedEntry("3301-D-03", of: "3301-D", hint: 2, slot: &again)
                == ServedEntry(shareTypeKind: .conditional, legalBasis: nil, zone: .outer))
        #expect(again == stale)

        // A slot that names another department's replica (C's) is not trusted either.
        var wrong = slotOfC
        #expect(wrong != stale)
        #expect(
            catalog.servedEntry("3301-D-01", of: "3301-D", hint: -1, slot: &wrong)
                == ServedEntry(shareTypeKind: .unconditional, legalBasis: nil, zone: .outer))
        #expect(wrong == stale)
        // C's own slot still answers for C.
        var c = slotOfC
        #expect(
            catalog.servedEntry("3301-C-02", of: "3301-C", hint: -1, slot: &c)
                == ServedEntry(shareTypeKind: .conditional, legalBasis: nil, zone: .outer))
        // D moved into B's old slot, so C stayed where it was; a stale slot of B's now holds D.
        #expect(c == slotOfC)
        var bOld = 1
        #expect(catalog.servedEntry("3301-D-01", of: "3301-D", hint: -1, slot: &bOld) != nil)
        #expect(catalog.servedEntry("3301-B-01", of: "3301-B", hint: -1, slot: &bOld) == nil)
    }

    @Test func everyDepartmentIsStillFoundAfterEachRemoval() {
        var catalog = AggregatedCatalog(Self.all)
        var remaining = Self.all
        // Slots as a caller would cache them, never refreshed except through the inout.
        var slots = [Int](repeating: -1, count: Self.all.count)
        for victim in ["3301-C", "3301-A", "3301-E", "3301-D"] as [DepartmentID] {
            let removed = catalog.removeDepartment(victim)
            #expect(removed == Self.all.first { $0.department == victim })
            remaining.removeAll { $0.department == victim }
            #expect(catalog.departments == remaining.map(\.department))
            #expect(catalog == AggregatedCatalog(remaining.reversed()))
            for (i, replica) in Self.all.enumerated() {
                let held = remaining.contains { $0.department == replica.department }
                #expect(catalog.catalog(of: replica.department) == (held ? replica : nil))
                for (index, resource) in replica.resources.enumerated() {
                    let entry = catalog.servedEntry(
                        resource.code, of: replica.department, hint: index, slot: &slots[i])
                    #expect(entry == (held ? ServedEntry(resource) : nil), "\(resource.code) after removing \(victim)")
                }
            }
        }
        #expect(catalog.departments == ["3301-B"])
    }

    // MARK: (c) Unknown providers and codes

    @Test func anUnknownProviderOrCodeHasNoEntry() {
        let catalog = AggregatedCatalog(Self.all)
        // A provider not held, whatever slot and hint the caller brings.
        for start in [-1, 0, 2, 4, 5, 99] {
            var slot = start
            #expect(catalog.servedEntry("3301-A-01", of: "3301-Z", hint: 0, slot: &slot) == nil)
        }
        #expect(catalog.servedEntry("3301-A-01", of: "3301-Z") == nil)
        #expect(AggregatedCatalog().servedEntry("3301-A-01", of: "3301-A") == nil)
        // Another provider's code, a code between two held ones, past the last, before the first.
        for code in ["3301-B-01", "3301-D-015", "3301-D-04", "3301-C-00", "3301-D"] as [ResourceCode] {
            for hint in [-1, 0, 1, 2, 3] {
                var slot = -1
                #expect(catalog.servedEntry(code, of: "3301-D", hint: hint, slot: &slot) == nil, "\(code) hint \(hint)")
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
