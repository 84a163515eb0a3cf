import ComputeLanguage

/// Grouped bars: one group per category, one bar per series in the series' colour, a value axis with ticks and
/// grid lines, the categories underneath, and a legend when the series are named.
struct BarsSVG {
    let categories: [String]
    let series: [Figure.Series]
    let xLabel: String
    let yLabel: String
    let precision: Int

    /// The plot's height.
    static let plotHeight = 200.0

    func draw() -> FigureSVG.Drawing {
        let padding = FigureSVG.padding
        let all = series.flatMap(\.values)
        let ticks = SVG.Ticks(low: min(0, all.min() ?? 0), high: max(0, all.max() ?? 1), extend: true)
        let barWidth = series.count == 1 ? 28 : max(8, min(20, 96 / Double(series.count)))
        let gap = max(12, barWidth)
        let groupWidth = Double(series.count) * barWidth + gap
        let plotX = padding + (yLabel.isEmpty ? 0 : ChartAxes.axisTitleWidth) + ChartAxes.tickLabelWidth(ticks) + 8
        let plotWidth = max(Double(categories.count) * groupWidth, 120)
        let axes = ChartAxes(plotX: plotX, plotY: 10, plotWidth: plotWidth, plotHeight: Self.plotHeight, yTicks: ticks)
        let plotBottom = axes.plotY + Self.plotHeight

        var elements = axes.valueAxis() + axes.valueTitle(yLabel)
        let zero = axes.y(0)
        elements.append("<g class=\"fig-bars\">")
        for (seriesIndex, entry) in series.enumerated() {
            let colour = seriesIndex % FigurePalette.light.series.count
            for (categoryIndex, value) in entry.values.enumerated() {
                let x = plotX + gap / 2 + Double(categoryIndex) * groupWidth + Double(seriesIndex) * barWidth
                let top = min(axes.y(value), zero)
                let height = abs(axes.y(value) - zero)
                let name = (entry.name.isEmpty ? "" : entry.name + ", ") + categories[categoryIndex]
                elements.append(
                    "<rect class=\"fig-f\(colour)\" x=\"\(SVG.number(x + 1))\" y=\"\(SVG.number(top))\" width=\"\(SVG.number(barWidth - 2))\" "
                        + "height=\"\(SVG.number(height))\" fill=\"\(FigurePalette.light.series[colour])\">"
                        + "<title>\(SVG.escape(name + ": " + ValueFormatter.number(value, precision: precision)))</title></rect>"
                )
            }
        }
        elements.append("</g>")
        elements.append(SVG.line(plotX, zero, plotX + plotWidth, zero, kind: "fig-axis"))

        let centres = categories.indices.map { plotX + gap / 2 + Double($0) * groupWidth + Double(series.count) * barWidth / 2 }
        let labels = ChartAxes.bottomLabels(categories, centres: centres, top: plotBottom, room: groupWidth - 4)
        elements.append("<g class=\"fig-categories\">")
        elements += labels.elements
        elements.append("</g>")
        var bottom = plotBottom + labels.height
        if !xLabel.isEmpty {
            elements.append(SVG.labelText(SVG.truncated(xLabel, toWidth: max(plotWidth, 200)), x: plotX + plotWidth / 2, y: bottom + 14, anchor: "middle"))
            bottom += 22
        }
        let legend = axes.legend(series) { index, x, y in
            let colour = index % FigurePalette.light.series.count
            return "<rect class=\"fig-f\(colour)\" x=\"\(SVG.number(x))\" y=\"\(SVG.number(y - 6))\" width=\"18\" height=\"12\" fill=\"\(FigurePalette.light.series[colour])\"/>"
        }
        elements += legend.elements
        let width = max(plotX + plotWidth + legend.width, plotX + plotWidth + 8, labels.right) + padding
        let height = max(bottom, axes.plotY + legend.height) + padding
        return FigureSVG.Drawing(width: width, height: height, elements: elements)
    }
}
