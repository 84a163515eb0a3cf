import ComputeLanguage
import LessonDocument

/// Renders one evaluated cell as HTML: the code, then its results, expectations and diagnostics.
struct CellHTMLRenderer {
    /// The lesson's lines, for quoting its diagnostics.
    let lines: SourceLines

    /// The cell's HTML, which replaces its placeholder in the page.
    func render(_ evaluated: EvaluatedCell) -> String {
        let cell = evaluated.cell
        let id = HTML.escape(cell.anchor)
        var html = "<section class=\"cell\" id=\"\(id)\">\n"
        if cell.options.echo {
            html += "<pre class=\"code\"><code class=\"language-swift\">\(CodeHTML.highlighted(Self.displayedCode(cell)))</code></pre>\n"
        }
        var results = evaluated.outputs.enumerated().map { index, output in
            renderOutput(output, precision: evaluated.precision, id: FigureID.make(anchor: cell.anchor, output: index))
        }.joined()
        if !evaluated.expectations.isEmpty {
            results += "<ul class=\"expectations\">\n"
            for expectation in evaluated.expectations {
                let (kind, mark) = expectation.passed ? ("passed", "✓") : ("failed", "✗")
                results += "<li class=\"\(kind)\"><span class=\"mark\">\(mark)</span> <code>#expect(\(HTML.escape(expectation.condition)))</code></li>\n"
            }
            results += "</ul>\n"
        }
        for diagnostic in evaluated.diagnostics {
            let text = DiagnosticFormatter.text(diagnostic, lines: lines)
            results += "<pre class=\"diagnostic \(diagnostic.severity.rawValue)\">\(HTML.escape(text))</pre>\n"
        }
        if !results.isEmpty {
            html += "<div class=\"results\">\n" + results + "</div>\n"
        }
        return html + "</section>"
    }

    /// One output: its expression, then its value; `id` is the base of the ids of a figure in it.
    private func renderOutput(_ output: CellOutput, precision: Int, id: String) -> String {
        var html = "<div class=\"output\">\n<div class=\"expression\"><code>\(HTML.escape(output.source))</code></div>\n"
        switch output.value {
        case let .record(record) where record.isShownInline:
            break
        case .figure, .table, .record, .strings:
            return html + ValueHTML.render(output.value, precision: precision, id: id) + "</div>\n"
        case .list where output.value.displayRecord != nil:
            return html + ValueHTML.render(output.value, precision: precision, id: id) + "</div>\n"
        default:
            break
        }
        if let table = NumberGrid(output.value, precision: precision) {
            html += Self.render(table)
        } else if let text = NumberGrid.scalarText(output.value, precision: precision) {
            html += "<div class=\"value scalar\">\(HTML.escape(text))</div>\n"
        }
        return html + "</div>\n"
    }

    /// A vector or matrix as an HTML table with index headers.
    static func render(_ table: NumberGrid) -> String {
        var html = "<table class=\"value \(table.rowHeaders == nil ? "vector" : "matrix")\">\n<thead><tr>"
        if table.rowHeaders != nil { html += "<th></th>" }
        html += table.columnHeaders.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (index, row) in table.rows.enumerated() {
            html += "<tr>"
            if let headers = table.rowHeaders { html += "<th>\(HTML.escape(headers[index]))</th>" }
            html += row.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The code as shown: without the leading `//|` option lines.
    static func displayedCode(_ cell: ComputeCell) -> String {
        var lines = cell.code.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let first = lines.first, first.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("//|") {
            lines = lines.dropFirst()
        }
        var text = lines.joined(separator: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
