import ComputeLanguage

/// A figure as SVG: inline in a page (coloured by `style.css`), or a file of its own (with its own `<style>`).
///
/// Both have `role="img"`, a `<title>` and a `<desc>` that summarises the data for screen readers, ids derived
/// from `id` (so unique in a page when `id` is), and the light theme's colours as presentation attributes.
struct FigureSVG {
    /// Where the SVG goes.
    enum Mode {
        /// Inside an HTML page, whose stylesheet defines the colours.
        case inline
        /// A file of its own (`figures/*.svg`), shown by GitHub through `<img>`: it carries both themes.
        case file
    }

    /// What a figure renderer draws: its size and its elements, with the origin at its top-left corner.
    struct Drawing {
        var width: Double
        var height: Double
        var elements: [String]
    }

    /// The space around a drawing, in px.
    static let padding = 12.0
    /// The height the visible title takes above the drawing.
    static let titleHeight = 28.0

    let figure: Figure
    /// The base of the element ids; unique in the page.
    let id: String
    /// The decimals values are written with.
    let precision: Int

    /// The SVG element.
    func render(_ mode: Mode) -> String {
        var drawing: Drawing
        let kindClass: String
        switch figure.kind {
        case let .heatmap(values, rows, columns):
            drawing = HeatmapSVG(values: values, rows: rows, columns: columns, scale: figure.scale, precision: precision).draw()
            kindClass = "heatmap"
        case let .bars(categories, series, xLabel, yLabel):
            drawing = BarsSVG(categories: categories, series: series, xLabel: xLabel, yLabel: yLabel, precision: precision).draw()
            kindClass = "bars"
        case let .lines(x, series, xLabel, yLabel):
            drawing = LinesSVG(x: x, series: series, xLabel: xLabel, yLabel: yLabel, precision: precision).draw()
            kindClass = "lines"
        }
        if !figure.title.isEmpty {
            let shown = SVG.truncated(figure.title, toWidth: 900, size: 14)
            drawing.width = max(drawing.width, SVG.width(shown, size: 14) + 2 * Self.padding)
            drawing.elements = [
                SVG.labelText(shown, x: Self.padding, y: 20, extra: "font-size=\"14\" font-weight=\"600\""),
                "<g transform=\"translate(0 \(SVG.number(Self.titleHeight)))\">",
            ] + drawing.elements + ["</g>"]
            drawing.height += Self.titleHeight
        }
        let (width, height) = (SVG.number(drawing.width.rounded(.up)), SVG.number(drawing.height.rounded(.up)))
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"figure \(kindClass)\" id=\"\(id)\" viewBox=\"0 0 \(width) \(height)\" "
                + "width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
                + "font-family=\"\(SVG.fontFamily)\" font-size=\"\(SVG.number(SVG.fontSize))\">",
            "<title id=\"\(id)-title\">\(SVG.escape(title))</title>",
            "<desc id=\"\(id)-desc\">\(SVG.escape(description))</desc>",
        ]
        if mode == .file {
            lines.append("<style>\n\(FigurePalette.fileStyle)\n</style>")
        }
        lines.append("<rect class=\"fig-bg\" width=\"\(width)\" height=\"\(height)\" fill=\"\(FigurePalette.light.background)\"/>")
        lines += drawing.elements
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    /// The figure's name for screen readers and alt text: its title, or what it shows.
    var title: String {
        if !figure.title.isEmpty { return figure.title }
        switch figure.kind {
        case let .heatmap(values, _, _):
            return "Heatmap of a \(values.rows)×\(values.columns) matrix"
        case let .bars(categories, series, _, yLabel):
            let what = yLabel.isEmpty ? "" : " of \(yLabel)"
            return series.count == 1
                ? "Bar chart\(what) over \(categories.count) categories"
                : "Bar chart\(what): \(series.count) series over \(categories.count) categories"
        case let .lines(x, series, xLabel, yLabel):
            if !xLabel.isEmpty, !yLabel.isEmpty { return "Line chart of \(yLabel) against \(xLabel)" }
            return "Line chart of \(series.count) \(series.count == 1 ? "line" : "lines") over \(x.count) points"
        }
    }

    /// The most values a description lists one by one; past it, it summarises.
    static let listedValues = 200

    /// A textual summary of the data: shape, labels, range, and every value when there are few.
    var description: String {
        let format = { (x: Double) in ValueFormatter.number(x, precision: precision) }
        switch figure.kind {
        case let .heatmap(values, rows, columns):
            let finite = values.elements.filter(\.isFinite)
            var text = "Heatmap of a \(values.rows)×\(values.columns) matrix on a sequential colour scale"
            if let low = finite.min(), let high = finite.max() { text += ", values from \(format(low)) to \(format(high))" }
            text += ". Rows: \(rows.joined(separator: ", ")). Columns: \(columns.joined(separator: ", "))."
            if values.elements.count <= Self.listedValues {
                for (index, label) in rows.enumerated() {
                    text += " Row \(label): " + values.row(index).map(format).joined(separator: ", ") + "."
                }
            }
            return text
        case let .bars(categories, series, xLabel, yLabel):
            let all = series.flatMap(\.values)
            var text = "Bar chart of \(series.count) \(series.count == 1 ? "series" : "series") over \(categories.count) categories"
            if !xLabel.isEmpty { text += " (\(xLabel))" }
            text += ": \(categories.joined(separator: ", "))"
            if let low = all.min(), let high = all.max() {
                text += "; \(yLabel.isEmpty ? "values" : yLabel) from \(format(low)) to \(format(high))"
            }
            text += "."
            if all.count <= Self.listedValues {
                for entry in series {
                    let pairs = zip(categories, entry.values).map { "\($0) \(format($1))" }.joined(separator: ", ")
                    text += " " + (entry.name.isEmpty ? "" : "\(entry.name): ") + pairs + "."
                }
            }
            return text
        case let .lines(x, series, xLabel, yLabel):
            let all = series.flatMap(\.values)
            let xName = xLabel.isEmpty ? "x" : xLabel
            let yName = yLabel.isEmpty ? "y" : yLabel
            var text = "Line chart of \(series.count) \(series.count == 1 ? "line" : "lines")"
            if let first = x.first, let last = x.last { text += ", \(xName) from \(SVG.shortest(first)) to \(SVG.shortest(last))" }
            if let low = all.min(), let high = all.max() { text += ", \(yName) from \(format(low)) to \(format(high))" }
            text += "."
            let listed = all.count <= Self.listedValues
            for entry in series {
                text += " " + (entry.name.isEmpty ? "" : "\(entry.name): ")
                if listed {
                    text += zip(x, entry.values).map { "(\(SVG.shortest($0)), \(format($1)))" }.joined(separator: ", ") + "."
                } else if let low = entry.values.min(), let high = entry.values.max() {
                    text += "from \(format(low)) to \(format(high))."
                }
            }
            return text
        }
    }
}
