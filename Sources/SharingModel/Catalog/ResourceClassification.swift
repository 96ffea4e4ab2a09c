/// Where a resource sits in the catalog's classification (R-CAT-1, R-CAT-2 "classification").
///
/// Encoded as `{"class":"base","baseKind":"population","code":"01-02"}`; `baseKind` is omitted
/// when absent.
public struct ResourceClassification: Hashable, Sendable {
    /// The resource class (R-CAT-1).
    public var resourceClass: ResourceClass
    /// For a base resource, which base database it belongs to; always `nil` for other classes.
    public private(set) var baseKind: BaseResourceKind?
    /// The classification code in the catalog's tree (分类代码), e.g. `"01-02"`; free text.
    public var code: String

    /// A classification. A `baseKind` given for a non-base class is dropped, so the value cannot
    /// claim a base database for a thematic or department resource.
    public init(_ resourceClass: ResourceClass, baseKind: BaseResourceKind? = nil, code: String = "") {
        self.resourceClass = resourceClass
        self.baseKind = resourceClass == .base ? baseKind : nil
        self.code = code
    }

    /// A base resource of the given base database.
    public static func base(_ kind: BaseResourceKind, code: String = "") -> ResourceClassification {
        ResourceClassification(.base, baseKind: kind, code: code)
    }

    /// A thematic resource.
    public static func thematic(code: String = "") -> ResourceClassification {
        ResourceClassification(.thematic, code: code)
    }

    /// A department resource.
    public static func department(code: String = "") -> ResourceClassification {
        ResourceClassification(.department, code: code)
    }
}

extension ResourceClassification: Codable {
    private enum CodingKeys: String, CodingKey {
        case resourceClass = "class"
        case baseKind
        case code
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let resourceClass = try c.decode(ResourceClass.self, forKey: .resourceClass)
        let baseKind = try c.decodeIfPresent(BaseResourceKind.self, forKey: .baseKind)
        if baseKind != nil && resourceClass != .base {
            throw DecodingError.dataCorruptedError(
                forKey: .baseKind, in: c,
                debugDescription: "baseKind is only allowed for class \"base\", found class \"\(resourceClass)\"")
        }
        self.init(
            resourceClass, baseKind: baseKind, code: try c.decodeIfPresent(String.self, forKey: .code) ?? "")
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(resourceClass, forKey: .resourceClass)
        try c.encodeIfPresent(baseKind, forKey: .baseKind)
        try c.encode(code, forKey: .code)
    }
}
