/// The refusals no one can waive, checked wherever data is handed out: by the provider's platform in
/// centralized mode, by the provider itself one to one.
public enum ServingRules {
    /// The reason `request` must be refused whatever the provider would like, or `nil`.
    ///
    /// - `resource` is the catalog entry the server holds; `nil` when it holds none (`notInCatalog`).
    /// - `ruled`: a dispute body ordered this user, resource and purpose shared (R-ESC-2, R-ESC-3), which
    ///   overrides the not-shared type, but never the network zones.
    public static func mandatoryRefusal(
        of request: ShareRequest, resource: ResourceMetadata?, ruled: Bool = false
    )
        -> RefusalReason?
    {
        mandatoryRefusal(of: request, entry: resource.map(ServedEntry.init), ruled: ruled)
    }

    /// ``mandatoryRefusal(of:resource:ruled:)`` from the served part of the catalog entry (what a platform
    /// reads from its replica without copying the resource).
    public static func mandatoryRefusal(
        of request: ShareRequest, entry: ServedEntry?, ruled: Bool = false
    )
        -> RefusalReason?
    {
        guard let entry else { return .notInCatalog }
        // R-SHR-4: a not-shared resource is refused, citing the basis its catalog records.
        if !ruled, let basis = entry.legalBasis { return .notShared(basis) }
        // R-SEC-1: data never leaves its network zone (no inner → outer; DESIGN.md: no crossing at all).
        if !entry.zone.canDeliver(to: request.userZone) {
            return .networkZone(from: entry.zone, to: request.userZone)
        }
        return nil
    }
}
