import SimKernel

extension ResourceMetadata: Codable {
    private enum CodingKeys: String, CodingKey {
        case classification
        case name
        case code
        case provider
        case providerCode
        case summary
        case format
        case items
        case shareType
        case shareMethod
        case openDataType
        case openConditions
        case publishDate
        case zone
    }

    /// Decodes the R-CAT-2 fields; `summary` defaults to empty, `openConditions` to none and
    /// `zone` to outer, so scenario files need not spell them.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            classification: try c.decode(ResourceClassification.self, forKey: .classification),
            name: try c.decode(String.self, forKey: .name),
            code: try c.decode(ResourceCode.self, forKey: .code),
            provider: try c.decode(DepartmentID.self, forKey: .provider),
            providerCode: try c.decode(String.self, forKey: .providerCode),
            summary: try c.decodeIfPresent(String.self, forKey: .summary) ?? "",
            format: try c.decode(ResourceFormat.self, forKey: .format),
            items: try c.decode([InformationItem].self, forKey: .items),
            shareType: try c.decode(ShareType.self, forKey: .shareType),
            shareMethod: try c.decode(ShareMethod.self, forKey: .shareMethod),
            openDataType: try c.decode(OpenDataType.self, forKey: .openDataType),
            openConditions: try c.decodeIfPresent(String.self, forKey: .openConditions),
            publishDate: try c.decode(CivilDate.self, forKey: .publishDate),
            zone: try c.decodeIfPresent(NetworkZone.self, forKey: .zone) ?? .outer)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(classification, forKey: .classification)
        try c.encode(name, forKey: .name)
        try c.encode(code, forKey: .code)
        try c.encode(provider, forKey: .provider)
        try c.encode(providerCode, forKey: .providerCode)
        try c.encode(summary, forKey: .summary)
        try c.encode(format, forKey: .format)
        try c.encode(items, forKey: .items)
        try c.encode(shareType, forKey: .shareType)
        try c.encode(shareMethod, forKey: .shareMethod)
        try c.encode(openDataType, forKey: .openDataType)
        try c.encodeIfPresent(openConditions, forKey: .openConditions)
        try c.encode(publishDate, forKey: .publishDate)
        try c.encode(zone, forKey: .zone)
    }
}
