/// One swift-compute block of a lesson, with the maps from its code back to the file.
public struct ComputeCell: Sendable {
    /// The cell's 0-based position among the lesson's cells, in document order.
    public let index: Int
    /// The block's literal as cmark gives it (container prefixes removed), `\n`-separated lines.
    public let code: String
    /// The options from the leading `//| key: value` lines (a label the lesson rejects taken off, see `CellLabel`).
    public internal(set) var options: CellOptions
    /// Where the key of each option set by an option line is written (`error` of `//| error: true`), by key.
    public let optionKeys: [String: SourceLocation]
    /// False when the fence is never closed (cmark then runs the block to the end of the document or of its container).
    public let isClosed: Bool
    /// The line and column of the opening fence's first character.
    public let openingFence: SourceLocation
    /// UTF-8 byte offsets in the source from the start of the opening fence line to the end of the closing fence line, line ending included.
    public let blockRange: Range<Int>
    /// UTF-8 byte offsets in the source of the info string's first word on the opening fence line.
    public let infoRange: Range<Int>
    /// The bytes before the fence characters on the closing fence line ("" when there are none or the fence is unclosed).
    public let closingPrefix: String

    /// Where each code line lives in the source.
    let lineMap: CodeLineMap

    /// The file location of a position in `code` given as 1-based line and 1-based UTF-8 column within `code`.
    public func location(line: Int, column: Int) -> SourceLocation {
        lineMap.location(line: line, column: column)
    }

    /// The UTF-8 byte offset in the lesson source of a position in `code` (1-based line, 1-based column).
    ///
    /// A column one past the end of the line is the offset of the end of that line (before its line ending); columns
    /// are clamped to the line, and a line past the last one gives the offset where the code ends.
    public func sourceOffset(line: Int, column: Int) -> Int {
        lineMap.sourceOffset(line: line, column: column)
    }

    /// The container prefix of code line `line` (1-based) in the file: the bytes before the code that cmark stripped.
    public func prefix(ofLine line: Int) -> String {
        lineMap.prefix(ofLine: line)
    }
}
