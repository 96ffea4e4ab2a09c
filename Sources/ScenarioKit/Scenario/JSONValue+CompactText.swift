extension JSONValue {
    /// The value as compact JSON text: no white space, object members in file order, numbers as written,
    /// strings with the minimal escapes. Used for point names and content hashes, so it must not change.
    public var compactText: String {
        var out = ""
        appendCompact(to: &out)
        return out
    }

    private func appendCompact(to out: inout String) {
        switch kind {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n.literal
        case .string(let s): out += JSONValue.quoted(s, limit: Int.max)
        case .array(let elements):
            out += "["
            for (i, e) in elements.enumerated() {
                if i > 0 { out += "," }
                e.appendCompact(to: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (i, m) in object.members.enumerated() {
                if i > 0 { out += "," }
                out += JSONValue.quoted(m.key, limit: Int.max) + ":"
                m.value.appendCompact(to: &out)
            }
            out += "}"
        }
    }
}
