extension InlineExpression {
    /// What a code span's content starts with to be an inline expression.
    static let marker = Array("{swift}".utf8)

    /// The parts of a content that starts with `marker`: the expression's bytes, the offset of the first `=>` (which
    /// separates a claim's expression from the number written for it), and the written number's bytes (each range
    /// trimmed of spaces and tabs; nil when there is no `=>`).
    static func parts(of content: [UInt8]) -> (expression: Range<Int>, separator: Int?, written: Range<Int>?) {
        let start = min(marker.count, content.count)
        var separator: Int?
        var index = start
        while index + 1 < content.count {
            if content[index] == UInt8(ascii: "="), content[index + 1] == UInt8(ascii: ">") {
                separator = index
                break
            }
            index += 1
        }
        let expression = trimmed(start..<(separator ?? content.count), in: content)
        return (expression, separator, separator.map { trimmed(($0 + 2)..<content.count, in: content) })
    }

    /// Reads `span`, whose content starts with `marker`, as inline expression `index`; or the diagnostics that keep it from being one.
    static func read(_ span: InlineCodeSpan, index: Int, lines: SourceLines, path: String) -> (expression: InlineExpression?, diagnostics: [Diagnostic]) {
        let (expression, separator, written) = parts(of: span.content)
        var diagnostics: [Diagnostic] = []
        if expression.isEmpty {
            let location = lines.location(ofOffset: span.offset(after: marker.count - 1))
            diagnostics.append(.emptyInlineExpression(path: path, at: location))
        }
        if let separator, written?.isEmpty != false {
            diagnostics.append(.missingClaimNumber(path: path, at: lines.location(ofOffset: span.offset(after: separator + 1))))
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        let expressionRange = span.sourceRange(expression)
        let writtenRange = written.map(span.sourceRange)
        let inline = InlineExpression(
            index: index, expression: text(expression, of: span.content), expressionRange: expressionRange,
            expressionLocation: lines.location(ofOffset: expressionRange.lowerBound),
            written: written.map { text($0, of: span.content) }, writtenRange: writtenRange,
            writtenLocation: writtenRange.map { lines.location(ofOffset: $0.lowerBound) },
            spanRange: span.spanRange, isInTableCell: span.isTableCell)
        return (inline, [])
    }

    /// What stands for a `{swift}` code span in plain text (titles, summaries, headings): a claim's written number,
    /// else the expression, else the literal as it is.
    static func plainText(ofCode literal: String) -> String {
        let content = Array(literal.utf8)
        let (expression, _, written) = parts(of: content)
        if let written, !written.isEmpty { return text(written, of: content) }
        return expression.isEmpty ? literal : text(expression, of: content)
    }

    /// `range` of `content` without spaces and tabs at either end.
    private static func trimmed(_ range: Range<Int>, in content: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = max(range.upperBound, lower)
        while lower < upper, Byte.isBlank(content[lower]) { lower += 1 }
        while upper > lower, Byte.isBlank(content[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The bytes `range` of `content` as a string.
    private static func text(_ range: Range<Int>, of content: [UInt8]) -> String {
        String(decoding: content[range], as: UTF8.self)
    }
}

extension Diagnostic {
    /// A `{swift}` span with nothing after the marker (or only a claim).
    static func emptyInlineExpression(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "expected an expression after '{swift}'", path: path, at: location)
    }

    /// A claim with nothing after its `=>`.
    static func missingClaimNumber(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "expected a number after '=>'", path: path, at: location)
    }
}
