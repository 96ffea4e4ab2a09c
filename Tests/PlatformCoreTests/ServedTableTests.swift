import Testing

@testable import PlatformCore

/// The served table (docs/decisions/0007): a platform's packed copy of what serving reads of its providers'
/// resources. It must answer exactly what the catalog answers, or not at all.
@Suite struct ServedTableTests {
    static let date = CivilDate(year: 2017, month: 3, day: 1)!
    static let basis = LegalBasis(kind: .administrativeRegulation, citation: "政府信息公开条例 第十四条")

    static let edu: DepartmentID = "HZ-EDU"
    static let hlt: DepartmentID = "HZ-HLT"
    static let psb: DepartmentID = "HZ-PSB"

    /// EDU's resources 1...4: each a different share type or zone.
    static let eduResources = [
        FixtureResources.resource(edu, 1, name: "一", publishDate: date),
        FixtureResources.resource(edu, 2, name: "二", shareType: .conditional(conditions: "审批"), publishDate: date),
        FixtureResources.resource(edu, 3, name: "三", shareType: .notShared(legalBasis: basis), publishDate: date),
        FixtureResources.resource(edu, 4, name: "四", publishDate: date, zone: .inner),
    ]
    static let hltResources = [
        FixtureResources.resource(hlt, 1, name: "甲", shareType: .conditional(conditions: "限用途"), publishDate: date),
        FixtureResources.resource(hlt, 7, name: "乙", publishDate: date, zone: .inner),
    ]

    /// EDU at address 2 and HLT at 5 are providers; PSB's replica is in the catalog, but its address 3 is
    /// not a provider of this platform.
    static let catalog = AggregatedCatalog([
        DepartmentCatalog(department: hlt, version: 2, resources: hltResources),
        DepartmentCatalog(department: edu, version: 1, resources: eduResources),
        DepartmentCatalog(
            department: psb, version: 1, resources: [FixtureResources.resource(psb, 1, name: "丙", publishDate: date)]),
    ])

    /// EDU's and HLT's traits: different, so that a table that mixed them up would show it.
    static let traits: [Int32: ProviderTraits] = [
        2: ProviderTraits(integration: .api, dataErrorRate: 0.01),
        5: ProviderTraits(integration: .frontEnd(everyHours: 24), dataErrorRate: 0.2),
    ]

    static func table() -> ServedTable { ServedTable(providers: traits) }

    /// R-SHR-4 included: the legal basis of the resource that is not shared comes back with its entry.
    @Test func aMatchingIndexAnswersWhatTheCatalogAnswers() {
        var table = Self.table()
        let expected: [ServedEntry] = [
            ServedEntry(shareTypeKind: .unconditional, legalBasis: nil, zone: .outer),
            ServedEntry(shareTypeKind: .conditional, legalBasis: nil, zone: .outer),
            ServedEntry(shareTypeKind: .notShared, legalBasis: Self.basis, zone: .outer),
            ServedEntry(shareTypeKind: .unconditional, legalBasis: nil, zone: .inner),
        ]
        for (index, resource) in Self.eduResources.enumerated() {
            let entry = table.entry(resource.code, of: Self.edu, at: 2, index: index, in: Self.catalog)
            #expect(entry == expected[index])
            #expect(entry == Self.catalog.servedEntry(resource.code, of: Self.edu))
        }
        // The second provider's entries sit after the first's in the same table.
        for (index, resource) in Self.hltResources.enumerated() {
            let entry = table.entry(resource.code, of: Self.hlt, at: 5, index: index, in: Self.catalog)
            #expect(entry == ServedEntry(resource))
            #expect(entry == Self.catalog.servedEntry(resource.code, of: Self.hlt))
        }
        // Asked again, in another order: the same answers.
        for (index, resource) in Self.eduResources.enumerated().reversed() {
            #expect(table.entry(resource.code, of: Self.edu, at: 2, index: index, in: Self.catalog) == expected[index])
        }
    }

    /// The entries are copied in a step of their own, on a provider's first request, so that the catalog is
    /// read only then (docs/decisions/0020); before it the table has no answer, and it never copies for an address
    /// that is not one of its providers.
    @Test func entriesAreCopiedOnceAndOnlyForTheTablesProviders() {
        var table = Self.table()
        let code = Self.eduResources[0].code
        #expect(table.needsCopy(at: 2))
        #expect(table.entry(code, at: 2, index: 0) == nil)
        table.copyEntries(of: Self.edu, at: 2, from: Self.catalog)
        #expect(!table.needsCopy(at: 2))
        #expect(table.entry(code, at: 2, index: 0) == Self.catalog.servedEntry(code, of: Self.edu))
        // The other provider is still to copy; an address without a provider never is.
        #expect(table.needsCopy(at: 5))
        #expect(!table.needsCopy(at: 3))
        table.copyEntries(of: Self.edu, at: 3, from: Self.catalog)
        #expect(table.entry(code, at: 3, index: 0) == nil)
        // Copying again changes nothing the table answers.
        table.copyEntries(of: Self.edu, at: 2, from: Self.catalog)
        table.copyEntries(of: Self.hlt, at: 5, from: Self.catalog)
        #expect(table.entry(Self.hltResources[0].code, at: 5, index: 0) == ServedEntry(Self.hltResources[0]))
    }

    @Test func anIndexOutOfRangeHasNoAnswer() {
        var table = Self.table()
        let code = Self.eduResources[0].code
        for index in [-1, -100, 4, 5, Int(Int32.max), Int.max] {
            #expect(table.entry(code, of: Self.edu, at: 2, index: index, in: Self.catalog) == nil, "index \(index)")
        }
        // Indexes past EDU's four resources would be HLT's in the packed table: still no answer.
        _ = table.entry(Self.hltResources[0].code, of: Self.hlt, at: 5, index: 0, in: Self.catalog)
        #expect(table.entry(Self.hltResources[0].code, of: Self.edu, at: 2, index: 4, in: Self.catalog) == nil)
        #expect(table.entry(Self.hltResources[1].code, of: Self.edu, at: 2, index: 5, in: Self.catalog) == nil)
        #expect(table.entry(code, of: Self.edu, at: 2, index: 0, in: Self.catalog) != nil)
    }

    @Test func anotherCodeAtTheIndexHasNoAnswer() {
        var table = Self.table()
        for (index, resource) in Self.eduResources.enumerated() {
            for (other, wanted) in Self.eduResources.enumerated() where other != index {
                #expect(table.entry(wanted.code, of: Self.edu, at: 2, index: index, in: Self.catalog) == nil)
            }
            #expect(table.entry("HZ-EDU-99", of: Self.edu, at: 2, index: index, in: Self.catalog) == nil)
            #expect(table.entry(resource.code, of: Self.edu, at: 2, index: index, in: Self.catalog) != nil)
        }
    }

    @Test func anAddressThatIsNotAProviderHasNoAnswer() {
        var table = Self.table()
        let psbCode = ResourceCode("HZ-PSB-01")
        #expect(Self.catalog.servedEntry(psbCode, of: Self.psb) != nil)
        // 3 lies between the providers' addresses, 1 and 9 outside them.
        for address: Int32 in [3, 4, 1, 0, 9, -1] {
            #expect(table.entry(psbCode, of: Self.psb, at: address, index: 0, in: Self.catalog) == nil)
            #expect(
                table.entry(Self.eduResources[0].code, of: Self.edu, at: address, index: 0, in: Self.catalog) == nil)
        }
        // An empty table answers nothing.
        var none = ServedTable(providers: [:])
        #expect(none.entry(Self.eduResources[0].code, of: Self.edu, at: 2, index: 0, in: Self.catalog) == nil)
    }

    /// A provider's traits sit in its entry (docs/decisions/0017): each provider gets its own, other
    /// addresses none, and emptying the copied resources keeps them, because serving reads them next.
    @Test func eachProvidersTraitsStandThroughEmptying() {
        var table = Self.table()
        for _ in 0..<2 {
            #expect(table.traits(at: 2) == Self.traits[2])
            #expect(table.traits(at: 5) == Self.traits[5])
            for address: Int32 in [3, 1, 9] { #expect(table.traits(at: address) == nil) }
            _ = table.entry(Self.eduResources[0].code, of: Self.edu, at: 2, index: 0, in: Self.catalog)
            table.removeAll()
        }
    }

    @Test func aProviderWithoutAReplicaHasNoAnswer() {
        var table = Self.table()
        let empty = AggregatedCatalog()
        #expect(table.entry(Self.eduResources[0].code, of: Self.edu, at: 2, index: 0, in: empty) == nil)
    }

    /// R-SHR-4: the legal bases are kept beside the slots; each entry gets its own back, whichever provider
    /// was copied first and however often the table was emptied.
    @Test func eachNotSharedResourceComesBackWithItsOwnLegalBasis() {
        let statute = LegalBasis(kind: .law, citation: "中华人民共和国统计法 第九条")
        let policy = LegalBasis(kind: .partyCentralOrStateCouncilPolicy, citation: "国发〔2016〕51号 第九条")
        var hlt = Self.catalog.catalog(of: Self.hlt)!
        hlt.upsert(
            FixtureResources.resource(
                Self.hlt, 1, name: "甲", shareType: .notShared(legalBasis: statute), publishDate: Self.date))
        hlt.upsert(
            FixtureResources.resource(
                Self.hlt, 7, name: "乙", shareType: .notShared(legalBasis: policy), publishDate: Self.date))
        var catalog = Self.catalog
        catalog.applySnapshot(hlt)
        let asked: [(DepartmentID, Int32, ResourceMetadata, Int)] = [
            (Self.edu, 2, Self.eduResources[2], 2), (Self.hlt, 5, hlt.resources[1], 1),
            (Self.hlt, 5, hlt.resources[0], 0),
        ]
        var table = Self.table()
        for order in [asked, asked.reversed()] {
            table.removeAll()
            for (provider, address, resource, index) in order {
                let entry = table.entry(resource.code, of: provider, at: address, index: index, in: catalog)
                #expect(entry != nil)
                #expect(entry == catalog.servedEntry(resource.code, of: provider))
            }
        }
        #expect(
            table.entry(hlt.resources[1].code, of: Self.hlt, at: 5, index: 1, in: catalog)?.legalBasis == policy)
    }

    @Test func afterRemoveAllAChangedCatalogIsCopiedAfresh() {
        var table = Self.table()
        let code = Self.eduResources[0].code
        #expect(
            table.entry(code, of: Self.edu, at: 2, index: 0, in: Self.catalog)
                == ServedEntry(shareTypeKind: .unconditional, legalBasis: nil, zone: .outer))
        // EDU's first resource becomes not shared and moves to the inner zone; its fourth is withdrawn.
        var changed = Self.catalog
        var edu = Self.catalog.catalog(of: Self.edu)!
        edu.upsert(
            FixtureResources.resource(
                Self.edu, 1, name: "一", shareType: .notShared(legalBasis: Self.basis), publishDate: Self.date,
                zone: .inner))
        edu.remove(Self.eduResources[3].code)
        changed.applySnapshot(edu)
        let now = ServedEntry(shareTypeKind: .notShared, legalBasis: Self.basis, zone: .inner)
        #expect(changed.servedEntry(code, of: Self.edu) == now)
        // The copy taken stands until the table is emptied (which is why a platform empties it on every
        // catalog transfer).
        #expect(
            table.entry(code, of: Self.edu, at: 2, index: 0, in: changed)
                == ServedEntry(shareTypeKind: .unconditional, legalBasis: nil, zone: .outer))
        table.removeAll()
        #expect(table.entry(code, of: Self.edu, at: 2, index: 0, in: changed) == now)
        #expect(table.entry(Self.eduResources[3].code, of: Self.edu, at: 2, index: 3, in: changed) == nil)
        #expect(table.entry(Self.eduResources[1].code, of: Self.edu, at: 2, index: 1, in: changed) != nil)
        // HLT, copied for the first time after the change, answers too; emptying twice is harmless.
        table.removeAll()
        table.removeAll()
        #expect(
            table.entry(Self.hltResources[1].code, of: Self.hlt, at: 5, index: 1, in: changed)
                == ServedEntry(Self.hltResources[1]))
        #expect(table.entry(code, of: Self.edu, at: 2, index: 0, in: changed) == now)
        // And back: emptied again, the original catalog is what it answers from.
        table.removeAll()
        #expect(
            table.entry(code, of: Self.edu, at: 2, index: 0, in: Self.catalog)
                == ServedEntry(shareTypeKind: .unconditional, legalBasis: nil, zone: .outer))
    }
}

/// A platform serves from its table and stops the moment a catalog transfer changes the resource.
@Suite struct ServedTablePlatformTests {
    typealias F = PlatformFixtures
    static let user: DepartmentID = "HZ-HLT"
    static let basis = LegalBasis(kind: .law, citation: "中华人民共和国统计法 第九条")

    /// Platform @1 with the provider HZ-EDU @2 (served from the platform) and the user HZ-HLT @3 below.
    static func platform() -> PlatformInstance {
        let link = LinkProfile.reliable()
        return PlatformInstance(
            configuration: PlatformConfiguration(
                government: "ZJ-HZ", level: .municipal, address: ActorAddress(1),
                parent: .init(address: ActorAddress(0), node: .platform("ZJ", .provincial), link: link),
                children: [
                    .init(address: ActorAddress(2), node: .department(F.department), link: link),
                    .init(address: ActorAddress(3), node: .department(user), link: link),
                ],
                policy: .reliable, seed: 1,
                providers: [2: ProviderTraits(integration: .api, dataErrorRate: 0)]))
    }

    /// Sends a request from the user for `resource` expected at `index` and returns the answer it gets.
    static func ask(
        _ platform: inout PlatformInstance, _ resource: ResourceCode, index: Int32, serial: UInt32,
        zone: NetworkZone = .outer
    ) -> RequestAnswer? {
        let request = ShareRequest(
            id: RequestID(user: ActorAddress(3), serial: serial), mode: .centralized, user: user,
            userPlatform: ActorAddress(1), userZone: zone, provider: F.department, providerAddress: ActorAddress(2),
            providerPlatform: ActorAddress(1), resource: resource, shareType: .unconditional, purpose: "service:test",
            catalogIndex: index)
        let answers = F.sends(platform.handle(.shareRequest(request), now: .zero)).compactMap { message, to in
            if case .shareResponse(let response) = message, to == ActorAddress(3) { return response.answer }
            return nil
        }
        #expect(answers.count == 1)
        return answers.first
    }

    static func isServed(_ answer: RequestAnswer?) -> Bool {
        if case .served = answer { return true }
        return false
    }

    @Test func aRequestIsRefusedOnceADeltaWithdrawsWhatWasServed() {
        var platform = Self.platform()
        let v1 = F.catalog(version: 1, [1, 2, 3])
        _ = platform.handle(F.transfer(v1.fullDelta()), now: .zero)
        let second = F.resource(2).code
        // Served, twice (the second time from the table).
        #expect(Self.isServed(Self.ask(&platform, second, index: 1, serial: 1)))
        #expect(Self.isServed(Self.ask(&platform, second, index: 1, serial: 2)))

        // Version 2: the resource is no longer shared.
        var v2 = v1
        v2.upsert(
            FixtureResources.resource(
                F.department, 2, name: "资源2", shareType: .notShared(legalBasis: Self.basis), publishDate: F.date))
        _ = platform.handle(F.transfer(v2.delta(since: v1)), now: .zero)
        #expect(Self.ask(&platform, second, index: 1, serial: 3) == .refused(.notShared(Self.basis)))
        // Its neighbours are still served.
        #expect(Self.isServed(Self.ask(&platform, F.resource(3).code, index: 2, serial: 4)))

        // Version 3: withdrawn. The index now holds resource 3: not in the catalog.
        var v3 = v2
        v3.remove(second)
        _ = platform.handle(F.transfer(v3.delta(since: v2)), now: .zero)
        #expect(Self.ask(&platform, second, index: 1, serial: 5) == .refused(.notInCatalog))
        // Resource 3 moved from index 2 to 1: served whichever index the user brings.
        #expect(Self.isServed(Self.ask(&platform, F.resource(3).code, index: 2, serial: 6)))
        #expect(Self.isServed(Self.ask(&platform, F.resource(3).code, index: 1, serial: 7)))
    }

    @Test func aRequestIsRefusedOnceASnapshotMovesTheResourceToTheInnerZone() {
        var platform = Self.platform()
        let v1 = F.catalog(version: 1, [1, 2])
        _ = platform.handle(F.transfer(v1.fullDelta()), now: .zero)
        let first = F.resource(1).code
        #expect(Self.isServed(Self.ask(&platform, first, index: 0, serial: 1)))
        let inner = DepartmentCatalog(
            department: F.department, version: 2,
            resources: [
                FixtureResources.resource(F.department, 1, name: "资源1", publishDate: F.date, zone: .inner),
                F.resource(2),
            ])
        _ = platform.handle(
            .catalogTransfer(CatalogTransfer(payload: .snapshot(inner), sender: ActorAddress(2))), now: .zero)
        #expect(Self.ask(&platform, first, index: 0, serial: 2) == .refused(.networkZone(from: .inner, to: .outer)))
        #expect(Self.isServed(Self.ask(&platform, F.resource(2).code, index: 1, serial: 3)))
    }
}

extension ServedTable {
    /// What the platform asks for a served request: the entries copied on the provider's first request, then
    /// the entry (PlatformInstance+Requests.swift, `servedEntry(of:)`).
    mutating func entry(
        _ code: ResourceCode, of provider: DepartmentID, at address: Int32, index: Int, in catalog: AggregatedCatalog
    ) -> ServedEntry? {
        if needsCopy(at: address) { copyEntries(of: provider, at: address, from: catalog) }
        return entry(code, at: address, index: index)
    }
}
