// The builtins that make figures: `heatmap`, `bars` and `lines`, with the interpreter's labels and checks.

/// A matrix as coloured cells, each annotated with its value; `scale: [low, high]` fixes the colours' range; at most 64×64.
public func heatmap(_ values: Matrix, rows: [String] = [], columns: [String] = [], title: String = "", scale: Vector = []) -> Figure {
    requirement(values.rows > 0 && values.columns > 0, "heatmap needs at least one value")
    Figure.check(finite: [], values.rows, "rows", atMost: Figure.maximumHeatmapSide)
    Figure.check(finite: [], values.columns, "columns", atMost: Figure.maximumHeatmapSide)
    let rowLabels = TableLayout.labels(rows, "row labels", count: values.rows) { String($0) }
    let columnLabels = TableLayout.labels(columns, "column labels", count: values.columns) { String($0) }
    var range: ClosedRange<Double>?
    if !scale.isEmpty {
        requirement(scale.count == 2 && scale[0].isFinite && scale[1].isFinite && scale[0] < scale[1], "scale must be [low, high]")
        range = scale[0]...scale[1]
    }
    return Figure(.heatmap(values: values, rows: rowLabels, columns: columnLabels), title: title, scale: range)
}

/// Bars of one series, one per element.
public func bars(
    _ values: Vector, labels: [String] = [], categories: [String] = [], title: String = "", xLabel: String = "", yLabel: String = ""
) -> Figure {
    barChart([values.elements], isVector: true, labels: labels, categories: categories, title: title, xLabel: xLabel, yLabel: yLabel)
}

/// Grouped bars: the matrix's rows are the series (labels: one per row), its columns the categories.
public func bars(
    _ values: Matrix, labels: [String] = [], categories: [String] = [], title: String = "", xLabel: String = "", yLabel: String = ""
) -> Figure {
    barChart(values.core.rowArrays, isVector: false, labels: labels, categories: categories, title: title, xLabel: xLabel, yLabel: yLabel)
}

/// One line through (x, y) points; x defaults to 0, 1, 2, ….
public func lines(
    x: Vector = [], y: Vector, labels: [String] = [], title: String = "", xLabel: String = "", yLabel: String = ""
) -> Figure {
    requirement(x.isEmpty || x.count == y.count, "the number of x values must be \(y.count), got \(x.count)")
    return lineChart(x.elements, [y.elements], labels: labels, default: { _ in "" }, title: title, xLabel: xLabel, yLabel: yLabel)
}

/// Lines from a matrix with one row per x whose columns are the lines (or, when only its columns match x, whose rows are).
public func lines(
    x: Vector = [], y: Matrix, labels: [String] = [], title: String = "", xLabel: String = "", yLabel: String = ""
) -> Figure {
    if x.isEmpty || x.count == y.rows {
        let series = (0..<y.columns).map { column(y, $0).elements }
        return lineChart(x.elements, series, labels: labels, default: { "column \($0)" }, title: title, xLabel: xLabel, yLabel: yLabel)
    }
    requirement(x.count == y.columns, "the number of x values must be \(y.rows) or \(y.columns), got \(x.count)")
    return lineChart(x.elements, y.core.rowArrays, labels: labels, default: { "row \($0)" }, title: title, xLabel: xLabel, yLabel: yLabel)
}

/// A bar chart of `rows` (the series).
private func barChart(
    _ rows: [[Double]], isVector: Bool, labels: [String], categories: [String], title: String, xLabel: String, yLabel: String
) -> Figure {
    let count = rows.first?.count ?? 0
    requirement(count > 0, "bars needs at least one value")
    Figure.check(finite: rows.joined(), rows.count, "series", atMost: Figure.maximumSeries)
    Figure.check(finite: [], count, "categories", atMost: Figure.maximumCategories)
    let names = TableLayout.labels(labels, "labels", count: rows.count) { isVector ? "" : "row \($0)" }
    let groups = TableLayout.labels(categories, "categories", count: count) { String($0) }
    let series = zip(names, rows).map { Figure.Series(name: $0, values: $1) }
    return Figure(.bars(categories: groups, series: series, xLabel: xLabel, yLabel: yLabel), title: title)
}

/// A line chart of `series` over `given` x (0, 1, 2, … when empty).
private func lineChart(
    _ given: [Double], _ series: [[Double]], labels: [String], default label: (Int) -> String, title: String, xLabel: String,
    yLabel: String
) -> Figure {
    let count = series.first?.count ?? 0
    requirement(count > 0, "lines needs at least one value")
    Figure.check(finite: series.joined(), series.count, "lines", atMost: Figure.maximumSeries)
    let x = given.isEmpty ? (0..<count).map(Double.init) : given
    Figure.check(finite: x, count, "points", atMost: Figure.maximumPoints)
    let names = TableLayout.labels(labels, "labels", count: series.count, default: label)
    let lines = zip(names, series).map { Figure.Series(name: $0, values: $1) }
    return Figure(.lines(x: x, series: lines, xLabel: xLabel, yLabel: yLabel), title: title)
}
