import ComputeLanguage
import LessonDocument

/// Renders a lesson as GitHub-flavoured Markdown: the author's own bytes, each cell's fence relabelled
/// `swift` (so GitHub highlights it) without its `//|` option lines, its results spliced after it, and math
/// delimiters as GitHub reads them.
struct MarkdownPageRenderer {
    /// The Markdown page of `lesson`: the source with every splice applied (cells with their results, and
    /// math rewritten as GitHub renders it: `\(x\)` as `$x$`, `\[x\]` as `$$x$$`), without its front matter, which
    /// GitHub would show as a table.
    func render(_ lesson: EvaluatedLesson) -> String {
        let source = Array(lesson.lesson.source.utf8)
        var splices = lesson.cells.map { evaluated in
            SourceEdit(evaluated.cell.blockRange, renderBlock(evaluated, source: source, lines: lesson.lesson.lines))
        }
        splices += lesson.lesson.math.flatMap { span in span.githubEdits.map { SourceEdit($0.range, $0.replacement) } }
        splices += lesson.inlines.map { SourceEdit($0.expression.spanRange, Self.markdownText($0)) }
        if let front = lesson.lesson.frontMatterRange {
            splices.append(SourceEdit(front, ""))
        }
        return lesson.lesson.source.applying(splices)
    }

    private func renderBlock(_ evaluated: EvaluatedCell, source: [UInt8], lines: SourceLines) -> String {
        let cell = evaluated.cell
        var text = ""
        if cell.options.echo {
            let lines = Self.lines(of: source[cell.blockRange])
            let info = cell.infoRange.clamped(to: cell.blockRange)
            let optionLines = Self.optionLineCount(cell.code)
            for (index, line) in lines.enumerated() {
                if index == 0, let firstLine = lines.first {
                    let start = cell.blockRange.lowerBound
                    let head = source[start..<info.lowerBound]
                    let tail = source[info.upperBound..<(start + firstLine.count)]
                    text += String(decoding: head, as: UTF8.self) + "swift" + String(decoding: tail, as: UTF8.self)
                } else if index > optionLines {
                    text += String(decoding: line, as: UTF8.self)
                }
            }
            if !text.hasSuffix("\n") { text += "\n" }
        }
        return text + renderResults(evaluated, lines: lines)
    }

    /// The results as a block quote inside the cell's container (list item or quote).
    private func renderResults(_ evaluated: EvaluatedCell, lines: SourceLines) -> String {
        var parts: [[String]] = []
        for (index, output) in evaluated.outputs.enumerated() {
            let expression = Self.inlineCode(Self.oneLine(output.source))
            let figure = { (_: Figure) in figures.path(cell: evaluated.cell.index, output: index).map(PageLink.encoded) }
            if let lines = ValueMarkdown.lines(output.value, heading: expression, precision: evaluated.precision, figure: figure) {
                parts.append(lines)
            } else if let table = NumberGrid(output.value, precision: evaluated.precision) {
                parts.append(["\(expression) →", ""] + Self.render(table))
            } else if let scalar = NumberGrid.scalarText(output.value, precision: evaluated.precision) {
                parts.append(["\(expression) → \(Self.inlineCode(scalar))"])
            }
        }
        if !evaluated.expectations.isEmpty {
            parts.append(evaluated.expectations.map { ($0.passed ? "- ✓ " : "- ✗ ") + Self.inlineCode("#expect(\($0.condition))") })
        }
        for diagnostic in evaluated.diagnostics {
            let text = DiagnosticFormatter.text(diagnostic, lines: lines)
            parts.append(["```text"] + text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) + ["```"])
        }
        guard !parts.isEmpty else { return "" }
        let prefix = evaluated.cell.closingPrefix
        let blank = String(prefix.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
        let quoted = parts.map { $0.map { $0.isEmpty ? ">" : "> " + $0 } }
            .joined(separator: [">"])
        let separator = evaluated.cell.options.echo ? blank + "\n" : ""
        return separator + quoted.map { prefix + $0 + "\n" }.joined() + blank + "\n"
    }

    /// The lesson's figure files, which the results show as images (without them, each figure's title).
    var figures = LessonFigures()

    /// An inline value as Markdown text: numbers (with their units) as they are, other text with Markdown's special
    /// characters escaped, and a named source after it in parentheses.
    static func markdownText(_ inline: EvaluatedInline) -> String {
        guard inline.status != .error else { return inlineCode(inline.expression.isSourcedNumber ? inline.text : inline.expression.expression) }
        return escaped(inline.text) + (inline.expression.source.map { " (source: \(escaped($0)))" } ?? "")
    }

    /// `text` with a backslash before each of Markdown's special characters.
    private static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// A GFM table with index headers, numbers right-aligned.
    static func render(_ table: NumberGrid) -> [String] {
        let corner = table.rowHeaders == nil ? [] : [" "]
        var lines = ["| " + (corner + table.columnHeaders).joined(separator: " | ") + " |"]
        lines.append("|" + (corner.map { _ in "---" } + table.columnHeaders.map { _ in "--:" }).joined(separator: "|") + "|")
        for (index, row) in table.rows.enumerated() {
            let head = table.rowHeaders.map { ["**\($0[index])**"] } ?? []
            lines.append("| " + (head + row).joined(separator: " | ") + " |")
        }
        return lines
    }

    /// `text` as a Markdown code span, fenced with enough backticks.
    static func inlineCode(_ text: String) -> String {
        var fence = "`"
        while text.contains(fence) { fence += "`" }
        let padded = text.hasPrefix("`") || text.hasSuffix("`") ? " \(text) " : text
        return fence + padded + fence
    }

    /// `text` with every line break and the indentation after it made one space, so that an expression written
    /// over several lines stays one code span inside the results' block quote.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingPrefix(while: { $0 == " " || $0 == "\t" }) }
            .joined(separator: " ")
    }

    /// The number of leading `//|` option lines of a cell's code.
    static func optionLineCount(_ code: String) -> Int {
        var count = 0
        for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("//|") else { break }
            count += 1
        }
        return count
    }

    /// The lines of some bytes, each keeping its line ending.
    static func lines(of bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            lines.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.endIndex { lines.append(bytes[start...]) }
        return lines
    }
}
