/// The format of a resource as catalogued (R-CAT-2 "format").
///
/// Format mismatch is one of the "don't know how" failures of seed 002, so the format is kept
/// even though the catalog does not check it.
public enum ResourceFormat: String, CaseIterable, Sendable, Codable, Hashable, CustomStringConvertible {
    /// Structured records (电子表格 / 结构化数据).
    case table
    /// A database the platform can read (数据库).
    case database
    /// Documents and other files (电子文件).
    case file
    /// An interface that is called, not copied (接口).
    case api

    /// The raw value.
    public var description: String { rawValue }
}
