import Foundation

/// The bins of a `Histogram` as adjacent bars (for example the distribution of response times).
///
/// Values outside the edges are not drawn; when there are any, a note under the title says how many.
public struct HistogramChart: SVGChart, Equatable {
    /// The visible title, also the `<title>` of the element.
    public var title: String
    /// The x axis label (the measured quantity).
    public var xLabel: String
    /// The y axis label.
    public var yLabel: String
    /// The counts to draw.
    public var histogram: Histogram
    /// Fill colour of the bins.
    public var color = ChartPalette.color(0)
    /// Width in pixels.
    public var width: Double = 720
    /// Height in pixels.
    public var height: Double = 360

    /// A chart of `histogram`.
    public init(title: String, xLabel: String, yLabel: String = "count", histogram: Histogram) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.histogram = histogram
    }

    /// The chart as an `<svg>` element.
    public func render() -> String {
        let edges = histogram.edges
        let xScale = NiceScale(min: edges[0], max: edges[edges.count - 1], maxTicks: 8)
        let yScale = NiceScale(min: 0, max: Double(histogram.counts.max() ?? 0), includeZero: true)
        let frame = ChartFrame(width: width, height: height, title: title, xLabel: xLabel, yLabel: yLabel)
        var svg = SVGBuilder()
        let description = "Histogram of \(histogram.inRange) values in \(histogram.binCount) bins; x: \(xLabel)."
        frame.open(&svg, kind: "histogram-chart", description: description)
        frame.yAxis(&svg, yScale)
        frame.xAxis(&svg, xScale)
        svg.open("g", ["class": "bins", "fill": color, "stroke": "#ffffff", "stroke-width": "1"])
        for (index, count) in histogram.counts.enumerated() {
            let x0 = frame.x(edges[index], xScale)
            let x1 = frame.x(edges[index + 1], xScale)
            let top = frame.y(Double(count), yScale)
            let range = "[\(NumberFormat.canonical(edges[index])), \(NumberFormat.canonical(edges[index + 1]))"
            let closing = index == histogram.binCount - 1 ? "]" : ")"
            svg.open(
                "rect",
                [
                    "class": "bin", "x": SVGBuilder.number(x0), "y": SVGBuilder.number(top),
                    "width": SVGBuilder.number(x1 - x0), "height": SVGBuilder.number(frame.bottom - top),
                ])
            svg.element("title", text: "\(range)\(closing): \(count)")
            svg.close("rect")
        }
        svg.close("g")
        if histogram.inRange == 0 {
            frame.note(&svg, "no data", className: "empty")
        }
        if histogram.underflow > 0 || histogram.overflow > 0 {
            svg.element(
                "text",
                [
                    "class": "note", "x": SVGBuilder.number(frame.right), "y": SVGBuilder.number(frame.top - 4),
                    "text-anchor": "end", "fill": "#777777",
                ], text: "outside the range: \(histogram.underflow) below, \(histogram.overflow) above")
        }
        svg.close("svg")
        return svg.render()
    }
}
