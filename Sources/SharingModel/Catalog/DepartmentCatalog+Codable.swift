extension DepartmentCatalog: Codable {
    private enum CodingKeys: String, CodingKey {
        case department
        case version
        case resources
    }

    /// Decodes `{"department": …, "version": …, "resources": […]}`; `version` defaults to 0 and the
    /// resources are sorted by code.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            department: try c.decode(DepartmentID.self, forKey: .department),
            version: try c.decodeIfPresent(UInt64.self, forKey: .version) ?? 0,
            resources: try c.decodeIfPresent([ResourceMetadata].self, forKey: .resources) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(department, forKey: .department)
        try c.encode(version, forKey: .version)
        try c.encode(resources, forKey: .resources)
    }
}
