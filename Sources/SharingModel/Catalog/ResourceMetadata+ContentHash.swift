extension ResourceMetadata {
    /// A stable 64-bit hash of every field (FNV-1a over a canonical encoding): equal metadata have
    /// equal hashes in every process and run.
    public func contentHash() -> UInt64 {
        var h = FNV1a()
        feed(into: &h)
        return h.value
    }

    /// Feeds the canonical encoding: every field in declaration order, enums by raw value, so that
    /// reordering enum cases does not change hashes already written to reports.
    func feed(into h: inout FNV1a) {
        h.combine(classification.resourceClass.rawValue)
        h.combine(classification.baseKind?.rawValue)
        h.combine(classification.code)
        h.combine(name)
        h.combine(code.rawValue)
        h.combine(provider.rawValue)
        h.combine(providerCode)
        h.combine(summary)
        h.combine(format.rawValue)
        h.combine(items.count)
        for item in items {
            h.combine(item.name)
            h.combine(item.dataType.rawValue)
            h.combine(item.updateCycle.rawValue)
        }
        h.combine(shareType.kind.rawValue)
        switch shareType {
        case .unconditional:
            break
        case .conditional(let conditions):
            h.combine(conditions)
        case .notShared(let basis):
            h.combine(basis.kind.rawValue)
            h.combine(basis.citation)
        }
        h.combine(shareMethod.rawValue)
        h.combine(openDataType.rawValue)
        h.combine(openConditions)
        h.combine(publishDate.dayNumber)
        h.combine(zone.rawValue)
    }
}
