import Foundation

/// A self-contained HTML page: a title, then sections of paragraphs, tables and inline SVG charts, with its
/// style sheet inline, no scripts and no external resources, so `report.html` opens anywhere, offline.
///
/// All text is escaped (`Markup.escape`); only chart markup is inserted as is. The page is also well-formed
/// XML (void elements are self-closed, only XML's predefined entities are used), so tools can parse it.
/// Nothing varies between renderings: no dates, no random ids (sections are `section-1`, `section-2`, …).
public struct HTMLReport: Sendable, Equatable {
    /// A table of text cells; cells that read as numbers are right-aligned.
    public struct Table: Sendable, Equatable {
        /// Column names.
        public var header: [String]
        /// Rows of cells.
        public var rows: [[String]]
        /// An optional caption above the table.
        public var caption: String?

        /// A table.
        public init(header: [String], rows: [[String]], caption: String? = nil) {
            self.header = header
            self.rows = rows
            self.caption = caption
        }
    }

    /// One piece of a section.
    public enum Block: Sendable, Equatable {
        /// A paragraph of plain text.
        case paragraph(String)
        /// A table.
        case table(Table)
        /// A rendered chart (`SVGChart.render()`), inserted as is inside a `<figure>`.
        case svg(String)
        /// Preformatted plain text, such as the terminal summary.
        case preformatted(String)
    }

    /// A titled section.
    public struct Section: Sendable, Equatable {
        /// The heading (`<h2>`).
        public var heading: String
        /// The content, in order.
        public var blocks: [Block]

        /// A section.
        public init(heading: String, blocks: [Block] = []) {
            self.heading = heading
            self.blocks = blocks
        }

        /// Appends a paragraph.
        public mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }

        /// Appends a table.
        public mutating func table(header: [String], rows: [[String]], caption: String? = nil) {
            blocks.append(.table(Table(header: header, rows: rows, caption: caption)))
        }

        /// Appends a chart, rendered now.
        public mutating func chart(_ chart: some SVGChart) { blocks.append(.svg(chart.render())) }

        /// Appends preformatted text.
        public mutating func preformatted(_ text: String) { blocks.append(.preformatted(text)) }
    }

    /// The page title (`<title>` and `<h1>`).
    public var title: String
    /// An optional line under the title, e.g. scenario and seed.
    public var subtitle: String?
    /// The page's language tag (`en`, `zh-CN`).
    public var language: String
    /// The sections, in order.
    public var sections: [Section] = []

    /// An empty report.
    public init(title: String, subtitle: String? = nil, language: String = "en") {
        self.title = title
        self.subtitle = subtitle
        self.language = language
    }

    /// Appends a section.
    public mutating func append(_ section: Section) { sections.append(section) }

    /// Appends a section built by `build`.
    public mutating func section(_ heading: String, _ build: (inout Section) -> Void) {
        var section = Section(heading: heading)
        build(&section)
        sections.append(section)
    }

    /// The page, ending with a newline.
    public func render() -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(Markup.escape(language))">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(Markup.escape(title))</title>
            <style>
            \(Self.styleSheet)</style>
            </head>
            <body>
            <main>
            <h1>\(Markup.escape(title))</h1>

            """
        if let subtitle {
            html += "<p class=\"subtitle\">\(Markup.escape(subtitle))</p>\n"
        }
        if sections.count > 1 {
            html += "<nav class=\"contents\">\n<ol>\n"
            for (index, section) in sections.enumerated() {
                html += "<li><a href=\"#section-\(index + 1)\">\(Markup.escape(section.heading))</a></li>\n"
            }
            html += "</ol>\n</nav>\n"
        }
        for (index, section) in sections.enumerated() {
            html += "<section id=\"section-\(index + 1)\">\n<h2>\(Markup.escape(section.heading))</h2>\n"
            for block in section.blocks {
                html += Self.render(block)
            }
            html += "</section>\n"
        }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    private static func render(_ block: Block) -> String {
        switch block {
        case .paragraph(let text):
            return "<p>\(Markup.escape(text))</p>\n"
        case .preformatted(let text):
            return "<pre>\(Markup.escape(text))</pre>\n"
        case .svg(let markup):
            return "<figure>\n\(markup)\(markup.hasSuffix("\n") ? "" : "\n")</figure>\n"
        case .table(let table):
            var html = "<table>\n"
            if let caption = table.caption {
                html += "<caption>\(Markup.escape(caption))</caption>\n"
            }
            html += "<thead>\n<tr>"
            html += table.header.map { "<th>\(Markup.escape($0))</th>" }.joined()
            html += "</tr>\n</thead>\n<tbody>\n"
            for row in table.rows {
                html += "<tr>"
                html += row.map { cell in
                    let open = isNumeric(cell) ? "<td class=\"num\">" : "<td>"
                    return open + Markup.escape(cell) + "</td>"
                }.joined()
                html += "</tr>\n"
            }
            html += "</tbody>\n</table>\n"
            return html
        }
    }

    /// Whether a cell reads as a number (digits with an optional sign, point, exponent or trailing %).
    static func isNumeric(_ cell: String) -> Bool {
        var text = Substring(cell)
        if text.hasSuffix("%") { text = text.dropLast() }
        guard !text.isEmpty, text.allSatisfy({ "0123456789+-.eE".contains($0) }) else {
            return cell == "Inf" || cell == "-Inf"
        }
        return Double(text) != nil
    }

    /// The inline style sheet; it has no `<` or `&`, so it is valid as XML text too.
    static let styleSheet = """
        body { margin: 0; background: #f7f7f5; color: #222222; font: 15px/1.5 system-ui, sans-serif; }
        main { max-width: 960px; margin: 0 auto; padding: 24px; background: #ffffff; }
        h1 { font-size: 1.6em; margin: 0 0 0.2em; }
        h2 { font-size: 1.25em; margin: 1.6em 0 0.6em; border-bottom: 1px solid #dddddd; }
        .subtitle { color: #555555; margin-top: 0; }
        nav.contents ol { margin: 0.4em 0; padding-left: 1.4em; }
        table { border-collapse: collapse; margin: 0.8em 0; font-variant-numeric: tabular-nums;
          display: block; max-width: 100%; overflow-x: auto; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
        th, td { border-bottom: 1px solid #e4e4e4; padding: 3px 10px; text-align: left; }
        th { background: #f0f0ee; }
        td.num { text-align: right; }
        figure { margin: 1em 0; }
        figure svg { max-width: 100%; height: auto; }
        pre { background: #f4f4f2; padding: 10px; overflow-x: auto; }

        """
}
