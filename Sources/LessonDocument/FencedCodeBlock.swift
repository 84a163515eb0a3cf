/// What cmark-gfm reports about one fenced code block, copied out of the C tree as Swift values.
struct FencedCodeBlock: Sendable, Equatable {
    /// The info string's first word that marks a compute cell.
    static let computeLanguage = "swift-compute"

    /// The block's content with container prefixes removed, as cmark gives it (`\n` line endings).
    var literal: String
    /// The whole info string (`swift-compute  hidden`).
    var info: String
    /// The fence character, `` ` `` or `~`.
    var fenceCharacter: UInt8
    /// How many fence characters open the block.
    var fenceLength: Int
    /// The 1-based line of the opening fence.
    var startLine: Int
    /// The 1-based UTF-8 column of the opening fence's first character, as cmark reports it.
    var startColumn: Int
    /// The 1-based line cmark ends the block on: the closing fence, or a line after the block when it was cut short.
    var endLine: Int

    /// The number of lines in `literal` (a last line without `\n` counts).
    var literalLineCount: Int {
        let newlines = literal.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        return newlines + (literal.utf8.last.map { $0 == UInt8(ascii: "\n") ? 0 : 1 } ?? 0)
    }

    /// Whether an info string marks a compute cell: its first word (split at spaces and tabs) is `swift-compute`.
    static func isCompute(info: String) -> Bool {
        let firstWord = info.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }).first
        return firstWord.map { $0.elementsEqual(computeLanguage.utf8) } ?? false
    }
}
