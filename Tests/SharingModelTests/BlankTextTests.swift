import Testing

@testable import SharingModel

/// The fast blank check agrees with `allSatisfy(\.isWhitespace)` on ASCII, non-ASCII and mixed text.
struct BlankTextTests {
    @Test(arguments: [
        "", " ", "\t\n\r\n ", "\u{3000}", " \u{00A0} ", "a", " a ", "名称", " 名 ", "\u{3000}x", " \u{301}", "\r\n\u{85}",
        "\u{1680}", "\u{2028}\u{205F}", "\u{85}x", "\u{C0}", "𝄞",
    ])
    func agreesWithUnicodeWhitespace(text: String) {
        #expect(text.isBlankText == text.allSatisfy(\.isWhitespace))
    }

    @Test func theWhiteSpaceTableIsUnicodes() {
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(
                String.isWhiteSpaceScalar(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }
}
