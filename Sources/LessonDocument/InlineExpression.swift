/// An inline expression written in prose or a table cell as a code span `` `{swift} expr` ``, a claim
/// `` `{swift} expr => 33.098%` `` (optionally with a unit, `=> 2.5 GB`, and a source, `=> 66% (source: GPT-3 paper)`), or a
/// sourced number that nothing computes, `` `{source: GPT-3 paper, Table 2.1} 175B` ``.
///
/// Ranges are UTF-8 byte offsets in the lesson source. Where the span runs over a line break, or sits in a table cell
/// with `\|` in it, the source bytes of a range differ from the text (which has the break as a space and `\|` as `|`).
public struct InlineExpression: Sendable, Hashable {
    /// The expression's 0-based position among the lesson's inline expressions, in document order.
    public let index: Int
    /// The Swift expression: the span's content after `{swift}` and before `=>`, trimmed; empty for a sourced number.
    public let expression: String
    /// The UTF-8 byte range of `expression` in the lesson source (of the written number, for a sourced number).
    public let expressionRange: Range<Int>
    /// The line and column where `expression` starts in the file (where the number starts, for a sourced number).
    public let expressionLocation: SourceLocation
    /// Where the bytes of `expression` are in the file, run by run: a span wrapped onto the next line starts a run there
    /// (empty when the expression is one run from `expressionLocation`).
    public let expressionRuns: [SourceRun]
    /// For a claim or a sourced number, the number written (`33.098%`, without its unit or source); nil for a plain
    /// inline expression.
    public let written: String?
    /// The byte range of `written` in the source: the bytes `update` rewrites.
    public let writtenRange: Range<Int>?
    /// The line and column where `written` starts.
    public let writtenLocation: SourceLocation?
    /// The unit written after the number (`GB` of `=> 2.5 GB`), shown with it and never scaling it.
    public let unit: String?
    /// Where the number comes from (`GPT-3 paper, Table 2.1`): a claim's `(source: …)` or a sourced number's `{source: …}`.
    public let source: String?
    /// Whether the span is a number from a source with no computation (`{source: …} 175B`).
    public let isSourcedNumber: Bool
    /// The whole code span in the source, backticks included: what the Markdown output replaces.
    public let spanRange: Range<Int>
    /// Whether the span sits in a GFM table cell.
    public let isInTableCell: Bool

    /// An expression with the given parts (normally found by `Lesson`).
    public init(index: Int, expression: String, expressionRange: Range<Int>, expressionLocation: SourceLocation,
                expressionRuns: [SourceRun] = [],
                written: String? = nil, writtenRange: Range<Int>? = nil, writtenLocation: SourceLocation? = nil,
                unit: String? = nil, source: String? = nil, isSourcedNumber: Bool = false,
                spanRange: Range<Int>, isInTableCell: Bool) {
        self.index = index
        self.expression = expression
        self.expressionRange = expressionRange
        self.expressionLocation = expressionLocation
        self.expressionRuns = expressionRuns
        self.written = written
        self.writtenRange = writtenRange
        self.writtenLocation = writtenLocation
        self.unit = unit
        self.source = source
        self.isSourcedNumber = isSourcedNumber
        self.spanRange = spanRange
        self.isInTableCell = isInTableCell
    }

    /// The file location of UTF-8 offset `offset` of `expression` (where an error in the expression's code points), on
    /// the line that byte is on when the span runs over a line break.
    public func location(ofExpressionOffset offset: Int) -> SourceLocation {
        SourceRun.location(ofOffset: offset, in: expressionRuns, fallback: expressionLocation)
    }

    /// The written number with its unit after a space (`2.5 GB`), as a page shows it; nil for a plain inline expression.
    public var writtenWithUnit: String? {
        written.map { number in unit.map { "\(number) \($0)" } ?? number }
    }
}
