import Testing

@testable import Metrics

struct HTMLReportTests {
    private func report() -> HTMLReport {
        var report = HTMLReport(title: "Run <1> & \"co\"", subtitle: "seed 42", language: "zh-CN")
        report.section("Summary") { section in
            section.paragraph("Requests answered within 10 working days (R-SHR-3) <b>not bold</b>.")
            section.table(
                header: ["metric", "value"], rows: [["grants & refusals", "12"], ["rate", "0.5"]], caption: "Totals")
            section.preformatted("a < b\n")
        }
        report.section("Charts") { section in
            section.chart(BarChart(title: "cmp", yLabel: "v", bars: [.init(label: "a", value: 1)]))
        }
        return report
    }

    @Test func reportEscapesTextAndEmbedsCharts() {
        let html = report().render()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(html.contains("<title>Run &lt;1&gt; &amp; &quot;co&quot;</title>"))
        #expect(html.contains("&lt;b&gt;not bold&lt;/b&gt;"))
        #expect(html.contains("<td>grants &amp; refusals</td><td class=\"num\">12</td>"))
        #expect(html.contains("<pre>a &lt; b\n</pre>"))
        #expect(html.contains("<figure>\n<svg"))
        #expect(html.contains("<a href=\"#section-2\">Charts</a>"))
    }

    @Test func reportIsSelfContainedAndWellFormed() {
        let html = report().render()
        let check = XMLCheck(html)
        #expect(check.wellFormed, "\(check.error ?? "")")
        #expect(check.count(element: "section") == 2)
        #expect(check.count(element: "svg") == 1)
        #expect(check.count(element: "style") == 1)
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("http://www.w3.org/1999"))
        #expect(!html.contains("https://"))
    }

    @Test func reportRendersTheSameBytesTwice() {
        #expect(report().render() == report().render())
    }

    @Test(arguments: [
        ("12", true), ("-0.5", true), ("1e-7", true), ("45%", true), ("Inf", true), ("R-SHR-3", false), ("", false),
        ("e", false), ("1.2.3", false),
    ])
    func numericCellsAreRecognized(cell: String, numeric: Bool) {
        #expect(HTMLReport.isNumeric(cell) == numeric)
    }

    @Test func markupEscapesAllFiveCharacters() {
        #expect(Markup.escape(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }
}
