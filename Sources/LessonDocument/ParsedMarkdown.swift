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

    /// What cmark-gfm reports about one code span whose literal starts with `{swift}` or `{source:`.
    struct InlineCode: Sendable, Equatable {
        /// The span's content as cmark-gfm reads it.
        var literal: String
        /// The 1-based line cmark reports the span to start on (inline positions are unreliable; 0 when lost).
        var line: Int
        /// The 1-based UTF-8 column cmark reports.
        var column: Int
        /// Whether the span is part of an image's description (which HTML shows as plain text in `alt`).
        var isInImage: Bool
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
    /// Every code span whose literal starts with `{swift}` or `{source:`, in document order.
    var inlineCodes: [InlineCode] = []

    /// `html` with the emphasis tags around each of `raws` removed, in one pass: `MarkdownParser` wraps a custom inline in
    /// an emphasis where its parent takes none (a table cell), and safe mode keeps authors from writing the raw HTML it renders.
    static func unwrappingEmphasis(around raws: [String], in html: String) -> String {
        guard !raws.isEmpty else { return html }
        let open = Array("<em>".utf8)
        let close = Array("</em>".utf8)
        let wrapped = Set(raws.map { ArraySlice(open + Array($0.utf8) + close) })
        let lengths = Set(raws.map { open.count + $0.utf8.count + close.count }).sorted()
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == open[0], bytes[index...].starts(with: open),
               let length = lengths.first(where: { index + $0 <= bytes.count && wrapped.contains(bytes[index..<(index + $0)]) }) {
                output += bytes[(index + open.count)..<(index + length - close.count)]
                index += length
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
