import Foundation

/// One bar per variant with its 95% confidence interval as an error bar: the comparison chart of an
/// experiment (policies, sweep points).
public struct BarChart: SVGChart, Equatable {
    /// One bar.
    public struct Bar: Sendable, Equatable {
        /// The category label under the bar.
        public var label: String
        /// The bar's height (a mean); NaN draws no bar.
        public var value: Double
        /// Lower end of the error bar, if any.
        public var low: Double?
        /// Upper end of the error bar, if any.
        public var high: Double?

        /// A bar, with an optional error bar.
        public init(label: String, value: Double, low: Double? = nil, high: Double? = nil) {
            self.label = label
            self.value = value
            self.low = low
            self.high = high
        }

        /// The mean of a replication summary with its 95% confidence interval (none when undefined).
        public init(label: String, summary: SampleSummary) {
            self.init(
                label: label, value: summary.mean, low: summary.ciLow.isNaN ? nil : summary.ciLow,
                high: summary.ciHigh.isNaN ? nil : summary.ciHigh)
        }
    }

    /// The visible title, also the `<title>` of the element.
    public var title: String
    /// The label of the category axis.
    public var xLabel: String
    /// The label of the value axis.
    public var yLabel: String
    /// The bars, left to right.
    public var bars: [Bar]
    /// Width in pixels.
    public var width: Double = 720
    /// Height in pixels.
    public var height: Double = 360

    /// A chart of these bars.
    public init(title: String, xLabel: String = "", yLabel: String, bars: [Bar]) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.bars = bars
    }

    /// The chart as an `<svg>` element.
    public func render() -> String {
        let values = bars.flatMap { [$0.value, $0.low ?? .nan, $0.high ?? .nan] }.filter(\.isFinite)
        let yScale = NiceScale(min: values.min() ?? 0, max: values.max() ?? 1, includeZero: true)
        // Labels longer than their slot are turned by 30°; the width is estimated at 7 px a character.
        let slotGuess = (width - 80) / Double(Swift.max(bars.count, 1))
        let longest = Double(bars.map(\.label.count).max() ?? 0)
        let rotated = longest * 7 > slotGuess
        var frame = ChartFrame(width: width, height: height, title: title, xLabel: xLabel, yLabel: yLabel)
        frame.bottomExtra = rotated ? Swift.min(height / 4, longest * 3.5) : 0
        var svg = SVGBuilder()
        frame.open(&svg, kind: "bar-chart", description: "Bar chart of \(bars.count) bars with 95% intervals.")
        frame.yAxis(&svg, yScale)
        svg.open("g", ["class": "axis x-axis", "fill": ChartFrame.textColor])
        frame.xAxisLine(&svg)
        let slot = (frame.right - frame.left) / Double(Swift.max(bars.count, 1))
        for (index, bar) in bars.enumerated() {
            let center = frame.left + slot * (Double(index) + 0.5)
            let labelY = frame.bottom + 18
            var attributes: KeyValuePairs<String, String> = [
                "x": SVGBuilder.number(center), "y": SVGBuilder.number(labelY), "text-anchor": "middle",
            ]
            if rotated {
                attributes = [
                    "x": SVGBuilder.number(center), "y": SVGBuilder.number(labelY), "text-anchor": "end",
                    "transform": "rotate(-30 \(SVGBuilder.number(center)) \(SVGBuilder.number(labelY)))",
                ]
            }
            svg.open("g", ["class": "tick"])
            svg.element("text", attributes, text: bar.label)
            svg.close("g")
        }
        frame.xAxisLabel(&svg)
        svg.close("g")
        let zero = frame.y(0, yScale)
        for (index, bar) in bars.enumerated() {
            let color = ChartPalette.color(index)
            let center = frame.left + slot * (Double(index) + 0.5)
            let barWidth = slot * 0.6
            svg.open("g", ["class": "series", "data-name": bar.label])
            if bar.value.isFinite {
                let top = frame.y(bar.value, yScale)
                svg.open(
                    "rect",
                    [
                        "class": "bar", "x": SVGBuilder.number(center - barWidth / 2),
                        "y": SVGBuilder.number(Swift.min(top, zero)), "width": SVGBuilder.number(barWidth),
                        "height": SVGBuilder.number(Swift.abs(zero - top)), "fill": color,
                    ])
                svg.element("title", text: tooltip(bar, decimals: yScale.decimals + 2))
                svg.close("rect")
            }
            if let low = bar.low, let high = bar.high, low.isFinite, high.isFinite {
                let yLow = SVGBuilder.number(frame.y(low, yScale))
                let yHigh = SVGBuilder.number(frame.y(high, yScale))
                let capLeft = SVGBuilder.number(center - barWidth / 6)
                let capRight = SVGBuilder.number(center + barWidth / 6)
                let middle = SVGBuilder.number(center)
                svg.open("g", ["class": "error-bar", "stroke": ChartFrame.textColor, "stroke-width": "1.5"])
                svg.element("line", ["x1": middle, "y1": yLow, "x2": middle, "y2": yHigh])
                svg.element("line", ["x1": capLeft, "y1": yLow, "x2": capRight, "y2": yLow])
                svg.element("line", ["x1": capLeft, "y1": yHigh, "x2": capRight, "y2": yHigh])
                svg.close("g")
            }
            svg.close("g")
        }
        if values.isEmpty {
            frame.note(&svg, "no data", className: "empty")
        }
        svg.close("svg")
        return svg.render()
    }

    private func tooltip(_ bar: Bar, decimals: Int) -> String {
        let value = NumberFormat.fixed(bar.value, decimals: Swift.min(decimals, 15))
        guard let low = bar.low, let high = bar.high else { return "\(bar.label): \(value)" }
        let interval = [low, high].map { NumberFormat.fixed($0, decimals: Swift.min(decimals, 15)) }
        return "\(bar.label): \(value) (95% CI \(interval[0]) to \(interval[1]))"
    }
}
