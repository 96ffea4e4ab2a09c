extension StringProtocol {
    /// Whether the text is empty or only white space: `allSatisfy(\.isWhitespace)`, settled by the first
    /// scalar when it can be. Catalog validation asks this of every name and item of a world (about 3 million
    /// strings in a national one, mostly Chinese), and `Character.isWhitespace` breaks the text into
    /// characters and looks up Unicode properties for each.
    var isBlankText: Bool {
        // A character is white space when its first scalar is (Character.isWhitespace), so text whose first
        // scalar is not white space has a first character that is not. The first UTF-8 byte settles that
        // for ASCII and for every lead byte whose block holds no white space (most CJK text).
        guard let lead = utf8.first else { return true }
        switch lead {
        case 0x09...0x0D, 0x20: break
        case 0..<0x80: return false
        // U+0080–U+00BF (NEL, NBSP), U+1000–U+1FFF (Ogham space mark), U+2000–U+3FFF (the rest).
        case 0xC2, 0xE1, 0xE2, 0xE3:
            if let first = unicodeScalars.first, !Self.isWhiteSpaceScalar(first) { return false }
        default: return false
        }
        return allSatisfy(\.isWhitespace)
    }

    /// Unicode's White_Space property (PropList.txt; the list is stable): tab to carriage return, space,
    /// NEL, NBSP, Ogham space mark, the en quad to hair space range, line and paragraph separators,
    /// narrow NBSP, medium mathematical space and the ideographic space.
    static func isWhiteSpaceScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
