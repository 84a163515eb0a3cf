import ComputeLanguage

/// The GitHub-flavoured Markdown of the values a cell shows besides numbers, vectors and matrices: tables, figures
/// (as images of their SVG files), records and lists of strings. Lesson text in them is escaped.
enum ValueMarkdown {
    /// The lines that show `value` under `heading` (its expression, already a code span), or nil for values that
    /// `NumberGrid` shows; `figure` gives the file of a figure output.
    static func lines(_ value: Value, heading: String, precision: Int, figure: (Figure) -> String?) -> [String]? {
        if let record = value.displayRecord {
            return lines(.record(record), heading: heading, precision: precision, figure: figure)
        }
        switch value {
        case let .table(table):
            return ["\(heading) →", ""] + render(table, precision: precision)
        case let .strings(list) where list.isEmpty:
            return ["\(heading) → `[]`"]
        case let .strings(list):
            return ["\(heading) →", ""] + render(strings: list)
        case let .figure(shown):
            guard let path = figure(shown) else {
                return ["\(heading) → *\(escape(FigureSVG(figure: shown, id: "figure", precision: precision).title))*"]
            }
            return ["\(heading) →", "", image(shown, path: path, precision: precision)]
        case let .record(record) where !record.isShownInline:
            var lines = ["\(heading) → \(escape(record.typeName))"]
            for member in record.members {
                let name = MarkdownPageRenderer.inlineCode("." + member.name)
                lines.append("")
                if let nested = Self.lines(member.value, heading: name, precision: precision, figure: { _ in nil }) {
                    lines += nested
                } else if let grid = NumberGrid(member.value, precision: precision) {
                    lines += ["\(name) →", ""] + MarkdownPageRenderer.render(grid)
                } else {
                    let text = NumberGrid.scalarText(member.value, precision: precision) ?? ""
                    lines.append("\(name) → \(MarkdownPageRenderer.inlineCode(text))")
                }
            }
            return lines
        default:
            return nil
        }
    }

    /// `![title](path)`, the image of a figure's file.
    static func image(_ figure: Figure, path: String, precision: Int) -> String {
        let title = FigureSVG(figure: figure, id: "figure", precision: precision).title
        var alt = ""
        for character in title {
            if "\\[]".contains(character) { alt.append("\\") }
            alt.append(character == "\n" || character == "\r" ? " " : character)
        }
        let destination = path.contains(where: { " ()<>".contains($0) }) ? "<\(path)>" : path
        return "![\(alt)](\(destination))"
    }

    /// A GFM table: headers, numbers right-aligned, the row labels bold.
    static func render(_ table: Table, precision: Int) -> [String] {
        let layout = TableLayout(table, precision: precision)
        var lines = ["| " + layout.headers.map(escape).joined(separator: " | ") + " |"]
        lines.append("|" + layout.numeric.map { $0 ? "--:" : "---" }.joined(separator: "|") + "|")
        for row in layout.rows {
            let cells = row.enumerated().map { index, cell in
                index == 0 && layout.hasRowLabels && !cell.isEmpty ? "**\(escape(cell))**" : escape(cell)
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    /// A list of strings as a one-row GFM table under their indices.
    static func render(strings list: [String]) -> [String] {
        [
            "| " + list.indices.map(String.init).joined(separator: " | ") + " |",
            "|" + list.map { _ in ":-:" }.joined(separator: "|") + "|",
            "| " + list.map(escape).joined(separator: " | ") + " |",
        ]
    }

    /// `text` safe in a GFM table cell and in prose: Markdown's special characters backslash-escaped (`|` too, so
    /// it never splits a cell; `<` so no HTML starts), line breaks as spaces.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\n", "\r", "\r\n": escaped.append(" ")
            default:
                if "\\`*_[]<>|#&!~$".contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
        }
        return escaped
    }
}
