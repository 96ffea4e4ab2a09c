/// The class of an information resource in the catalog (R-CAT-1).
public enum ResourceClass: String, CaseIterable, Sendable, Codable, Hashable, CustomStringConvertible {
    /// Base resources (基础信息资源): population, legal entities, natural resources and geospatial.
    /// R-SHR-4: shared unconditionally by principle.
    case base
    /// Thematic resources (主题信息资源): health, social security, food safety, service items, e-licences…
    case thematic
    /// Department resources (部门信息资源): what each department holds for its own duties.
    case department

    /// The Chinese term.
    public var chinese: String {
        switch self {
        case .base: "基础信息资源"
        case .thematic: "主题信息资源"
        case .department: "部门信息资源"
        }
    }

    /// The raw value (`base`, `thematic`, `department`).
    public var description: String { rawValue }
}

/// Which of the national base databases a base resource belongs to (R-CAT-1).
public enum BaseResourceKind: String, CaseIterable, Sendable, Codable, Hashable, CustomStringConvertible {
    /// Population (人口信息).
    case population
    /// Legal entities (法人单位信息).
    case legalEntity
    /// Natural resources and geospatial information (自然资源和空间地理信息).
    case naturalResourcesGeospatial

    /// The Chinese term.
    public var chinese: String {
        switch self {
        case .population: "人口信息"
        case .legalEntity: "法人单位信息"
        case .naturalResourcesGeospatial: "自然资源和空间地理信息"
        }
    }

    /// The raw value.
    public var description: String { rawValue }
}
