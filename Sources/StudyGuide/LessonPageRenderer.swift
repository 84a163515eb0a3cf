import Foundation
import LessonDocument

/// Renders a lesson's HTML page: its prose from cmark-gfm with each cell spliced into its place.
struct LessonPageRenderer {
    let guideTitle: String
    let sidebar: SidebarRenderer

    /// The page of `lesson`, with links to the lessons before and after it.
    func render(_ lesson: EvaluatedLesson, previous: Lesson?, next: Lesson?) -> String {
        let cells = CellHTMLRenderer(lines: lesson.lesson.lines)
        var replacements: [String: String] = [:]
        for evaluated in lesson.cells {
            replacements[Lesson.placeholder(for: evaluated.cell.index)] = cells.render(evaluated)
        }
        for inline in lesson.inlines {
            replacements[Lesson.inlinePlaceholder(for: inline.expression.index)] = Self.render(inline)
        }
        var body = CodeHTML.highlightingSwiftBlocks(in: lesson.lesson.html).replacingPlaceholders(replacements)
        let blocks = lesson.cells.map(\.cell.blockLines).sorted { $0.lowerBound < $1.lowerBound }
        let unattached = lesson.diagnostics.filter { !Self.line($0.location.line, isIn: blocks) }
        if !unattached.isEmpty {
            body += unattached.map {
                "<pre class=\"diagnostic \($0.severity.rawValue)\">\(HTML.escape(DiagnosticFormatter.text($0, lines: lesson.lesson.lines)))</pre>\n"
            }.joined()
        }
        body += pager(previous: previous, next: next)
        return PageLayout.page(
            title: "\(lesson.lesson.title) · \(guideTitle)", guideTitle: guideTitle, sidebar: sidebar.render(current: lesson.lesson), body: body)
    }

    /// An inline value in its place: a claim marked verified or failed, hovering shows the expression; a source, where
    /// one is named, follows as a visible citation and is in the hover text too.
    static func render(_ inline: EvaluatedInline) -> String {
        let expression = inline.expression.expression
        let source = inline.expression.source
        let cited = source.map { "; source: \($0)" } ?? ""
        let (kind, title): (String, String) = switch inline.status {
        case .value: ("inline-value", expression)
        case .verified: ("claim verified", "✓ \(expression) = \(inline.detail)\(cited)")
        case .failed: ("claim failed", "✗ \(expression) = \(inline.detail), not \(inline.text)\(cited)")
        case .sourced: ("sourced-number", "from a source, not computed\(cited)")
        case .error: ("inline-error", "error: \(inline.detail)")
        }
        let span = "<span class=\"\(kind)\" id=\"\(inline.anchor)\" title=\"\(HTML.escape(title))\">\(HTML.escape(inline.text))</span>"
        guard let source, inline.status != .error else { return span }
        return span + " <small class=\"source\">(source: <cite>\(HTML.escape(source))</cite>)</small>"
    }

    /// Whether `line` falls in one of `blocks` (sorted, disjoint): a binary search, so that a lesson of many blocks
    /// and many diagnostics is not tested block by diagnostic (25,000 of each took 20 s in a release build).
    static func line(_ line: Int, isIn blocks: [ClosedRange<Int>]) -> Bool {
        var (low, high) = (0, blocks.count)
        while low < high {
            let middle = (low + high) / 2
            if blocks[middle].lowerBound <= line { low = middle + 1 } else { high = middle }
        }
        return low > 0 && blocks[low - 1].contains(line)
    }

    private func pager(previous: Lesson?, next: Lesson?) -> String {
        let back = previous.map { "<a class=\"previous\" href=\"\(HTML.escape(PageLink.html($0.name)))\">← \(HTML.escape($0.title))</a>" } ?? "<span></span>"
        let forward = next.map { "<a class=\"next\" href=\"\(HTML.escape(PageLink.html($0.name)))\">\(HTML.escape($0.title)) →</a>" } ?? "<span></span>"
        return "<nav class=\"pager\">\(back)\(forward)</nav>"
    }
}

extension String {
    /// The string with each `<!--study-…-->` placeholder that `replacements` names replaced by its text, the first
    /// time it occurs, in one pass over the bytes (a page has hundreds of placeholders; replacing them one by one was
    /// quadratic, and Foundation's search bridged the whole page for each one).
    func replacingPlaceholders(_ replacements: [String: String]) -> String {
        var remaining = replacements
        let bytes = Array(utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + replacements.values.reduce(0) { $0 + $1.utf8.count })
        let opening = Array("<!--study-".utf8)
        let closing = Array("-->".utf8)
        var position = 0
        while let start = bytes.firstOffset(of: opening, from: position),
              let closingAt = bytes.firstOffset(of: closing, from: start + opening.count) {
            let end = closingAt + closing.count
            result += bytes[position..<start]
            let placeholder = String(decoding: bytes[start..<end], as: UTF8.self)
            if let replacement = remaining.removeValue(forKey: placeholder) {
                result += replacement.utf8
            } else {
                result += bytes[start..<end]
            }
            position = end
        }
        result += bytes[position...]
        return String(decoding: result, as: UTF8.self)
    }
}
