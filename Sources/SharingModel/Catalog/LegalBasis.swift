/// The legal basis a not-shared resource must cite (R-SHR-4).
///
/// Encoded as `{"kind":"law","citation":"中华人民共和国统计法 第九条"}`.
public struct LegalBasis: Hashable, Sendable, Codable {
    /// The kinds of source R-SHR-4 accepts.
    public enum Kind: String, CaseIterable, Sendable, Codable, Hashable, CustomStringConvertible {
        /// A law (法律).
        case law
        /// An administrative regulation (行政法规).
        case administrativeRegulation
        /// A policy of the Party Central Committee or the State Council (党中央、国务院政策).
        case partyCentralOrStateCouncilPolicy

        /// The Chinese term.
        public var chinese: String {
            switch self {
            case .law: "法律"
            case .administrativeRegulation: "行政法规"
            case .partyCentralOrStateCouncilPolicy: "党中央、国务院政策"
            }
        }

        /// The raw value.
        public var description: String { rawValue }
    }

    /// The kind of source.
    public var kind: Kind
    /// The instrument and article cited; R-SHR-4: an empty citation is no basis (catalog validation).
    public var citation: String

    /// A legal basis.
    public init(kind: Kind, citation: String) {
        self.kind = kind
        self.citation = citation
    }

    /// `true` when the citation names something (not empty or blank).
    public var isCited: Bool { !citation.isBlankText }
}
