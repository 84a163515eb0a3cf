/// What cmark-gfm reports about a block whose content is inline text (a paragraph, heading or table), copied out as Swift values.
///
/// A first, throwaway parse gives these, so that math is looked for only where pandoc would look: inside one block's
/// inline text, never across blocks, never in code blocks or HTML blocks.
struct InlineBlock: Sendable, Equatable {
    /// The kinds of block with inline content.
    enum Kind: Sendable, Equatable {
        case paragraph, heading, table
    }

    /// The block's kind.
    var kind: Kind
    /// The 1-based line cmark reports the block to start on (0 when cmark lost the position).
    var startLine: Int
    /// The 1-based UTF-8 column cmark reports the block to start at.
    var startColumn: Int
    /// The 1-based line cmark reports the block to end on (may be off by one for setext headings).
    var endLine: Int
    /// How many block quotes contain the block (each adds a `>` to the prefix of its lines).
    var quoteDepth: Int
}
