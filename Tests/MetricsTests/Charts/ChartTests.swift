import Testing

@testable import Metrics

struct ChartTests {
    private func lineChart() -> LineChart {
        var chart = LineChart(
            title: "Requests <open> & granted", xLabel: "day", yLabel: "requests",
            series: [
                .init(name: "open", x: [0, 1, 2, 3], y: [5, 7, .nan, 4]),
                .init(name: "granted", summaries: [SampleSummary([1, 2, 3]), SampleSummary([2, 3, 4])]),
            ])
        chart.showsMarkers = true
        return chart
    }

    @Test func lineChartIsWellFormedSVGWithSeriesLegendAndAxes() {
        let svg = lineChart().render()
        let check = XMLCheck(svg)
        #expect(check.wellFormed, "\(check.error ?? "")")
        #expect(check.elements.first?.name == "svg")
        #expect(svg.contains(#"role="img""#))
        #expect(svg.contains("<title>Requests &lt;open&gt; &amp; granted</title>"))
        #expect(check.count(class: "series") == 2)
        #expect(check.count(class: "legend-item") == 2)
        #expect(check.count(class: "x-axis") == 1 && check.count(class: "y-axis") == 1)
        #expect(check.count(class: "band") == 1)
        #expect(check.count(class: "marker") == 5)
        #expect(check.count(class: "tick") >= 4)
        #expect(!svg.contains("<script") && !svg.contains("href"))
    }

    @Test func lineChartBreaksTheLineAtNaN() {
        let series = LineChart.Series(name: "a", x: [0, 1, 2, 3], y: [1, 2, .nan, 3])
        let svg = LineChart(title: "t", xLabel: "x", yLabel: "y", series: [series]).render()
        let path = svg.split(separator: "\n").first { $0.contains(#"class="line""#) } ?? ""
        #expect(path.split(separator: "M").count == 3)  // the attribute prefix, then two subpaths
    }

    @Test func renderingTwiceGivesTheSameBytes() {
        #expect(lineChart().render() == lineChart().render())
    }

    @Test func emptyLineChartSaysNoData() {
        let svg = LineChart(title: "empty", xLabel: "x", yLabel: "y", series: []).render()
        #expect(XMLCheck(svg).wellFormed)
        #expect(XMLCheck(svg).count(class: "empty") == 1)
    }

    @Test func histogramChartDrawsOneRectanglePerBin() {
        let histogram = Histogram(edges: [0, 1, 2, 5, 10], values: [0.5, 1.5, 1.7, 3, 9, 12])
        let svg = HistogramChart(title: "Response time", xLabel: "working days", histogram: histogram).render()
        let check = XMLCheck(svg)
        #expect(check.wellFormed, "\(check.error ?? "")")
        #expect(check.count(class: "bin") == 4)
        #expect(check.count(class: "note") == 1)
        #expect(svg.contains("<title>[5, 10]: 1</title>"))
    }

    @Test func barChartDrawsBarsWithErrorBarsForDefinedIntervals() {
        let svg = BarChart(
            title: "Policy comparison", yLabel: "mean response (days)",
            bars: [
                .init(label: "baseline", summary: SampleSummary([9, 10, 11, 12])),
                .init(label: "strict", summary: SampleSummary([6, 7, 8])),
                .init(label: "single", summary: SampleSummary([4])),
            ]
        ).render()
        let check = XMLCheck(svg)
        #expect(check.wellFormed, "\(check.error ?? "")")
        #expect(check.count(class: "bar") == 3)
        #expect(check.count(class: "error-bar") == 2)
        #expect(check.count(class: "series") == 3)
        #expect(svg.contains("95% CI"))
    }

    @Test func barChartTurnsLongLabels() {
        let bars = (1...8).map { BarChart.Bar(label: "a rather long variant name \($0)", value: Double($0)) }
        let svg = BarChart(title: "long", yLabel: "v", bars: bars).render()
        #expect(svg.contains("rotate(-30"))
        #expect(XMLCheck(svg).wellFormed)
    }

    @Test func xmlCheckRejectsUnbalancedMarkup() {
        #expect(!XMLCheck("<svg><g></svg>").wellFormed)
        #expect(XMLCheck("<svg><g class=\"a b\"/></svg>").count(class: "b") == 1)
    }

    @Test func controlCharactersInLabelsDoNotBreakTheXML() {
        let svg = BarChart(title: "bad\u{01}title", yLabel: "y", bars: [.init(label: "x\u{0}", value: 1)]).render()
        #expect(XMLCheck(svg).wellFormed)
    }
}
