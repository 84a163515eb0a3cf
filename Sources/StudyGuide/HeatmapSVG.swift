import ComputeLanguage
import TransformerCore

/// A heatmap: one coloured cell per matrix element on a sequential scale, annotated with its value in a text
/// colour that contrasts with the cell, row labels on the left, column labels on top, and the scale below.
struct HeatmapSVG {
    let values: Matrix
    let rows: [String]
    let columns: [String]
    /// The colour range when fixed by the author; else the values' own range.
    var scale: ClosedRange<Double>? = nil
    let precision: Int

    /// The widest a row or column label is drawn before it is cut with `…` (the whole label is in the description).
    static let labelWidth = 160.0
    /// A cell's height.
    static let cellHeight = 28.0
    /// A step's width in the scale below the cells.
    static let scaleStep = 16.0

    /// The step of the sequential scale (0…8) of `value` within `low…high`; nil when `value` is not finite.
    static func step(_ value: Double, low: Double, high: Double) -> Int? {
        guard value.isFinite else { return nil }
        guard high > low else { return FigurePalette.steps / 2 }
        let position = SVG.fraction(value, low: low, high: high) * Double(FigurePalette.steps)
        return Int(min(max(position, 0), Double(FigurePalette.steps - 1)))
    }

    func draw() -> FigureSVG.Drawing {
        let padding = FigureSVG.padding
        let texts = values.elements.map { ValueFormatter.number($0, precision: precision) }
        let cellWidth = max(40, (texts.map { SVG.width($0) }.max() ?? 0) + 16)
        let rowLabels = rows.map { SVG.truncated($0, toWidth: Self.labelWidth) }
        let columnLabels = columns.map { SVG.truncated($0, toWidth: Self.labelWidth) }
        let rowLabelWidth = rowLabels.map { SVG.width($0) }.max() ?? 0
        let widestColumnLabel = columnLabels.map { SVG.width($0) }.max() ?? 0
        let upright = widestColumnLabel <= cellWidth - 6
        // Slanted labels rise at 45°: as high as they are long times sin 45°, and they lean past the last column.
        let slant = 0.7072
        let headerHeight = upright ? 22 : widestColumnLabel * slant + 16
        let overhang = upright ? 0 : max(0, widestColumnLabel * slant - cellWidth / 2)
        let gridX = padding + rowLabelWidth + 8
        let gridY = 6 + headerHeight
        let gridWidth = Double(values.columns) * cellWidth
        let gridBottom = gridY + Double(values.rows) * Self.cellHeight

        var elements: [String] = []
        elements.append("<g class=\"fig-labels\">")
        for (index, label) in columnLabels.enumerated() {
            let x = gridX + (Double(index) + 0.5) * cellWidth
            if upright {
                elements.append(SVG.labelText(label, x: x, y: gridY - 8, anchor: "middle"))
            } else {
                let y = gridY - 8
                elements.append(SVG.labelText(label, x: x, y: y, extra: "transform=\"rotate(-45 \(SVG.number(x)) \(SVG.number(y)))\""))
            }
        }
        for (index, label) in rowLabels.enumerated() {
            let y = gridY + (Double(index) + 0.5) * Self.cellHeight
            elements.append(SVG.labelText(label, x: gridX - 8, y: y, anchor: "end", extra: "dy=\"0.35em\""))
        }
        elements.append("</g>")

        let finite = values.elements.filter(\.isFinite)
        let low = scale?.lowerBound ?? finite.min() ?? 0
        let high = scale?.upperBound ?? finite.max() ?? 0
        elements.append("<g class=\"fig-cells\">")
        for row in 0..<values.rows {
            for column in 0..<values.columns {
                let value = values[row, column]
                let text = texts[row * values.columns + column]
                let x = gridX + Double(column) * cellWidth
                let y = gridY + Double(row) * Self.cellHeight
                let step = Self.step(value, low: low, high: high)
                let (fillClass, fill) = step.map { ("fig-c\($0)", FigurePalette.light.sequential[$0]) } ?? ("fig-na", FigurePalette.light.missing)
                let (inkClass, ink) = step.map { ("fig-k\($0)", FigurePalette.light.ink($0)) } ?? ("fig-muted", FigurePalette.light.muted)
                elements.append(
                    "<g><title>\(SVG.escape("\(rows[row]), \(columns[column]): \(text)"))</title>"
                        + "<rect class=\"\(fillClass)\" x=\"\(SVG.number(x + 1))\" y=\"\(SVG.number(y + 1))\" width=\"\(SVG.number(cellWidth - 2))\" "
                        + "height=\"\(SVG.number(Self.cellHeight - 2))\" fill=\"\(fill)\"/>"
                        + SVG.text(text, x: x + cellWidth / 2, y: y + Self.cellHeight / 2,
                                   "class=\"fig-value \(inkClass)\" fill=\"\(ink)\" text-anchor=\"middle\" dy=\"0.35em\"")
                        + "</g>"
                )
            }
        }
        elements.append("</g>")
        elements.append(
            "<rect class=\"fig-grid\" x=\"\(SVG.number(gridX + 0.5))\" y=\"\(SVG.number(gridY + 0.5))\" width=\"\(SVG.number(gridWidth - 1))\" "
                + "height=\"\(SVG.number(gridBottom - gridY - 1))\" fill=\"none\" stroke=\"\(FigurePalette.light.grid)\"/>"
        )

        // The scale: its steps from the lowest value (left) to the highest (right), labelled at both ends.
        let scaleY = gridBottom + 12
        let steps = high > low ? Array(0..<FigurePalette.steps) : [FigurePalette.steps / 2]
        elements.append("<g class=\"fig-scale\">")
        for (index, step) in steps.enumerated() {
            elements.append(
                "<rect class=\"fig-c\(step)\" x=\"\(SVG.number(gridX + Double(index) * Self.scaleStep))\" y=\"\(SVG.number(scaleY))\" "
                    + "width=\"\(SVG.number(Self.scaleStep))\" height=\"10\" fill=\"\(FigurePalette.light.sequential[step])\"/>"
            )
        }
        let scaleEnd = gridX + Double(steps.count) * Self.scaleStep
        elements.append(SVG.mutedText(ValueFormatter.number(low, precision: precision), x: gridX, y: scaleY + 24))
        if high > low {
            elements.append(SVG.mutedText(ValueFormatter.number(high, precision: precision), x: scaleEnd, y: scaleY + 24, anchor: "end"))
        }
        elements.append("</g>")
        let lowWidth = SVG.width(ValueFormatter.number(low, precision: precision))
        let width = max(gridX + gridWidth + overhang, scaleEnd, gridX + lowWidth) + padding
        return FigureSVG.Drawing(width: width, height: scaleY + 24 + padding, elements: elements)
    }
}
