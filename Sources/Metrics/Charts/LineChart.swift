import Foundation

/// Several series over a numeric x axis (for example a metric per simulated day), each optionally with a
/// shaded band (for example the 95% confidence interval across replications).
///
/// A point whose `y` is NaN breaks the line; a band is drawn where both `low` and `high` are present.
public struct LineChart: SVGChart, Equatable {
    /// One point of a series.
    public struct Point: Sendable, Equatable {
        /// Position on the x axis.
        public var x: Double
        /// Value; NaN leaves a gap.
        public var y: Double
        /// Lower end of the band at this point, if any.
        public var low: Double?
        /// Upper end of the band at this point, if any.
        public var high: Double?

        /// A point, with an optional band.
        public init(x: Double, y: Double, low: Double? = nil, high: Double? = nil) {
            self.x = x
            self.y = y
            self.low = low
            self.high = high
        }
    }

    /// A named line.
    public struct Series: Sendable, Equatable {
        /// The name shown in the legend.
        public var name: String
        /// The points, in the order they are joined.
        public var points: [Point]

        /// A series of points.
        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }

        /// A series from parallel arrays of x and y.
        public init(name: String, x: [Double], y: [Double]) {
            precondition(x.count == y.count, "LineChart.Series: x and y differ in length")
            self.init(name: name, points: zip(x, y).map { Point(x: $0, y: $1) })
        }

        /// A series of mean values with their confidence intervals, at x = 0, 1, 2, … (e.g. simulated days).
        public init(name: String, summaries: [SampleSummary]) {
            self.init(
                name: name,
                points: summaries.enumerated().map { index, summary in
                    Point(
                        x: Double(index), y: summary.mean, low: summary.ciLow.isNaN ? nil : summary.ciLow,
                        high: summary.ciHigh.isNaN ? nil : summary.ciHigh)
                })
        }
    }

    /// The visible title, also the `<title>` of the element.
    public var title: String
    /// The x axis label.
    public var xLabel: String
    /// The y axis label.
    public var yLabel: String
    /// The lines, drawn and listed in the legend in this order.
    public var series: [Series]
    /// Width in pixels.
    public var width: Double = 720
    /// Height in pixels.
    public var height: Double = 360
    /// Whether the y axis starts at zero (true suits counts and durations).
    public var yIncludesZero = true
    /// Whether each point gets a dot.
    public var showsMarkers = false

    /// A chart of these series.
    public init(title: String, xLabel: String, yLabel: String, series: [Series]) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
    }

    public func render() -> String {
        let points = series.flatMap(\.points)
        let xs = points.map(\.x).filter(\.isFinite)
        let ys = points.flatMap { [$0.y, $0.low ?? .nan, $0.high ?? .nan] }.filter(\.isFinite)
        let xScale = NiceScale(min: xs.min() ?? 0, max: xs.max() ?? 1, maxTicks: 8)
        let yScale = NiceScale(min: ys.min() ?? 0, max: ys.max() ?? 1, includeZero: yIncludesZero)
        let names = series.map(\.name).filter { !$0.isEmpty }
        let frame = ChartFrame(
            width: width, height: height, title: title, xLabel: xLabel, yLabel: yLabel,
            legendWidth: ChartFrame.legendWidth(for: names, chartWidth: width))
        var svg = SVGBuilder()
        let description = "Line chart of \(series.count) series; x: \(xLabel); y: \(yLabel)."
        frame.open(&svg, kind: "line-chart", description: description)
        frame.yAxis(&svg, yScale)
        frame.xAxis(&svg, xScale)
        for (index, line) in series.enumerated() {
            let color = ChartPalette.color(index)
            svg.open("g", ["class": "series", "data-name": line.name])
            let band = bandPath(line.points, frame, xScale, yScale)
            if !band.isEmpty {
                svg.element("path", ["class": "band", "d": band, "fill": color, "fill-opacity": "0.18"])
            }
            let path = linePath(line.points, frame, xScale, yScale)
            if !path.isEmpty {
                svg.element(
                    "path",
                    [
                        "class": "line", "d": path, "fill": "none", "stroke": color, "stroke-width": "2",
                        "stroke-linejoin": "round",
                    ])
            }
            if showsMarkers {
                for point in line.points where point.x.isFinite && point.y.isFinite {
                    svg.element(
                        "circle",
                        [
                            "class": "marker", "cx": SVGBuilder.number(frame.x(point.x, xScale)),
                            "cy": SVGBuilder.number(frame.y(point.y, yScale)), "r": "3", "fill": color,
                        ])
                }
            }
            svg.close("g")
        }
        if !points.contains(where: { $0.x.isFinite && $0.y.isFinite }) {
            frame.note(&svg, "no data", className: "empty")
        }
        frame.legend(
            &svg,
            series.enumerated().compactMap { index, line in
                line.name.isEmpty ? nil : (line.name, ChartPalette.color(index))
            })
        svg.close("svg")
        return svg.render()
    }

    /// `M x y L x y …`, starting a new subpath after each gap.
    private func linePath(_ points: [Point], _ frame: ChartFrame, _ xs: NiceScale, _ ys: NiceScale) -> String {
        var commands: [String] = []
        var drawing = false
        for point in points {
            guard point.x.isFinite, point.y.isFinite else {
                drawing = false
                continue
            }
            let command = drawing ? "L" : "M"
            commands.append(
                "\(command)\(SVGBuilder.number(frame.x(point.x, xs))) \(SVGBuilder.number(frame.y(point.y, ys)))")
            drawing = true
        }
        return commands.joined(separator: " ")
    }

    /// One closed polygon per run of consecutive points that have a band.
    private func bandPath(_ points: [Point], _ frame: ChartFrame, _ xs: NiceScale, _ ys: NiceScale) -> String {
        var runs: [[(x: Double, low: Double, high: Double)]] = [[]]
        for point in points {
            if let low = point.low, let high = point.high, point.x.isFinite, low.isFinite, high.isFinite {
                runs[runs.count - 1].append((frame.x(point.x, xs), frame.y(low, ys), frame.y(high, ys)))
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        return runs.filter { $0.count > 1 }.map { run in
            let upper = run.map { "\(SVGBuilder.number($0.x)) \(SVGBuilder.number($0.high))" }
            let lower = run.reversed().map { "\(SVGBuilder.number($0.x)) \(SVGBuilder.number($0.low))" }
            return "M" + (upper + lower).joined(separator: " L") + " Z"
        }.joined(separator: " ")
    }
}
