import Testing
import TransformerCore
@testable import ComputeLanguage

@Suite("Builtins: heatmap, bars, lines and table")
struct FigureBuiltinTests {
    private func figureOf(_ code: String, sourceLocation: SourceLocation = #_sourceLocation) -> Figure? {
        guard case let .figure(figure)? = Compute.value(code, sourceLocation: sourceLocation) else { return nil }
        return figure
    }

    private func tableOf(_ code: String, sourceLocation: SourceLocation = #_sourceLocation) -> Table? {
        guard case let .table(table)? = Compute.value(code, sourceLocation: sourceLocation) else { return nil }
        return table
    }

    // MARK: Values

    @Test("heatmap keeps the matrix, its labels and its title")
    func testHeatmap() throws {
        let figure = try #require(figureOf(#"""
            let tokens = ["The", "car"]
            heatmap([[0.7, 0.3], [0.2, 0.8]], rows: tokens, columns: tokens, title: "Attention")
            """#))
        #expect(figure.title == "Attention")
        #expect(figure.kind == .heatmap(values: try Matrix([[0.7, 0.3], [0.2, 0.8]]), rows: ["The", "car"], columns: ["The", "car"]))
        #expect(figure.kindName == "heatmap")
    }

    @Test("heatmap labels rows and columns by index when no labels are given")
    func testHeatmapDefaults() throws {
        let figure = try #require(figureOf("heatmap([[1, 2, 3], [4, 5, 6]])"))
        #expect(figure.title == "")
        #expect(figure.kind == .heatmap(values: try Matrix([[1, 2, 3], [4, 5, 6]]), rows: ["0", "1"], columns: ["0", "1", "2"]))
    }

    @Test("bars: a matrix's rows are the series, its columns the categories")
    func testBarsOfMatrix() throws {
        let figure = try #require(figureOf(#"""
            let z: Vector = [2, 1, 0]
            bars([softmax(z, temperature: 0.5), softmax(z), softmax(z, temperature: 2)], labels: ["T=0.5", "T=1", "T=2"], categories: ["a", "b", "c"], yLabel: "p")
            """#))
        guard case let .bars(categories, series, xLabel, yLabel) = figure.kind else {
            Issue.record("not bars: \(figure.kind)")
            return
        }
        #expect(categories == ["a", "b", "c"])
        #expect(series.map(\.name) == ["T=0.5", "T=1", "T=2"])
        #expect(series.allSatisfy { $0.values.count == 3 })
        #expect(isClose(series[1].values, try Softmax.apply([2, 1, 0], temperature: 1)))
        #expect(isClose(series[0].values, try Softmax.apply([2, 1, 0], temperature: 0.5)))
        #expect(xLabel == "")
        #expect(yLabel == "p")
    }

    @Test("bars of a vector: one unnamed series, categories by index or as given")
    func testBarsOfVector() {
        #expect(figureOf("bars([3, 1, 2])")?.kind == .bars(categories: ["0", "1", "2"], series: [.init(name: "", values: [3, 1, 2])], xLabel: "", yLabel: ""))
        #expect(figureOf(#"bars([3, 1], labels: ["count"], categories: ["x", "y"], title: "t")"#)
            == Figure(.bars(categories: ["x", "y"], series: [.init(name: "count", values: [3, 1])], xLabel: "", yLabel: ""), title: "t"))
        #expect(figureOf("bars([[1, 2], [3, 4]])")?.kind
            == .bars(categories: ["0", "1"], series: [.init(name: "row 0", values: [1, 2]), .init(name: "row 1", values: [3, 4])], xLabel: "", yLabel: ""))
    }

    @Test("lines: x defaults to 0, 1, 2, …; a matrix's columns are the lines")
    func testLinesOfColumns() {
        #expect(figureOf("lines(y: [1, 4, 9])")?.kind == .lines(x: [0, 1, 2], series: [.init(name: "", values: [1, 4, 9])], xLabel: "", yLabel: ""))
        let expected = Figure.Kind.lines(
            x: [0, 1, 2], series: [.init(name: "sin", values: [1, 3, 5]), .init(name: "cos", values: [2, 4, 6])], xLabel: "position", yLabel: ""
        )
        #expect(figureOf(#"lines(y: [[1, 2], [3, 4], [5, 6]], labels: ["sin", "cos"], xLabel: "position")"#)?.kind == expected)
        #expect(figureOf("lines(x: [10, 20, 30], y: [[1, 2], [3, 4], [5, 6]])")?.kind == .lines(
            x: [10, 20, 30], series: [.init(name: "column 0", values: [1, 3, 5]), .init(name: "column 1", values: [2, 4, 6])], xLabel: "", yLabel: ""
        ))
    }

    @Test("lines: when only a matrix's columns match x, its rows are the lines")
    func testLinesOfRows() {
        let figure = figureOf(#"lines(x: [0.5, 1, 2], y: [[0.1, 0.5, 0.9], [0.2, 0.4, 0.6]], labels: ["z1", "z2"], title: "H", xLabel: "T", yLabel: "entropy")"#)
        #expect(figure == Figure(.lines(
            x: [0.5, 1, 2], series: [.init(name: "z1", values: [0.1, 0.5, 0.9]), .init(name: "z2", values: [0.2, 0.4, 0.6])], xLabel: "T", yLabel: "entropy"
        ), title: "H"))
    }

    @Test("table of a matrix: row labels as a first text column, headers per column (or one more for the labels)")
    func testLabelledTable() {
        #expect(tableOf(#"table([[0.7, 0.3], [0.2, 0.8]], rows: ["The", "car"], columns: ["The", "car"])"#)
            == Table(columns: ["", "The", "car"], rows: [[.text("The"), .real(0.7), .real(0.3)], [.text("car"), .real(0.2), .real(0.8)]]))
        #expect(tableOf(#"table([[1, 2]], rows: ["x"], columns: ["token", "a", "b"])"#)
            == Table(columns: ["token", "a", "b"], rows: [[.text("x"), .real(1), .real(2)]]))
        #expect(tableOf("table([[1, 2], [3, 4]])")
            == Table(columns: ["", "0", "1"], rows: [[.text("0"), .real(1), .real(2)], [.text("1"), .real(3), .real(4)]]))
        #expect(tableOf(#"table([0.5, 0.25], rows: ["a", "b"], columns: ["p"])"#)
            == Table(columns: ["", "p"], rows: [[.text("a"), .real(0.5)], [.text("b"), .real(0.25)]]))
        #expect(tableOf("table([0.5, 0.25])") == Table(columns: ["", "value"], rows: [[.text("0"), .real(0.5)], [.text("1"), .real(0.25)]]))
    }

    @Test("table given column by column")
    func testTableOfColumns() {
        #expect(tableOf(#"table(columns: ["T", "max p"], values: [[0.5, 1, 2], [0.867, 0.665, 0.506]])"#)
            == Table(columns: ["T", "max p"], rows: [[.real(0.5), .real(0.867)], [.real(1), .real(0.665)], [.real(2), .real(0.506)]]))
        #expect(tableOf(#"table(rows: ["a", "b"], columns: ["token", "p"], values: [0.75, 0.25])"#)
            == Table(columns: ["token", "p"], rows: [[.text("a"), .real(0.75)], [.text("b"), .real(0.25)]]))
        #expect(tableOf(#"table(columns: ["p"], values: [0.75, 0.25])"#) == Table(columns: ["p"], rows: [[.real(0.75)], [.real(0.25)]]))
    }

    @Test("figures and tables are values: bound to names, shown as outputs, and get no result comment")
    func testFiguresAsValues() {
        let run = Compute.run("let h = heatmap([[1, 2]])\nh\ntable([1, 2])")
        #expect(run.diagnostics.isEmpty)
        #expect(run.outputs.map(\.value.typeName) == ["Figure", "Table"])
    }

    @Test("the registry documents every figure builtin, and each example runs")
    func testRegistry() {
        let selectors = BuiltinRegistry.figures.map(\.selector)
        #expect(selectors == [
            "heatmap(_:rows:columns:title:scale:)", "bars(_:labels:categories:title:xLabel:yLabel:)",
            "lines(x:y:labels:title:xLabel:yLabel:)", "table(_:rows:columns:)", "table(rows:columns:values:)",
        ])
        #expect(BuiltinRegistry.figures.first?.signature
            == #"heatmap(_ values: Matrix, rows: [String] = [], columns: [String] = [], title: String = "", scale: Vector = []) -> Figure"#)
        for builtin in BuiltinRegistry.figures {
            #expect(BuiltinRegistry.all.contains { $0.selector == builtin.selector })
            let run = Compute.run(builtin.example)
            #expect(run.diagnostics.isEmpty, "\(builtin.example): \(run.diagnostics.map(\.message))")
            #expect(run.outputs.count == 1)
        }
    }

    // MARK: Diagnostics

    @Test("labels that do not fit the shape are located errors naming the shape", arguments: [
        ErrorCase(#"heatmap([[1, 2], [3, 4], [5, 6]], rows: ["a", "b"])"#,
                  "heatmap: the number of row labels must be 3, one per row of the 3×2 matrix, got 2", 1, 41),
        ErrorCase(#"heatmap([[1, 2], [3, 4], [5, 6]], rows: ["a", "b", "c"], columns: ["x"])"#,
                  "heatmap: the number of column labels must be 2, one per column of the 3×2 matrix, got 1", 1, 67),
        ErrorCase("let m: Matrix = [[1, 2, 3], [4, 5, 6]]\n" + #"bars(m, labels: ["T=1"])"#,
                  "bars: the number of labels must be 2, one per row of the 2×3 matrix, got 1", 2, 17),
        ErrorCase(#"bars([1, 2, 3], categories: ["a", "b"])"#,
                  "bars: the number of categories must be 3, one per element of the 3-element vector, got 2", 1, 29),
        ErrorCase(#"bars([1, 2], labels: ["a", "b"])"#,
                  "bars: the number of labels must be 1, one per series (the vector), got 2", 1, 22),
        ErrorCase("lines(x: [1, 2], y: [1, 2, 3])",
                  "lines: the number of x values must be 3, one per element of the 3-element vector y, got 2", 1, 10),
        ErrorCase("lines(x: [1, 2, 3, 4], y: [[1, 2], [3, 4], [5, 6]])",
                  "lines: the number of x values must be 3 (one per row of the 3×2 matrix y) or 2 (one per column), got 4", 1, 10),
        ErrorCase(#"lines(y: [[1, 2], [3, 4]], labels: ["only one"])"#,
                  "lines: the number of labels must be 2, one per column of the 2×2 matrix y, got 1", 1, 36),
        ErrorCase(#"table([[1, 2]], rows: ["a"], columns: ["x", "y", "z", "w"])"#,
                  "table: the number of column headers must be 2, one per column of the 1×2 matrix (or 3 with a header for the row labels first), got 4", 1, 39),
        ErrorCase(#"table(columns: ["a", "b", "c"], values: [[1, 2], [3, 4]])"#,
                  "table: the number of column headers must be 2, one per row of the 2×2 matrix values, got 3", 1, 16),
        ErrorCase(#"table(rows: ["a"], columns: ["x"], values: [1, 2])"#,
                  "table: the number of row labels must be 2, one per element of the 2-element vector values, got 1", 1, 13),
    ])
    func testLabelCounts(_ error: ErrorCase) {
        error.check()
    }

    @Test("wrong argument types, labels and sizes are located errors", arguments: [
        ErrorCase("heatmap([[1, 2]], rows: [1])",
                  "cannot convert value of type 'Vector' to expected argument type '[String]'", 1, 25),
        ErrorCase("heatmap([1, 2])",
                  "cannot convert value of type 'Vector' to expected argument type 'Matrix'", 1, 9),
        ErrorCase(#"heatmap([[1, 2]], title: 3)"#,
                  "cannot convert value of type 'Int' to expected argument type 'String'", 1, 26),
        ErrorCase(#"bars([1, 2], categories: ["a", "b"], labels: ["x"])"#,
                  "incorrect argument labels in call (have 'bars(_:categories:labels:)', expected 'bars(_:labels:categories:title:xLabel:yLabel:)')", 1, 38),
        ErrorCase(#"heatmap(["a"])"#,
                  "cannot convert value of type '[String]' to expected argument type 'Matrix'", 1, 9),
    ])
    func testArgumentErrors(_ error: ErrorCase) {
        error.check()
    }

    @Test("figures bigger than a reader can read are refused")
    func testSizeLimits() {
        let rows = Array(repeating: "[1, 2]", count: Figure.maximumHeatmapSide + 1).joined(separator: ", ")
        let error = Compute.onlyError("heatmap([\(rows)])")
        #expect(error?.message == "heatmap: the number of rows must be at most 64, got 65")
        let series = Array(repeating: "[1, 2]", count: Figure.maximumSeries + 1).joined(separator: ", ")
        #expect(Compute.onlyError("bars([\(series)])")?.message == "bars: the number of series must be at most 12, got 13")
    }

    @Test("a failed figure does not cascade into later uses of its name")
    func testNoCascade() {
        let run = Compute.run("let h = heatmap([[1, 2]], rows: [\"a\", \"b\"])\nh\nh")
        #expect(run.diagnostics.count == 1)
    }
}
