/// A path from the root of a JSON document to one of its values, e.g. `topology.provinces[3].cities[0]`.
///
/// Written the way JavaScript would reach the value: keys that are identifiers (ASCII letters, digits, `_`, `$`,
/// not starting with a digit) after a dot, other keys as `["a b"]`, indices as `[3]`. The root is written `$`;
/// any other path is written without a leading `$` (so `topology`, not `$.topology`), because that is what an
/// analyst sees in the file. `JSONPath(parsing:)` reads both forms back.
public struct JSONPath: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// One step of a path.
    public enum Component: Hashable, Sendable {
        /// A member of an object.
        case key(String)
        /// An element of an array (0-based).
        case index(Int)
    }

    /// The steps from the root.
    public private(set) var components: [Component]

    /// The root path.
    public init() { components = [] }

    /// A path from its steps.
    public init(_ components: [Component]) { self.components = components }

    /// The root path, `$`.
    public static let root = JSONPath()

    /// Whether this is the root.
    public var isRoot: Bool { components.isEmpty }

    /// The path one level down, into member `key`.
    public func appending(key: String) -> JSONPath {
        var p = self
        p.components.append(.key(key))
        return p
    }

    /// The path one level down, into element `index`.
    public func appending(index: Int) -> JSONPath {
        var p = self
        p.components.append(.index(index))
        return p
    }

    /// This path followed by `other`.
    public func appending(_ other: JSONPath) -> JSONPath {
        JSONPath(components + other.components)
    }

    /// The path one level up; the root's parent is the root.
    public var parent: JSONPath { JSONPath(Array(components.dropLast())) }

    /// The last step, `nil` at the root.
    public var last: Component? { components.last }

    /// `$` for the root, else the dotted form, e.g. `topology.provinces[3]["a b"]`.
    public var description: String {
        if components.isEmpty { return "$" }
        var out = ""
        for component in components {
            switch component {
            case .index(let i):
                out += "[\(i)]"
            case .key(let k):
                // A lone `$` key would read as the root, so it is quoted.
                if JSONPath.isIdentifier(k) && !(out.isEmpty && k == "$") {
                    if !out.isEmpty { out += "." }
                    out += k
                } else {
                    out += "[" + JSONValue.quoted(k, limit: Int.max) + "]"
                }
            }
        }
        return out
    }

    /// Paths order step by step; an index sorts before a key, indices by number, keys by text; a prefix first.
    public static func < (a: JSONPath, b: JSONPath) -> Bool {
        for (x, y) in zip(a.components, b.components) where x != y {
            switch (x, y) {
            case (.index(let i), .index(let j)): return i < j
            case (.key(let k), .key(let l)): return k < l
            case (.index, .key): return true
            case (.key, .index): return false
            }
        }
        return a.components.count < b.components.count
    }

    static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first else { return false }
        func isStart(_ b: UInt8) -> Bool {
            (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
                || b == UInt8(ascii: "_") || b == UInt8(ascii: "$")
        }
        return isStart(first) && key.utf8.allSatisfy { isStart($0) || $0.isASCIIDigit }
    }
}
