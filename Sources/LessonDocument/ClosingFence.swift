/// A fenced block's closing fence line, found in the source.
struct ClosingFence: Sendable, Equatable {
    /// The bytes before the fence characters (container prefix and indentation).
    var prefix: String
    /// The closing line's byte range, including its line ending.
    var line: SourceLines.Line

    /// The closing fence of `block`, or nil when cmark ended it without one (end of document, or its container ended).
    ///
    /// The block is closed when its end line is after its start line and right after its code (an unclosed block that
    /// runs to the end of the document ends on its own last code line), no other node starts on that line (a block
    /// cut short by its container ends on the line that starts the next block), and the line is container characters
    /// and spaces followed by at least `fenceLength` fence characters and only spaces or tabs.
    static func find(for block: FencedCodeBlock, in lines: SourceLines, nodeStartLines: Set<Int>) -> ClosingFence? {
        guard block.endLine > block.startLine, block.endLine == block.startLine + block.literalLineCount + 1,
              !nodeStartLines.contains(block.endLine),
              let line = lines.line(block.endLine) else { return nil }
        let content = lines.content(of: line)
        let trimmed = content.reversed().drop(while: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
        let run = trimmed.prefix(while: { $0 == block.fenceCharacter }).count
        guard block.fenceLength > 0, run >= block.fenceLength else { return nil }
        let fenceStart = line.start + trimmed.count - run
        let before = lines.bytes[line.start..<fenceStart]
        let containerBytes: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">")]
        guard before.allSatisfy({ containerBytes.contains($0) }) else { return nil }
        return ClosingFence(prefix: lines.text(line.start..<fenceStart), line: line)
    }
}
