extension StringProtocol {
    /// Whether the text is empty or only white space: `allSatisfy(\.isWhitespace)`, answered from the
    /// UTF-8 bytes when they settle it. Catalog validation asks this of every name and item of a world
    /// (about 3 million strings in a national one), and `Character.isWhitespace` looks up Unicode
    /// properties per character.
    var isBlankText: Bool {
        for byte in utf8 {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            // Any other ASCII byte starts a character that is not white space.
            case 0..<0x80: return false
            // Non-ASCII white space exists (U+3000, U+00A0, …): let Unicode decide.
            default: return allSatisfy(\.isWhitespace)
            }
        }
        return true
    }
}
