import Foundation

/// A chart that renders to a self-contained `<svg>` element: no scripts, no external fonts or style sheets,
/// numbers with fixed decimals, so the same data gives the same bytes.
///
/// Every chart's markup has `role="img"` and a `<title>` for screen readers, and class names that tests and
/// style sheets can find: `chart`, `chart-title`, `axis x-axis`/`axis y-axis`, `tick`, `axis-label`, `grid`,
/// `legend`, `legend-item`, and per chart `series`, `band`, `bin`, `bar`, `error-bar`.
public protocol SVGChart: Sendable {
    /// The chart as one `<svg>` element, ending with a newline.
    func render() -> String
}

/// Colours of series, in order: the Okabe–Ito palette, distinguishable with colour-blindness and in grey.
public enum ChartPalette {
    /// The colours, cycled when there are more series.
    public static let colors = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]

    /// The colour of the series at `index`.
    public static func color(_ index: Int) -> String {
        colors[index % colors.count]
    }
}

/// The shared frame of the charts: the `<svg>` element, title, plot area, axes, grid and legend.
struct ChartFrame {
    var width: Double
    var height: Double
    var title: String
    var xLabel: String
    var yLabel: String
    var legendWidth: Double = 0
    var bottomExtra: Double = 0

    static let fontSize = 12.0
    static let textColor = "#222222"
    static let gridColor = "#dddddd"

    var left: Double { 64 }
    var right: Double { width - 16 - legendWidth }
    var top: Double { title.isEmpty ? 16 : 40 }
    var bottom: Double { height - 48 - bottomExtra }

    /// `<svg …>`, `<title>`, the background and the visible title.
    func open(_ svg: inout SVGBuilder, kind: String, description: String) {
        svg.open(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg",
                "class": "chart \(kind)",
                "role": "img",
                "width": SVGBuilder.number(width),
                "height": SVGBuilder.number(height),
                "viewBox": "0 0 \(SVGBuilder.number(width)) \(SVGBuilder.number(height))",
                "font-family": "sans-serif",
                "font-size": SVGBuilder.number(Self.fontSize),
            ])
        svg.element("title", text: title.isEmpty ? kind : title)
        if !description.isEmpty {
            svg.element("desc", text: description)
        }
        svg.element(
            "rect",
            [
                "class": "background", "x": "0", "y": "0", "width": SVGBuilder.number(width),
                "height": SVGBuilder.number(height), "fill": "#ffffff",
            ])
        if !title.isEmpty {
            svg.element(
                "text",
                [
                    "class": "chart-title", "x": SVGBuilder.number(width / 2), "y": "24", "text-anchor": "middle",
                    "font-size": "15", "font-weight": "bold", "fill": Self.textColor,
                ], text: title)
        }
    }

    func x(_ value: Double, _ scale: NiceScale) -> Double { scale.position(of: value, from: left, to: right) }
    func y(_ value: Double, _ scale: NiceScale) -> Double { scale.position(of: value, from: bottom, to: top) }

    /// Horizontal grid lines and the y axis with its ticks and label.
    func yAxis(_ svg: inout SVGBuilder, _ scale: NiceScale) {
        svg.open("g", ["class": "grid", "stroke": Self.gridColor, "stroke-width": "1"])
        for tick in scale.ticks {
            let position = SVGBuilder.number(y(tick, scale))
            svg.element(
                "line",
                [
                    "x1": SVGBuilder.number(left), "y1": position, "x2": SVGBuilder.number(right), "y2": position,
                ])
        }
        svg.close("g")
        svg.open("g", ["class": "axis y-axis", "fill": Self.textColor])
        svg.element(
            "line",
            [
                "class": "axis-line", "x1": SVGBuilder.number(left), "y1": SVGBuilder.number(top),
                "x2": SVGBuilder.number(left), "y2": SVGBuilder.number(bottom), "stroke": Self.textColor,
            ])
        for tick in scale.ticks {
            let position = y(tick, scale)
            svg.open("g", ["class": "tick"])
            svg.element(
                "line",
                [
                    "x1": SVGBuilder.number(left - 5), "y1": SVGBuilder.number(position), "x2": SVGBuilder.number(left),
                    "y2": SVGBuilder.number(position), "stroke": Self.textColor,
                ])
            svg.element(
                "text",
                [
                    "x": SVGBuilder.number(left - 8), "y": SVGBuilder.number(position + 4), "text-anchor": "end",
                ], text: scale.label(tick))
            svg.close("g")
        }
        if !yLabel.isEmpty {
            let middle = SVGBuilder.number((top + bottom) / 2)
            svg.element(
                "text",
                [
                    "class": "axis-label", "x": "16", "y": middle, "text-anchor": "middle",
                    "transform": "rotate(-90 16 \(middle))",
                ], text: yLabel)
        }
        svg.close("g")
    }

    /// The x axis of a numeric scale, with its ticks and label.
    func xAxis(_ svg: inout SVGBuilder, _ scale: NiceScale) {
        svg.open("g", ["class": "axis x-axis", "fill": Self.textColor])
        xAxisLine(&svg)
        for tick in scale.ticks {
            let position = x(tick, scale)
            svg.open("g", ["class": "tick"])
            svg.element(
                "line",
                [
                    "x1": SVGBuilder.number(position), "y1": SVGBuilder.number(bottom),
                    "x2": SVGBuilder.number(position), "y2": SVGBuilder.number(bottom + 5), "stroke": Self.textColor,
                ])
            svg.element(
                "text",
                [
                    "x": SVGBuilder.number(position), "y": SVGBuilder.number(bottom + 18), "text-anchor": "middle",
                ], text: scale.label(tick))
            svg.close("g")
        }
        xAxisLabel(&svg)
        svg.close("g")
    }

    func xAxisLine(_ svg: inout SVGBuilder) {
        svg.element(
            "line",
            [
                "class": "axis-line", "x1": SVGBuilder.number(left), "y1": SVGBuilder.number(bottom),
                "x2": SVGBuilder.number(right), "y2": SVGBuilder.number(bottom), "stroke": Self.textColor,
            ])
    }

    func xAxisLabel(_ svg: inout SVGBuilder) {
        guard !xLabel.isEmpty else { return }
        svg.element(
            "text",
            [
                "class": "axis-label", "x": SVGBuilder.number((left + right) / 2),
                "y": SVGBuilder.number(height - 12), "text-anchor": "middle",
            ], text: xLabel)
    }

    /// A legend of coloured swatches to the right of the plot.
    func legend(_ svg: inout SVGBuilder, _ items: [(name: String, color: String)]) {
        guard !items.isEmpty else { return }
        svg.open("g", ["class": "legend", "fill": Self.textColor])
        for (index, item) in items.enumerated() {
            let rowY = top + Double(index) * 20
            svg.open("g", ["class": "legend-item"])
            svg.element(
                "rect",
                [
                    "x": SVGBuilder.number(right + 16), "y": SVGBuilder.number(rowY), "width": "12", "height": "12",
                    "fill": item.color,
                ])
            svg.element(
                "text",
                [
                    "x": SVGBuilder.number(right + 34), "y": SVGBuilder.number(rowY + 10),
                ], text: item.name)
            svg.close("g")
        }
        svg.close("g")
    }

    /// A centred note in the plot area, such as "no data".
    func note(_ svg: inout SVGBuilder, _ text: String, className: String) {
        svg.element(
            "text",
            [
                "class": className, "x": SVGBuilder.number((left + right) / 2),
                "y": SVGBuilder.number((top + bottom) / 2), "text-anchor": "middle", "fill": "#777777",
            ], text: text)
    }

    /// Width of the legend column for these names: an estimate from the longest name (no font metrics in a
    /// deterministic renderer), capped so the plot keeps most of the width.
    static func legendWidth(for names: [String], chartWidth: Double) -> Double {
        let longest = names.map(\.count).max() ?? 0
        guard longest > 0 else { return 0 }
        return Swift.min(chartWidth / 3, 40 + Double(longest) * 7)
    }
}
