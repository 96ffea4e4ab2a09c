/// Whether a resource is opened to the public (R-CAT-2 "open-data type and conditions").
///
/// Independent of the share type: sharing is between departments, opening is to society.
public enum OpenDataType: String, CaseIterable, Sendable, Codable, Hashable, CustomStringConvertible {
    /// Open to the public without conditions.
    case open
    /// Open under the conditions the metadata states (`ResourceMetadata.openConditions`).
    case conditionalOpen
    /// Not opened.
    case notOpen

    /// The raw value.
    public var description: String { rawValue }
}
