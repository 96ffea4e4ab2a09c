/// How shared data is provided to a user (R-PLT-4).
public enum ShareMethod: String, CaseIterable, Sendable, Codable, Hashable, CustomStringConvertible {
    /// System docking: the user's business system calls the provider's through the platform (系统对接).
    case systemDocking
    /// Front-end exchange: files or records exchanged through the front-end systems (前置交换, R-PLT-3).
    case frontEndExchange
    /// Online query: a user looks records up one at a time (在线查询).
    case onlineQuery
    /// Bulk download: the user fetches a whole extract (批量下载).
    case bulkDownload

    /// The Chinese term.
    public var chinese: String {
        switch self {
        case .systemDocking: "系统对接"
        case .frontEndExchange: "前置交换"
        case .onlineQuery: "在线查询"
        case .bulkDownload: "批量下载"
        }
    }

    /// The raw value.
    public var description: String { rawValue }
}
