/// The `{swift}` code spans the scanner located in the source, paired in order with those cmark-gfm found, and read as
/// inline expressions.
///
/// cmark-gfm's inline positions are unreliable, so each span's place comes from the scanner that finds math (with its
/// code-span rules), while cmark-gfm's spans decide what the HTML shows; the two are paired by content, in document order.
/// A span that only one side found, one in an image description and a malformed one become diagnostics, and stay code.
struct InlineMatching: Sendable {
    /// How many spans ahead a span is looked for on the other side before it is given up as unmatched.
    static let lookahead = 16

    /// The inline expressions, in document order.
    private(set) var expressions: [InlineExpression] = []
    /// For each of cmark-gfm's spans, the raw HTML that replaces it, or nil to leave it as code.
    private(set) var placeholders: [String?]
    /// The problems found, in document order for each side.
    private(set) var diagnostics: [Diagnostic] = []

    /// Pairs `spans` (from the scanner) with `codes` (from cmark-gfm); `placeholder(index)` stands for expression `index`.
    init(spans: [InlineCodeSpan], codes: [ParsedMarkdown.InlineCode], lines: SourceLines, path: String, placeholder: (Int) -> String) {
        placeholders = Array(repeating: nil, count: codes.count)
        let texts = spans.map(\.text)
        var next = (span: 0, code: 0)
        while next.span < spans.count || next.code < codes.count {
            let (span, code) = next
            if span < spans.count, code < codes.count, texts[span] == codes[code].literal {
                pair(spans[span], code: code, isInImage: codes[code].isInImage, lines: lines, path: path, placeholder: placeholder)
                next = (span + 1, code + 1)
            } else if span < spans.count, code < codes.count,
                      let later = (code + 1..<min(codes.count, code + 1 + Self.lookahead)).first(where: { codes[$0].literal == texts[span] }) {
                for skipped in code..<later { diagnostics.append(.unlocatedInlineExpression(codes[skipped], path: path)) }
                next.code = later
            } else if span < spans.count {
                let location = lines.location(ofOffset: spans[span].spanRange.lowerBound)
                diagnostics.append(.inlineExpressionNotParsed(path: path, at: location))
                next.span += 1
            } else {
                diagnostics.append(.unlocatedInlineExpression(codes[code], path: path))
                next.code += 1
            }
        }
    }

    /// Reads a span both sides found: an expression with a placeholder, or diagnostics and code.
    private mutating func pair(_ span: InlineCodeSpan, code: Int, isInImage: Bool, lines: SourceLines, path: String,
                               placeholder: (Int) -> String) {
        guard !isInImage else {
            diagnostics.append(.inlineExpressionInImage(path: path, at: lines.location(ofOffset: span.spanRange.lowerBound)))
            return
        }
        let read = InlineExpression.read(span, index: expressions.count, lines: lines, path: path)
        diagnostics += read.diagnostics
        if let expression = read.expression {
            placeholders[code] = placeholder(expression.index)
            expressions.append(expression)
        }
    }
}

extension Diagnostic {
    /// A `{swift}` span the scanner found where cmark-gfm read no code span (say, inside what GFM takes for a bare URL).
    static func inlineExpressionNotParsed(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "this inline expression is not read as a code span by the Markdown parser, so it is not evaluated",
                   path: path, at: location)
    }

    /// A `{swift}` code span of cmark-gfm's that the scanner did not find; located where cmark-gfm says (a line may be 0).
    static func unlocatedInlineExpression(_ code: ParsedMarkdown.InlineCode, path: String) -> Diagnostic {
        let literal = code.literal.count > 40 ? code.literal.prefix(40) + "…" : code.literal[...]
        return Diagnostic(.error, "cannot locate the inline expression '\(literal)' in the source, so it is not evaluated",
                          path: path, at: SourceLocation(line: max(code.line, 1), column: max(code.column, 1)))
    }

    /// A `{swift}` span in an image's description, which HTML shows as plain text.
    static func inlineExpressionInImage(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "inline expressions are not evaluated in image descriptions", path: path, at: location)
    }
}
