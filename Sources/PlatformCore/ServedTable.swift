import SharingModel

/// What serving a request reads of each resource of the providers a platform serves, packed in one array
/// by provider and catalog index (docs/decisions/0007).
///
/// Every served request asks for one entry of its provider's replica in the aggregated catalog: through
/// the replica to its resources and to the resource's metadata, two or three cache misses at national
/// scale (8% of a national year). A provider's entries are copied here the first time one of its resources
/// is asked for, and found again from the request's address and catalog index. The table answers only
/// when the resource at that index is the one asked for; anything else (a resource moved or missing)
/// goes to the catalog, and any change of the catalog empties the table, so it answers exactly what the
/// catalog answers.
struct ServedTable: Sendable {
    /// One resource: its code (to check the index) and what serving it needs, in 24 bytes instead of the 56
    /// a whole ``ServedEntry`` took, so that a large world's table takes fewer cache lines. The legal basis,
    /// read only to refuse a resource that is not shared (R-SHR-4), waits in `bases` (docs/decisions/0012).
    private struct Slot: Sendable {
        let code: ResourceCode
        let shareTypeKind: ShareTypeKind
        let zone: NetworkZone
        /// The index of the legal basis in `bases`, or -1 when there is none.
        let basis: Int32
    }

    /// Where each provider's entries are in `slots` (`start` -1: not copied yet).
    private struct Range: Sendable {
        var start: Int32
        var count: Int32
        static let notCopied = Range(start: -1, count: 0)
    }

    /// One provider: where its entries are, and its traits, which serving the same request reads next, so
    /// that both come from one line (docs/decisions/0017).
    private struct Provider: Sendable {
        var range: Range
        let traits: ProviderTraits
    }

    private var slots: [Slot] = []
    private var bases: [LegalBasis] = []
    private var providers: AddressTable<Provider>

    /// A table for the providers at the addresses of `traits`, with their traits (a request for any other
    /// provider is not answered).
    init(providers traits: [Int32: ProviderTraits]) {
        providers = AddressTable(traits.map { ($0.key, Provider(range: .notCopied, traits: $0.value)) })
    }

    /// The traits of the provider at `address`, or `nil` when it is not one of this table's providers.
    func traits(at address: Int32) -> ProviderTraits? {
        providers[address]?.traits
    }

    /// Whether the entries of the provider at `address` still have to be copied (``copyEntries(of:at:from:)``)
    /// before ``entry(_:at:index:)`` can answer for it: `false` once they are, and for an address that is not one
    /// of this table's providers.
    ///
    /// Copying is a step of its own so that a served request reads the catalog only on its provider's first
    /// request: the catalog lies lines away from the platform's hot fields, and passing it along with every
    /// request loaded one of those lines each time (docs/decisions/0020).
    @inline(__always) func needsCopy(at address: Int32) -> Bool {
        providers[address].map { $0.range.start < 0 } ?? false
    }

    /// Copies the entries of `provider` (whose actor is at `address`) from `catalog`, if they are not copied yet.
    mutating func copyEntries(of provider: DepartmentID, at address: Int32, from catalog: AggregatedCatalog) {
        guard var entry = providers[address], entry.range.start < 0 else { return }
        entry.range = copy(provider, from: catalog)
        providers.update(entry, at: address)
    }

    /// The entry of resource `code` of the provider at `address`, expected at `index` of its catalog; `nil` when
    /// the table cannot tell (the caller asks the catalog): the provider is not one of the table's, its entries
    /// are not copied, or the resource at `index` is another.
    @inline(__always) func entry(_ code: ResourceCode, at address: Int32, index: Int) -> ServedEntry? {
        guard let entry = providers[address], entry.range.start >= 0 else { return nil }
        let range = entry.range
        guard index >= 0, index < Int(range.count) else { return nil }
        // Within `slots`: a range is set by `copy` right after appending its entries, and `removeAll` empties the
        // slots and every range together. Read without the array's check, which would load its header, a line
        // away from most slots (docs/decisions/0020).
        let slot = slots.withUnsafeBufferPointer { $0[Int(range.start) + index] }
        guard slot.code == code else { return nil }
        return ServedEntry(
            shareTypeKind: slot.shareTypeKind, legalBasis: slot.basis < 0 ? nil : bases[Int(slot.basis)],
            zone: slot.zone)
    }

    /// Forgets every copied entry (the catalog changed).
    mutating func removeAll() {
        guard !slots.isEmpty else { return }
        slots.removeAll(keepingCapacity: true)
        bases.removeAll(keepingCapacity: true)
        providers.updateEach { $0.range = .notCopied }
    }

    private mutating func copy(_ provider: DepartmentID, from catalog: AggregatedCatalog) -> Range {
        let start = Int32(slots.count)
        if let replica = catalog.catalog(of: provider) {
            for resource in replica.resources {
                let entry = ServedEntry(resource)
                var basis: Int32 = -1
                if let legalBasis = entry.legalBasis {
                    basis = Int32(bases.count)
                    bases.append(legalBasis)
                }
                slots.append(
                    Slot(code: resource.code, shareTypeKind: entry.shareTypeKind, zone: entry.zone, basis: basis))
            }
        }
        return Range(start: start, count: Int32(slots.count) - start)
    }
}
