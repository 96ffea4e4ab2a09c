/// A JSON object: its members in file order, each key with its own position. Keys are unique (the parser
/// rejects duplicates).
public struct JSONObject: Hashable, Sendable {
    /// One `"key": value` member.
    public struct Member: Hashable, Sendable {
        /// The key, unescaped.
        public var key: String
        /// Where the key's opening quote is.
        public var keyPosition: JSONPosition
        /// The member's value.
        public var value: JSONValue

        /// A member.
        public init(key: String, keyPosition: JSONPosition, value: JSONValue) {
            self.key = key
            self.keyPosition = keyPosition
            self.value = value
        }
    }

    /// The members, in file order.
    public let members: [Member]
    /// Key → member index, built only for larger objects where a linear scan would be slow.
    private let index: [String: Int]?

    /// Objects with more members than this get a hash index; smaller ones are scanned, which is faster.
    static let indexThreshold = 12

    /// An object from members with unique keys. `index`, when given, must map every key to its member.
    init(members: [Member], index: [String: Int]?) {
        self.members = members
        if members.count > JSONObject.indexThreshold {
            self.index = index ?? Dictionary(members.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        } else {
            self.index = nil
        }
    }

    /// An object from members; when a key repeats, the first member wins.
    public init(members: [Member]) {
        var seen: Set<String> = []
        let unique = members.filter { seen.insert($0.key).inserted }
        self.init(members: unique, index: nil)
    }

    /// The number of members.
    public var count: Int { members.count }
    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }
    /// The keys, in file order.
    public var keys: [String] { members.map(\.key) }

    /// The member with `key`, if present.
    public func member(_ key: String) -> Member? {
        if let index {
            return index[key].map { members[$0] }
        }
        return members.first { $0.key == key }
    }

    /// The value for `key`, if present.
    public subscript(key: String) -> JSONValue? { member(key)?.value }

    public static func == (a: JSONObject, b: JSONObject) -> Bool { a.members == b.members }
    public func hash(into hasher: inout Hasher) { hasher.combine(members) }
}
