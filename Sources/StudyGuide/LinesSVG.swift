import ComputeLanguage

/// Lines through (x, y) points, one per series, each in its colour and dash pattern (with a marker at every point
/// when there are few), numeric axes with ticks and grid lines, and a legend when the series are named.
struct LinesSVG {
    let x: [Double]
    let series: [Figure.Series]
    let xLabel: String
    let yLabel: String
    let precision: Int

    /// The plot's size.
    static let plotWidth = 440.0
    static let plotHeight = 220.0
    /// Lines with at most this many points get a marker at each.
    static let markedPoints = 25

    func draw() -> FigureSVG.Drawing {
        let padding = FigureSVG.padding
        let all = series.flatMap(\.values)
        let yTicks = SVG.Ticks(low: all.min() ?? 0, high: all.max() ?? 1, extend: true)
        var (xLow, xHigh) = (x.min() ?? 0, x.max() ?? 1)
        if xHigh - xLow < 1e-12 * max(1, abs(xLow)) {
            (xLow, xHigh) = (xLow - 1, xHigh + 1)
        }
        let xTicks = SVG.Ticks(low: xLow, high: xHigh, extend: false)
        let plotX = padding + (yLabel.isEmpty ? 0 : ChartAxes.axisTitleWidth) + ChartAxes.tickLabelWidth(yTicks) + 8
        let axes = ChartAxes(plotX: plotX, plotY: 10, plotWidth: Self.plotWidth, plotHeight: Self.plotHeight, yTicks: yTicks)
        let plotBottom = axes.plotY + Self.plotHeight
        let xPosition = { (value: Double) in plotX + Self.plotWidth * SVG.fraction(value, low: xLow, high: xHigh) }

        var elements = axes.valueAxis() + axes.valueTitle(yLabel)
        elements.append("<g class=\"fig-axis-x\">")
        for tick in xTicks.values {
            let position = xPosition(tick)
            elements.append(SVG.line(position, plotBottom, position, plotBottom + 4, kind: "fig-axis"))
            elements.append(SVG.mutedText(xTicks.label(tick), x: position, y: plotBottom + 18, anchor: "middle"))
        }
        elements.append(SVG.line(plotX, plotBottom, plotX + Self.plotWidth, plotBottom, kind: "fig-axis"))
        elements.append("</g>")
        var bottom = plotBottom + 24
        if !xLabel.isEmpty {
            elements.append(SVG.labelText(SVG.truncated(xLabel, toWidth: Self.plotWidth), x: plotX + Self.plotWidth / 2, y: bottom + 14, anchor: "middle"))
            bottom += 22
        }

        elements.append("<g class=\"fig-lines\">")
        for (index, entry) in series.enumerated() {
            let colour = index % FigurePalette.light.series.count
            let points = zip(x, entry.values).map { "\(SVG.number(xPosition($0))),\(SVG.number(axes.y($1)))" }.joined(separator: " ")
            elements.append(
                "<polyline class=\"fig-l\(colour)\" points=\"\(points)\" fill=\"none\" stroke=\"\(FigurePalette.light.series[colour])\" "
                    + "stroke-width=\"2\" stroke-linejoin=\"round\" stroke-linecap=\"round\"" + Self.dashAttribute(index) + "/>"
            )
            guard entry.values.count <= Self.markedPoints else { continue }
            for (xValue, yValue) in zip(x, entry.values) {
                let name = (entry.name.isEmpty ? "" : entry.name + ": ") + "(\(SVG.shortest(xValue)), \(ValueFormatter.number(yValue, precision: precision)))"
                elements.append(
                    "<circle class=\"fig-f\(colour)\" cx=\"\(SVG.number(xPosition(xValue)))\" cy=\"\(SVG.number(axes.y(yValue)))\" r=\"3\" "
                        + "fill=\"\(FigurePalette.light.series[colour])\"><title>\(SVG.escape(name))</title></circle>"
                )
            }
        }
        elements.append("</g>")
        let legend = axes.legend(series) { index, x, y in
            let colour = index % FigurePalette.light.series.count
            return "<line class=\"fig-l\(colour)\" x1=\"\(SVG.number(x))\" y1=\"\(SVG.number(y))\" x2=\"\(SVG.number(x + 20))\" y2=\"\(SVG.number(y))\" "
                + "stroke=\"\(FigurePalette.light.series[colour])\" stroke-width=\"2\"" + Self.dashAttribute(index) + "/>"
        }
        elements += legend.elements
        let lastTick = xTicks.values.last.map { xPosition($0) + SVG.width(xTicks.label($0)) / 2 } ?? 0
        let width = max(plotX + Self.plotWidth + legend.width, lastTick, plotX + Self.plotWidth + 8) + padding
        let height = max(bottom, axes.plotY + legend.height) + padding
        return FigureSVG.Drawing(width: width, height: height, elements: elements)
    }

    /// The `stroke-dasharray` attribute of series `index` ("" when solid).
    static func dashAttribute(_ index: Int) -> String {
        let dash = FigurePalette.dash(index)
        return dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
    }
}
