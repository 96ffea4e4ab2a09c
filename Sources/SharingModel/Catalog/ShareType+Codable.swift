extension ShareType: Codable {
    private enum CodingKeys: String, CodingKey {
        case type
        case conditions
        case legalBasis
    }

    /// Decodes `{"type": "unconditional" | "conditional" | "notShared", …}`; a conditional share type
    /// needs `conditions`, a not-shared one needs `legalBasis`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(String.self, forKey: .type)
        switch ShareTypeKind(rawValue: kind) {
        case .unconditional:
            self = .unconditional
        case .conditional:
            self = .conditional(conditions: try c.decode(String.self, forKey: .conditions))
        case .notShared:
            self = .notShared(legalBasis: try c.decode(LegalBasis.self, forKey: .legalBasis))
        case nil:
            let expected = ShareTypeKind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: c, debugDescription: "expected one of \(expected), found \"\(kind)\"")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind.rawValue, forKey: .type)
        switch self {
        case .unconditional:
            break
        case .conditional(let conditions):
            try c.encode(conditions, forKey: .conditions)
        case .notShared(let basis):
            try c.encode(basis, forKey: .legalBasis)
        }
    }
}
