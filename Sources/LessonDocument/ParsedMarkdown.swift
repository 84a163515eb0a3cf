/// The Swift values `MarkdownParser` extracts from one cmark-gfm parse.
struct ParsedMarkdown: Sendable {
    /// What cmark-gfm reports about one heading.
    struct HeadingFacts: Sendable, Equatable {
        /// The level, 1 to 6.
        var level: Int
        /// The plain text, breaks as spaces, image descriptions included (as in `title`).
        var text: String
        /// The text GitHub slugs: the heading's text content, image descriptions left out, breaks as line feeds.
        var slugText: String
        /// The 1-based start line.
        var line: Int
    }

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
    /// Every heading, in document order.
    var headings: [HeadingFacts] = []
}
