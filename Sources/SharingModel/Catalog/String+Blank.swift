extension StringProtocol {
    /// Whether the text is empty or only white space: `allSatisfy(\.isWhitespace)`, settled by the first
    /// scalar when it can be. Catalog validation asks this of every name and item of a world (about 3 million
    /// strings in a national one, mostly Chinese), and `Character.isWhitespace` breaks the text into
    /// characters and looks up Unicode properties for each.
    var isBlankText: Bool {
        guard let first = unicodeScalars.first else { return true }
        // A character is white space when its first scalar is (Character.isWhitespace), so text whose first
        // scalar is not white space has a first character that is not.
        if !Self.isWhiteSpaceScalar(first) { return false }
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
