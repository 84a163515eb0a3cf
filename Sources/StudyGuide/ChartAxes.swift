import ComputeLanguage

/// What bar and line charts share: a value axis with ticks and grid lines, axis titles, and a legend.
struct ChartAxes {
    /// The plot area, in the drawing's coordinates.
    var plotX: Double
    var plotY: Double
    var plotWidth: Double
    var plotHeight: Double
    /// The ticks of the vertical axis; its range is from their first to their last value.
    var yTicks: SVG.Ticks

    /// Room for a rotated axis title beside the tick labels.
    static let axisTitleWidth = 20.0
    /// The most a legend entry is drawn wide before it is cut.
    static let legendLabelWidth = 160.0

    /// The lowest and highest value of the vertical axis.
    var yRange: (low: Double, high: Double) { (yTicks.values.first ?? 0, yTicks.values.last ?? 1) }

    /// The vertical coordinate of `value`.
    func y(_ value: Double) -> Double {
        let (low, high) = yRange
        return plotY + plotHeight * (1 - SVG.fraction(value, low: low, high: high))
    }

    /// The widest tick label of `ticks`.
    static func tickLabelWidth(_ ticks: SVG.Ticks) -> Double {
        ticks.values.map { SVG.width(ticks.label($0)) }.max() ?? 0
    }

    /// The horizontal grid lines with their tick labels on the left, and the left axis.
    func valueAxis() -> [String] {
        var elements = ["<g class=\"fig-axis-y\">"]
        for tick in yTicks.values {
            let y = y(tick)
            elements.append(SVG.line(plotX, y, plotX + plotWidth, y, kind: "fig-grid"))
            elements.append(SVG.mutedText(yTicks.label(tick), x: plotX - 6, y: y, anchor: "end", extra: "dy=\"0.35em\""))
        }
        elements.append(SVG.line(plotX, plotY, plotX, plotY + plotHeight, kind: "fig-axis"))
        elements.append("</g>")
        return elements
    }

    /// The vertical axis' title, rotated, at the left edge of the drawing.
    func valueTitle(_ title: String) -> [String] {
        guard !title.isEmpty else { return [] }
        let x = FigureSVG.padding + 12
        let y = plotY + plotHeight / 2
        let shown = SVG.truncated(title, toWidth: plotHeight)
        return [SVG.labelText(shown, x: x, y: y, anchor: "middle", extra: "transform=\"rotate(-90 \(SVG.number(x)) \(SVG.number(y)))\"")]
    }

    /// A legend to the right of the plot: one entry per named series, each with its swatch; returns its elements and size.
    func legend(_ series: [Figure.Series], swatch: (Int, Double, Double) -> String) -> (elements: [String], width: Double, height: Double) {
        guard series.count > 1 || series.contains(where: { !$0.name.isEmpty }) else { return ([], 0, 0) }
        let x = plotX + plotWidth + 16
        var elements = ["<g class=\"fig-legend\">"]
        var widest = 0.0
        for (index, entry) in series.enumerated() {
            let y = plotY + 6 + Double(index) * 20
            let name = SVG.truncated(entry.name, toWidth: Self.legendLabelWidth)
            widest = max(widest, SVG.width(name))
            elements.append(swatch(index, x, y))
            elements.append(SVG.labelText(name, x: x + 26, y: y, extra: "dy=\"0.35em\""))
        }
        elements.append("</g>")
        return (elements, 16 + 26 + widest, 6 + Double(series.count) * 20)
    }

    /// Labels under the plot, one per position: upright when they fit in `room`, slanted down to the right otherwise;
    /// returns their elements, their height and how far right they reach.
    static func bottomLabels(_ labels: [String], centres: [Double], top: Double, room: Double) -> (elements: [String], height: Double, right: Double) {
        let shown = labels.map { SVG.truncated($0, toWidth: 120) }
        let widths = shown.map { SVG.width($0) }
        let widest = widths.max() ?? 0
        var elements: [String] = []
        if widest <= room {
            for (label, x) in zip(shown, centres) {
                elements.append(SVG.labelText(label, x: x, y: top + 16, anchor: "middle"))
            }
            return (elements, 22, zip(centres, widths).map { $0 + $1 / 2 }.max() ?? 0)
        }
        // Slanted at 40°, starting under their position (cos 40° ≈ 0.766, sin 40° ≈ 0.643).
        for (label, x) in zip(shown, centres) {
            let y = top + 14
            elements.append(SVG.labelText(label, x: x, y: y, extra: "transform=\"rotate(40 \(SVG.number(x)) \(SVG.number(y)))\""))
        }
        return (elements, widest * 0.643 + 24, zip(centres, widths).map { $0 + $1 * 0.766 }.max() ?? 0)
    }
}
