import TransformerCore

extension BuiltinRegistry {
    /// The builtins that make figures and tables (`heatmap`, `bars`, `lines`, `table`).
    static let figures: [Builtin] = [heatmap, bars, lines, labelledTable, tableOfColumns]

    /// `heatmap(_:rows:columns:title:scale:)`: a matrix as annotated coloured cells.
    private static let heatmap = Builtin(
        "heatmap",
        [
            .init(nil, "values", .matrix),
            .init("rows", "rows", .strings, default: .strings([])),
            .init("columns", "columns", .strings, default: .strings([])),
            .init("title", "title", .string, default: .string("")),
            .init("scale", "scale", .vector, default: .vector([])),
        ],
        .figure,
        summary: "a matrix as coloured cells on a sequential scale, each annotated with its value; rows and columns "
            + "labelled (by index when left out); `scale: [low, high]` fixes the colours' range (so that several heatmaps "
            + "compare, e.g. [0, 1] for weights), else it runs from the smallest value to the largest; at most "
            + "\(Figure.maximumHeatmapSide)×\(Figure.maximumHeatmapSide)",
        example: #"heatmap([[0.7, 0.3], [0.2, 0.8]], rows: ["The", "car"], columns: ["The", "car"])"#
    ) { arguments throws(TransformerError) in
        guard let m = FigureArguments.matrix(arguments[0]), m.rows > 0, m.columns > 0 else { throw .empty(operation: "heatmap") }
        let shape = "the \(m.rows)×\(m.columns) matrix"
        try FigureArguments.limit(m.rows, "rows", Figure.maximumHeatmapSide)
        try FigureArguments.limit(m.columns, "columns", Figure.maximumHeatmapSide)
        let rows = try FigureArguments.labels(arguments[1], "row labels", count: m.rows, each: "row of \(shape)", default: { String($0) })
        let columns = try FigureArguments.labels(
            arguments[2], "column labels", count: m.columns, each: "column of \(shape)", default: { String($0) }
        )
        let scale = try FigureArguments.scale(arguments[4])
        return .figure(Figure(.heatmap(values: m, rows: rows, columns: columns), title: FigureArguments.text(arguments[3]), scale: scale))
    }

    /// `bars(_:labels:categories:title:xLabel:yLabel:)`: grouped bars, a matrix's rows as the series.
    private static let bars = Builtin(
        "bars",
        [
            .init(nil, "values", .vectorOrMatrix),
            .init("labels", "labels", .strings, default: .strings([])),
            .init("categories", "categories", .strings, default: .strings([])),
            .init("title", "title", .string, default: .string("")),
            .init("xLabel", "xLabel", .string, default: .string("")),
            .init("yLabel", "yLabel", .string, default: .string("")),
        ],
        .figure,
        summary: "grouped bars: a vector is one series; a matrix's rows are the series (labels: one per row, shown in the "
            + "legend) and its columns the categories (categories: one per column, by index when left out)",
        example: #"bars([softmax([2, 1, 0], temperature: 0.5), softmax([2, 1, 0], temperature: 2)], labels: ["T=0.5", "T=2"], categories: ["a", "b", "c"])"#
    ) { arguments throws(TransformerError) in
        let rows: [[Double]]
        let shape: String
        switch arguments[0] {
        case let .matrix(m):
            rows = m.rowArrays
            shape = "the \(m.rows)×\(m.columns) matrix"
        case let .vector(v):
            rows = [v]
            shape = "the \(v.count)-element vector"
        default:
            rows = []
            shape = "the values"
        }
        let count = rows.first?.count ?? 0
        guard count > 0 else { throw .empty(operation: "bars") }
        try FigureArguments.limit(rows.count, "series", Figure.maximumSeries)
        try FigureArguments.limit(count, "categories", Figure.maximumCategories)
        try FigureArguments.requireFinite(rows.joined())
        let isVector = if case .vector = arguments[0] { true } else { false }
        let labels = try FigureArguments.labels(
            arguments[1], "labels", count: rows.count, each: isVector ? "series (the vector)" : "row of \(shape)",
            default: { isVector ? "" : "row \($0)" }
        )
        let categories = try FigureArguments.labels(
            arguments[2], "categories", count: count, each: isVector ? "element of \(shape)" : "column of \(shape)",
            default: { String($0) }
        )
        let series = zip(labels, rows).map { Figure.Series(name: $0, values: $1) }
        let kind = Figure.Kind.bars(
            categories: categories, series: series, xLabel: FigureArguments.text(arguments[4]), yLabel: FigureArguments.text(arguments[5])
        )
        return .figure(Figure(kind, title: FigureArguments.text(arguments[3])))
    }

    /// `lines(x:y:labels:title:xLabel:yLabel:)`: one line per series, a matrix's columns (or rows) as the series.
    private static let lines = Builtin(
        "lines",
        [
            .init("x", "x", .vector, default: .vector([])),
            .init("y", "y", .vectorOrMatrix),
            .init("labels", "labels", .strings, default: .strings([])),
            .init("title", "title", .string, default: .string("")),
            .init("xLabel", "xLabel", .string, default: .string("")),
            .init("yLabel", "yLabel", .string, default: .string("")),
        ],
        .figure,
        summary: "lines through (x, y) points: y a vector (one line), or a matrix with one row per x whose columns are "
            + "the lines (or, when only its columns match x, whose rows are); x defaults to 0, 1, 2, …; labels name the lines",
        example: #"lines(x: [0.5, 1, 2], y: [0.518, 0.832, 1.002], xLabel: "temperature", yLabel: "entropy")"#
    ) { arguments throws(TransformerError) in
        let given = FigureArguments.vector(arguments[0])
        let series: [[Double]]
        let each: String
        var isVector = false
        var byRows = false
        switch arguments[1] {
        case let .vector(v):
            series = [v]
            isVector = true
            each = "line (the vector y)"
            guard given.isEmpty || given.count == v.count else {
                throw .invalidArgument(
                    name: "the number of x values", value: Double(given.count),
                    requirement: "\(v.count), one per element of the \(v.count)-element vector y"
                )
            }
        case let .matrix(m):
            if given.isEmpty || given.count == m.rows {
                series = (0..<m.columns).map { FigureArguments.column(m, $0) }
                each = "column of the \(m.rows)×\(m.columns) matrix y"
            } else if given.count == m.columns {
                series = m.rowArrays
                byRows = true
                each = "row of the \(m.rows)×\(m.columns) matrix y"
            } else {
                throw .invalidArgument(
                    name: "the number of x values", value: Double(given.count),
                    requirement: "\(m.rows) (one per row of the \(m.rows)×\(m.columns) matrix y) or \(m.columns) (one per column)"
                )
            }
        default:
            series = []
            each = "line"
        }
        let count = series.first?.count ?? 0
        guard count > 0, !series.isEmpty else { throw .empty(operation: "lines") }
        try FigureArguments.limit(series.count, "lines", Figure.maximumSeries)
        try FigureArguments.limit(count, "points", Figure.maximumPoints)
        let x = given.isEmpty ? (0..<count).map(Double.init) : given
        try FigureArguments.requireFinite(x)
        try FigureArguments.requireFinite(series.joined())
        let labels = try FigureArguments.labels(
            arguments[2], "labels", count: series.count, each: each,
            default: { isVector ? "" : (byRows ? "row \($0)" : "column \($0)") }
        )
        let kind = Figure.Kind.lines(
            x: x, series: zip(labels, series).map { Figure.Series(name: $0, values: $1) },
            xLabel: FigureArguments.text(arguments[4]), yLabel: FigureArguments.text(arguments[5])
        )
        return .figure(Figure(kind, title: FigureArguments.text(arguments[3])))
    }

    /// `table(_:rows:columns:)`: a vector (one column) or a matrix with labelled rows and columns.
    private static let labelledTable = Builtin(
        "table",
        [
            .init(nil, "values", .vectorOrMatrix),
            .init("rows", "rows", .strings, default: .strings([])),
            .init("columns", "columns", .strings, default: .strings([])),
        ],
        .table,
        summary: "a table of a matrix, or of a vector as one column, with row labels (indices when left out) and column "
            + "headers (one per column, or one more to name the row labels' column)",
        example: #"table([[0.7, 0.3], [0.2, 0.8]], rows: ["The", "car"], columns: ["The", "car"])"#
    ) { arguments throws(TransformerError) in
        let columns: [[Double]]
        let shape: String
        switch arguments[0] {
        case let .matrix(m):
            columns = (0..<m.columns).map { FigureArguments.column(m, $0) }
            shape = "the \(m.rows)×\(m.columns) matrix"
        case let .vector(v):
            columns = [v]
            shape = "the \(v.count)-element vector"
        default:
            columns = []
            shape = "the values"
        }
        let rowCount = columns.first?.count ?? 0
        guard rowCount > 0 else { throw .empty(operation: "table") }
        let isVector = if case .vector = arguments[0] { true } else { false }
        let rows = try FigureArguments.labels(
            arguments[1], "row labels", count: rowCount, each: isVector ? "element of \(shape)" : "row of \(shape)",
            default: { String($0) }
        )
        let headers = try FigureArguments.headers(
            arguments[2], count: columns.count, each: isVector ? "column (the vector)" : "column of \(shape)",
            default: { isVector ? "value" : String($0) }
        )
        return .table(FigureArguments.table(rows: rows, headers: headers, columns: columns))
    }

    /// `table(rows:columns:values:)`: a table given column by column, each row of `values` one column.
    private static let tableOfColumns = Builtin(
        "table",
        [
            .init("rows", "rows", .strings, default: .strings([])),
            .init("columns", "columns", .strings),
            .init("values", "values", .vectorOrMatrix),
        ],
        .table,
        summary: "a table given column by column: each row of values (a vector: the only one) is a column, headed by "
            + "columns (one more header names the row labels' column); rows labels the rows when given",
        example: #"table(columns: ["T", "max p"], values: [[0.5, 1, 2], [0.867, 0.665, 0.506]])"#
    ) { arguments throws(TransformerError) in
        let columns: [[Double]]
        let shape: String
        switch arguments[2] {
        case let .matrix(m):
            columns = m.rowArrays
            shape = "the \(m.rows)×\(m.columns) matrix values"
        case let .vector(v):
            columns = [v]
            shape = "the \(v.count)-element vector values"
        default:
            columns = []
            shape = "the values"
        }
        let rowCount = columns.first?.count ?? 0
        guard rowCount > 0 else { throw .empty(operation: "table") }
        let isVector = if case .vector = arguments[2] { true } else { false }
        let given = FigureArguments.strings(arguments[0])
        let rows: [String]? = given.isEmpty ? nil : try FigureArguments.labels(
            arguments[0], "row labels", count: rowCount, each: isVector ? "element of \(shape)" : "column of \(shape)",
            default: { String($0) }
        )
        let headers = try FigureArguments.headers(
            arguments[1], count: columns.count, each: isVector ? "column (the vector values)" : "row of \(shape)",
            allowsCorner: rows != nil, default: { String($0) }
        )
        return .table(FigureArguments.table(rows: rows, headers: headers, columns: columns))
    }
}
