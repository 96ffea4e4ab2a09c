extension JSONPath {
    /// Reads a path written as `description` writes it: `$`, the empty string, `a.b[0]`, `["a b"].c`, and also
    /// with a leading `$` (`$.a`, `$[0]`). `nil` when the text is not a path.
    ///
    /// Simulation files name the fields they vary this way (`vary` by field path).
    public init?(parsing text: String) {
        var s = Substring(text)
        var components: [Component] = []
        if s.first == "$" && (s.count == 1 || s.dropFirst().first == "." || s.dropFirst().first == "[") {
            s = s.dropFirst()
            if s.first == "." { s = s.dropFirst() }
        }
        var expectKey = true  // a bare key may start the path or follow a dot
        while !s.isEmpty {
            if s.first == "[" {
                s = s.dropFirst()
                if s.first == "\"" {
                    guard let (key, rest) = JSONPath.readQuoted(s) else { return nil }
                    components.append(.key(key))
                    s = rest
                } else {
                    let digits = s.prefix { $0.isASCII && $0.isNumber }
                    guard !digits.isEmpty, let i = Int(digits) else { return nil }
                    components.append(.index(i))
                    s = s.dropFirst(digits.count)
                }
                guard s.first == "]" else { return nil }
                s = s.dropFirst()
                expectKey = false
            } else if s.first == "." {
                guard !components.isEmpty else { return nil }
                s = s.dropFirst()
                expectKey = true
                guard let next = s.first, next != ".", next != "[" else { return nil }
            } else {
                guard expectKey else { return nil }
                let key = s.prefix { $0 != "." && $0 != "[" }
                guard JSONPath.isIdentifier(String(key)) else { return nil }
                components.append(.key(String(key)))
                s = s.dropFirst(key.count)
                expectKey = false
            }
        }
        self.init(components)
    }

    /// Reads a JSON-style quoted string at the start of `s`; returns it and the rest.
    private static func readQuoted(_ s: Substring) -> (String, Substring)? {
        var scalars = s.unicodeScalars.dropFirst()  // the opening quote
        var out = String.UnicodeScalarView()
        while let c = scalars.first {
            scalars = scalars.dropFirst()
            switch c {
            case "\"":
                return (String(out), Substring(scalars))
            case "\\":
                guard let e = scalars.first else { return nil }
                scalars = scalars.dropFirst()
                switch e {
                case "\"", "\\", "/": out.append(e)
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "b": out.append("\u{8}")
                case "f": out.append("\u{C}")
                case "u":
                    let hex = String(String.UnicodeScalarView(scalars.prefix(4)))
                    guard hex.count == 4, let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) else {
                        return nil
                    }
                    out.append(u)
                    scalars = scalars.dropFirst(4)
                default: return nil
                }
            default:
                out.append(c)
            }
        }
        return nil
    }
}
