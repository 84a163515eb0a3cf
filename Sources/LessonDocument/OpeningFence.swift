/// A fenced block's opening fence line, found in the source.
struct OpeningFence: Sendable, Equatable {
    /// The opening fence line's byte range.
    var line: SourceLines.Line
    /// Offset of the first fence character.
    var fenceStart: Int
    /// Byte range of the info string's first word.
    var infoWord: Range<Int>

    /// Locates the fence characters and the info string's first word on `block`'s start line.
    init(for block: FencedCodeBlock, in lines: SourceLines) {
        let line = lines.line(block.startLine) ?? SourceLines.Line(start: lines.bytes.count, contentEnd: lines.bytes.count, end: lines.bytes.count)
        let bytes = lines.bytes
        let reported = line.start + max(block.startColumn - 1, 0)
        var fenceStart = line.start
        if reported < line.contentEnd, bytes[reported] == block.fenceCharacter {
            fenceStart = reported
        } else if let found = Self.firstRun(of: block.fenceCharacter, length: block.fenceLength, in: bytes, within: line) {
            fenceStart = found
        }
        var cursor = fenceStart
        while cursor < line.contentEnd, bytes[cursor] == block.fenceCharacter { cursor += 1 }
        while cursor < line.contentEnd, Self.isBlank(bytes[cursor]) { cursor += 1 }
        let wordStart = cursor
        while cursor < line.contentEnd, !Self.isBlank(bytes[cursor]) { cursor += 1 }
        self.line = line
        self.fenceStart = fenceStart
        self.infoWord = wordStart..<cursor
    }

    /// The offset of the first run of at least `length` copies of `character` on `line`.
    private static func firstRun(of character: UInt8, length: Int, in bytes: [UInt8], within line: SourceLines.Line) -> Int? {
        var index = line.start
        while index < line.contentEnd {
            guard bytes[index] == character else { index += 1; continue }
            var end = index
            while end < line.contentEnd, bytes[end] == character { end += 1 }
            if end - index >= max(length, 1) { return index }
            index = end
        }
        return nil
    }

    /// Whether a byte is a space or a tab.
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
