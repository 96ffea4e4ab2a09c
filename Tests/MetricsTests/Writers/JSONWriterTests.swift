import Foundation
import Testing

@testable import Metrics

struct JSONWriterTests {
    @Test func objectsKeepKeyOrderAndIndentByTwoSpaces() {
        let node: JSONNode = [
            "zeta": 1, "alpha": [true, nil, 2.5], "empty": [:], "none": [], "nested": ["b": "x", "a": .number(.nan)],
        ]
        #expect(
            node.render() == """
                {
                  "zeta": 1,
                  "alpha": [
                    true,
                    null,
                    2.5
                  ],
                  "empty": {},
                  "none": [],
                  "nested": {
                    "b": "x",
                    "a": null
                  }
                }
                """)
        #expect(JSONWriter.document(node).hasSuffix("}\n"))
    }

    @Test func compactStyleHasNoWhitespace() {
        let node: JSONNode = ["a": [1, 2], "b": ["c": false]]
        #expect(node.render(style: .compact) == #"{"a":[1,2],"b":{"c":false}}"#)
    }

    @Test func stringsAreEscapedPerRFC8259() {
        let text = "q\" b\\ n\n r\r t\t \u{08}\u{0C} \u{01}\u{1F} / 数据 é"
        #expect(JSONWriter.quoted(text) == #""q\" b\\ n\n r\r t\t \b\f \u0001\u001f / 数据 é""#)
    }

    @Test func numbersUseCanonicalFormAndNonFiniteIsNull() {
        let node: JSONNode = [1e21, -0.0, 3.0, 1e-7, .number(.infinity), .int(-4)]
        #expect(node.render(style: .compact) == "[1e21,0,3,1e-7,null,-4]")
    }

    @Test func renderedJSONParsesBackWithFoundation() throws {
        let node: JSONNode = ["k\"ey": "v\u{01}", "n": 0.1, "list": [1, "two"]]
        let data = Data(node.render().utf8)
        let parsed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(parsed["k\"ey"] as? String == "v\u{01}")
        #expect(parsed["n"] as? Double == 0.1)
    }
}
