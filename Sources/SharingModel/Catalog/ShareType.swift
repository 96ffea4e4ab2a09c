/// How a resource is shared, with the data each share type needs (R-SHR-1..4).
///
/// R-SHR-1: sharing is the rule, so `notShared` is the exception and must carry its legal basis.
/// Encoded as readable JSON (ShareType+Codable.swift):
/// `{"type":"unconditional"}`, `{"type":"conditional","conditions":"…"}`,
/// `{"type":"notShared","legalBasis":{"kind":"law","citation":"…"}}`.
public enum ShareType: Hashable, Sendable {
    /// R-SHR-2: any department may use it via the platform.
    case unconditional
    /// R-SHR-3: the user applies; the provider reviews against these conditions within 10 working days.
    case conditional(conditions: String)
    /// R-SHR-4: withheld, citing a law, administrative regulation or Party Central / State Council policy.
    case notShared(legalBasis: LegalBasis)

    /// The share type without its data.
    public var kind: ShareTypeKind {
        switch self {
        case .unconditional: .unconditional
        case .conditional: .conditional
        case .notShared: .notShared
        }
    }

    /// The share conditions of a conditional resource, else `nil`.
    public var conditions: String? {
        if case .conditional(let conditions) = self { return conditions }
        return nil
    }

    /// The legal basis of a not-shared resource, else `nil`.
    public var legalBasis: LegalBasis? {
        if case .notShared(let basis) = self { return basis }
        return nil
    }

    /// `true` unless not shared: a user may obtain the data, at once or after review.
    public var isShared: Bool { kind != .notShared }
}
