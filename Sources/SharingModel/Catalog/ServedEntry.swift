/// The part of a catalog entry that serving a request reads (R-SHR-2, R-SHR-4, R-SEC-1), taken from the
/// platform's replica without copying the rest of the resource's metadata.
public struct ServedEntry: Sendable, Hashable {
    /// How the resource is shared.
    public var shareTypeKind: ShareTypeKind
    /// The legal basis of a not-shared resource (R-SHR-4); `nil` for every other share type.
    public var legalBasis: LegalBasis?
    /// The network zone its data lives in.
    public var zone: NetworkZone

    /// An entry.
    public init(shareTypeKind: ShareTypeKind, legalBasis: LegalBasis?, zone: NetworkZone) {
        self.shareTypeKind = shareTypeKind
        self.legalBasis = legalBasis
        self.zone = zone
    }

    /// The entry of `resource`.
    public init(_ resource: ResourceMetadata) {
        self.init(shareTypeKind: resource.shareTypeKind, legalBasis: resource.shareType.legalBasis, zone: resource.zone)
    }
}
