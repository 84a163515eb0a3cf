/// The Swift values `MarkdownParser` extracts from one cmark-gfm parse.
struct ParsedMarkdown: Sendable {
    /// The document as HTML, each compute cell replaced by its placeholder.
    var html: String
    /// The plain text of the first level-1 heading, if any.
    var title: String?
    /// The plain text of the first top-level paragraph, if any.
    var summary: String?
    /// The compute cells' code blocks, in document order (their position is the cell index).
    var computeBlocks: [FencedCodeBlock]
    /// Every line on which some node other than the document starts (used to tell a closing fence from a following block).
    var nodeStartLines: Set<Int>
}
