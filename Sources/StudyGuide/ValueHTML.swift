import ComputeLanguage

/// The HTML of the values a cell shows besides numbers, vectors and matrices: tables, figures, records and lists of
/// strings. Every text from the lesson is escaped.
enum ValueHTML {
    /// A value's HTML below its expression; `id` is the base of the ids of any figure in it.
    static func render(_ value: Value, precision: Int, id: String) -> String {
        if let record = value.displayRecord { return render(record, precision: precision, id: id) }
        switch value {
        case let .table(table): return render(table, precision: precision)
        case let .figure(figure): return render(figure, precision: precision, id: id)
        case let .record(record) where !record.isShownInline: return render(record, precision: precision, id: id)
        case let .strings(list): return render(strings: list)
        default:
            if let grid = NumberGrid(value, precision: precision) { return CellHTMLRenderer.render(grid) }
            return "<div class=\"value scalar\">\(HTML.escape(NumberGrid.scalarText(value, precision: precision) ?? ""))</div>\n"
        }
    }

    /// A labelled table: headers, the first column as row headers when it labels the rows, numbers right-aligned.
    static func render(_ table: Table, precision: Int) -> String {
        let layout = TableLayout(table, precision: precision)
        var html = "<table class=\"labelled\">\n<thead><tr>"
        for (index, header) in layout.headers.enumerated() {
            html += (layout.numeric[index] ? "<th scope=\"col\" class=\"number\">" : "<th scope=\"col\">") + HTML.escape(header) + "</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in layout.rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                if index == 0, layout.hasRowLabels {
                    html += "<th scope=\"row\">\(HTML.escape(cell))</th>"
                } else {
                    html += (layout.numeric[index] ? "<td class=\"number\">" : "<td>") + HTML.escape(cell) + "</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// A figure as inline SVG, in a box that scrolls sideways when the figure is wider than the page.
    static func render(_ figure: Figure, precision: Int, id: String) -> String {
        "<figure class=\"figure\"><div class=\"figure-scroll\">\n" + FigureSVG(figure: figure, id: id, precision: precision).render(.inline)
            + "\n</div></figure>\n"
    }

    /// A record's members, each named and shown as its value is.
    static func render(_ record: Record, precision: Int, id: String) -> String {
        var html = "<dl class=\"record\">\n"
        for (index, member) in record.members.enumerated() {
            html += "<dt><code>.\(HTML.escape(member.name))</code></dt>\n<dd>\n"
            html += render(member.value, precision: precision, id: "\(id)-\(index + 1)") + "</dd>\n"
        }
        return html + "</dl>\n"
    }

    /// A list of strings as a row of cells under their indices, like a vector; `[]` when empty.
    static func render(strings list: [String]) -> String {
        guard !list.isEmpty else { return "<div class=\"value scalar\">[]</div>\n" }
        var html = "<table class=\"value strings\">\n<thead><tr>"
        html += list.indices.map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n<tr>"
        html += list.map { "<td>\(HTML.escape($0))</td>" }.joined()
        return html + "</tr>\n</tbody>\n</table>\n"
    }
}
