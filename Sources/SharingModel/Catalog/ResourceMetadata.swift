import SimKernel

/// The core metadata of one information resource in a catalog (R-CAT-2).
///
/// A value type with no class inside, because a world holds about 18,000 departments × 40
/// resources. Encoded as readable JSON with the property names as keys (ResourceMetadata+Codable.swift);
/// `openConditions` and `zone` may be omitted.
public struct ResourceMetadata: Hashable, Sendable {
    /// Class and classification code (R-CAT-1).
    public var classification: ResourceClassification
    /// The resource's name (信息资源名称).
    public var name: String
    /// The resource code (信息资源代码); the key of the resource in its department's catalog.
    public var code: ResourceCode
    /// The providing department (信息资源提供方); R-CAT-5: it maintains the data.
    public var provider: DepartmentID
    /// The provider's code (信息资源提供方代码), e.g. its organisation code.
    public var providerCode: String
    /// A short summary (信息资源摘要).
    public var summary: String
    /// The format (信息资源格式).
    public var format: ResourceFormat
    /// The information items (信息项); R-CAT-2: at least one.
    public var items: [InformationItem]
    /// Share type and share conditions (R-SHR-2..4).
    public var shareType: ShareType
    /// Share method (R-PLT-4).
    public var shareMethod: ShareMethod
    /// Open-data type.
    public var openDataType: OpenDataType
    /// The conditions of opening; required when `openDataType` is `.conditionalOpen`.
    public var openConditions: String?
    /// Publish date (发布日期).
    public var publishDate: CivilDate
    /// The network zone the resource lives in (R-SEC-1); outer unless classified.
    public var zone: NetworkZone

    /// A resource's metadata.
    public init(
        classification: ResourceClassification,
        name: String,
        code: ResourceCode,
        provider: DepartmentID,
        providerCode: String,
        summary: String = "",
        format: ResourceFormat = .table,
        items: [InformationItem],
        shareType: ShareType,
        shareMethod: ShareMethod = .frontEndExchange,
        openDataType: OpenDataType = .notOpen,
        openConditions: String? = nil,
        publishDate: CivilDate,
        zone: NetworkZone = .outer
    ) {
        self.classification = classification
        self.name = name
        self.code = code
        self.provider = provider
        self.providerCode = providerCode
        self.summary = summary
        self.format = format
        self.items = items
        self.shareType = shareType
        self.shareMethod = shareMethod
        self.openDataType = openDataType
        self.openConditions = openConditions
        self.publishDate = publishDate
        self.zone = zone
    }

    /// The resource class (R-CAT-1).
    public var resourceClass: ResourceClass { classification.resourceClass }

    /// The share type without its data.
    public var shareTypeKind: ShareTypeKind { shareType.kind }
}
