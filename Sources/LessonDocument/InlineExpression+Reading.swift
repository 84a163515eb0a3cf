extension InlineExpression {
    /// What a code span's content starts with to be an inline expression.
    static let marker = Array("{swift}".utf8)
    /// What a code span's content starts with to be a sourced number (`{source: GPT-3 paper} 175B`).
    static let sourceMarker = Array("{source:".utf8)

    /// Whether a code span with this content is read as an inline expression or a sourced number.
    static func isMarked(_ content: some Sequence<UInt8>) -> Bool {
        content.starts(with: marker) || content.starts(with: sourceMarker)
    }

    /// The parts of a content that starts with `marker`: the expression's bytes, the offset of the first `=>` (which
    /// separates a claim's expression from the number written for it), and the bytes after it (each range trimmed of
    /// spaces and tabs; nil when there is no `=>`).
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
        let expression = WrittenClaim.trimmed(start..<(separator ?? content.count), in: content)
        return (expression, separator, separator.map { WrittenClaim.trimmed(($0 + 2)..<content.count, in: content) })
    }

    /// The parts of a content that starts with `sourceMarker`: the source's bytes (trimmed) and the offset of the `}`
    /// that ends it, nil when there is none.
    static func sourceParts(of content: [UInt8]) -> (source: Range<Int>, brace: Int)? {
        let start = min(sourceMarker.count, content.count)
        guard let brace = content[start...].firstIndex(of: Byte.closeBrace) else { return nil }
        return (WrittenClaim.trimmed(start..<brace, in: content), brace)
    }

    /// Reads `span`, whose content starts with `marker` or `sourceMarker`, as inline expression `index`; or the
    /// diagnostics that keep it from being one.
    static func read(_ span: InlineCodeSpan, index: Int, lines: SourceLines, path: String) -> (expression: InlineExpression?, diagnostics: [Diagnostic]) {
        let locate = { (offset: Int) in lines.location(ofOffset: span.sourceOffset(ofContent: offset)) }
        if span.hasPrefix(sourceMarker) { return readSourcedNumber(span, index: index, lines: lines, path: path) }
        let (expression, separator, written) = parts(of: span.content)
        var diagnostics: [Diagnostic] = []
        if expression.isEmpty {
            let location = lines.location(ofOffset: span.offset(after: marker.count - 1))
            diagnostics.append(.emptyInlineExpression(path: path, at: location))
        }
        var claim: WrittenClaim?
        if let separator, let written {
            let read = WrittenClaim.read(written, of: span.content, allowsSource: true, after: "=>", path: path) { offset in
                offset < span.content.count ? locate(offset) : lines.location(ofOffset: span.offset(after: separator + 1))
            }
            claim = read.claim
            diagnostics += read.diagnostics
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        let expressionRange = span.sourceRange(expression)
        return (InlineExpression(index: index, expression: text(expression, of: span.content), expressionRange: expressionRange,
                                 expressionLocation: lines.location(ofOffset: expressionRange.lowerBound),
                                 expressionRuns: SourceRun.runs(of: span.offsets[expression], in: lines),
                                 claim: claim, in: span, lines: lines, isSourcedNumber: false), [])
    }

    /// Reads a `{source: …} 175B` span: a number that comes from the source it names and that nothing computes.
    private static func readSourcedNumber(_ span: InlineCodeSpan, index: Int, lines: SourceLines,
                                          path: String) -> (expression: InlineExpression?, diagnostics: [Diagnostic]) {
        let locate = { (offset: Int) in lines.location(ofOffset: span.sourceOffset(ofContent: offset)) }
        guard let (source, brace) = sourceParts(of: span.content) else {
            return (nil, [.unclosedSourceMarker(path: path, at: locate(0))])
        }
        guard !source.isEmpty else { return (nil, [.emptySource(path: path, at: locate(0))]) }
        let read = WrittenClaim.read((brace + 1)..<span.content.count, of: span.content, allowsSource: false, after: "}",
                                     path: path, locate: locate)
        guard var claim = read.claim else { return (nil, read.diagnostics) }
        claim.source = source
        let numberRange = span.sourceRange(claim.number)
        return (InlineExpression(index: index, expression: "", expressionRange: numberRange,
                                 expressionLocation: lines.location(ofOffset: numberRange.lowerBound),
                                 claim: claim, in: span, lines: lines, isSourcedNumber: true), [])
    }

    /// What stands for a `{swift}` or `{source: …}` code span in plain text (titles, summaries, headings): the number
    /// written with its unit and source, as the Markdown page shows it (so that a heading's anchor is GitHub's slug of
    /// that page's heading), else the expression, else the literal as it is.
    static func plainText(ofCode literal: String) -> String {
        let content = Array(literal.utf8)
        let tail: Range<Int>?
        if content.starts(with: sourceMarker) {
            tail = sourceParts(of: content).map { ($0.brace + 1)..<content.count }
        } else {
            let (expression, _, written) = parts(of: content)
            guard let written, !written.isEmpty else { return expression.isEmpty ? literal : text(expression, of: content) }
            tail = written
        }
        guard let tail, let claim = WrittenClaim.read(tail, of: content, allowsSource: true, after: "", path: "", locate: { _ in
            SourceLocation(line: 1, column: 1)
        }).claim else { return literal }
        let source = claim.source ?? (content.starts(with: sourceMarker) ? sourceParts(of: content)?.source : nil)
        return text(claim.number, of: content) + (claim.unit.map { " " + text($0, of: content) } ?? "")
            + (source.map { " (source: \(text($0, of: content)))" } ?? "")
    }

    /// The bytes `range` of `content` as a string.
    static func text(_ range: Range<Int>, of content: [UInt8]) -> String {
        String(decoding: content[range], as: UTF8.self)
    }
}

private extension InlineExpression {
    /// An inline expression with the number, unit and source of `claim` (nil for a plain expression), read from `span`.
    init(index: Int, expression: String, expressionRange: Range<Int>, expressionLocation: SourceLocation,
         expressionRuns: [SourceRun] = [], claim: WrittenClaim?, in span: InlineCodeSpan, lines: SourceLines, isSourcedNumber: Bool) {
        let writtenRange = claim.map { span.sourceRange($0.number) }
        self.init(
            index: index, expression: expression, expressionRange: expressionRange, expressionLocation: expressionLocation,
            expressionRuns: expressionRuns,
            written: claim.map { Self.text($0.number, of: span.content) }, writtenRange: writtenRange,
            writtenLocation: writtenRange.map { lines.location(ofOffset: $0.lowerBound) },
            unit: claim?.unit.map { Self.text($0, of: span.content) }, source: claim?.source.map { Self.text($0, of: span.content) },
            isSourcedNumber: isSourcedNumber, spanRange: span.spanRange, isInTableCell: span.isTableCell)
    }
}

extension Diagnostic {
    /// A `{swift}` span with nothing after the marker (or only a claim).
    static func emptyInlineExpression(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "expected an expression after '{swift}'", path: path, at: location)
    }

    /// A `{source:` span without the `}` that ends its source.
    static func unclosedSourceMarker(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "expected '}' after the source of '{source:'", path: path, at: location,
                   notes: [Note("a sourced number reads `{source: GPT-3 paper, Table 2.1} 175B`")])
    }
}
