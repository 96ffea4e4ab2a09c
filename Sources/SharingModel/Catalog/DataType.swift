/// The data type of an information item (R-CAT-2).
public enum DataType: String, CaseIterable, Sendable, Codable, Hashable, CustomStringConvertible {
    case string
    case integer
    case decimal
    case date
    case dateTime
    case boolean
    /// Files, images and other opaque content.
    case binary

    /// The raw value.
    public var description: String { rawValue }
}
