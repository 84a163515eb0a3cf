/// An inline expression written in prose or a table cell as a code span `` `{swift} expr` `` or a claim `` `{swift} expr => 33.098%` ``.
///
/// Ranges are UTF-8 byte offsets in the lesson source. Where the span runs over a line break, or sits in a table cell
/// with `\|` in it, the source bytes of a range differ from the text (which has the break as a space and `\|` as `|`).
public struct InlineExpression: Sendable, Hashable {
    /// The expression's 0-based position among the lesson's inline expressions, in document order.
    public let index: Int
    /// The Swift expression: the span's content after `{swift}` and before `=>`, trimmed.
    public let expression: String
    /// The UTF-8 byte range of `expression` in the lesson source.
    public let expressionRange: Range<Int>
    /// The line and column where `expression` starts in the file.
    public let expressionLocation: SourceLocation
    /// For a claim, the text after `=>`, trimmed (`33.098%`); nil for a plain inline expression.
    public let written: String?
    /// The byte range of `written` in the source: the bytes `update` rewrites.
    public let writtenRange: Range<Int>?
    /// The line and column where `written` starts.
    public let writtenLocation: SourceLocation?
    /// The whole code span in the source, backticks included: what the Markdown output replaces.
    public let spanRange: Range<Int>
    /// Whether the span sits in a GFM table cell.
    public let isInTableCell: Bool

    /// An expression with the given parts (normally found by `Lesson`).
    public init(index: Int, expression: String, expressionRange: Range<Int>, expressionLocation: SourceLocation,
                written: String? = nil, writtenRange: Range<Int>? = nil, writtenLocation: SourceLocation? = nil,
                spanRange: Range<Int>, isInTableCell: Bool) {
        self.index = index
        self.expression = expression
        self.expressionRange = expressionRange
        self.expressionLocation = expressionLocation
        self.written = written
        self.writtenRange = writtenRange
        self.writtenLocation = writtenLocation
        self.spanRange = spanRange
        self.isInTableCell = isInTableCell
    }
}
