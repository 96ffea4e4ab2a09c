import Testing

@testable import Metrics

struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("cr\r", "\"cr\r\""), ("", ""), ("  spaced  ", "  spaced  "), ("省级平台", "省级平台"),
    ])
    func fieldsAreQuotedOnlyWhenNeeded(field: String, expected: String) {
        #expect(CSVWriter.quote(field) == expected)
    }

    @Test func tableRendersHeaderAndRowsWithNewlines() {
        var csv = CSVWriter(header: ["run", "metric", "value"])
        csv.append([1, "grants, total", 3.0])
        csv.append([.int(2), .string("mean \"days\""), .number(.nan)])
        csv.append([3, "rate", .number(-.infinity)])
        csv.append([4, .missing, 0.1])
        #expect(
            csv.render() == """
                run,metric,value
                1,"grants, total",3
                2,"mean ""days\""",
                3,rate,-Inf
                4,,0.1

                """)
    }

    @Test func quoteFollowedByCombiningMarkIsDoubled() {
        #expect(CSVWriter.quote("a\"\u{301},") == "\"a\"\"\u{301},\"")
    }
}
