/// One region of inline text as pandoc reads it: its line segments joined with `\n`, each byte remembering its source offset.
struct InlineText: Sendable {
    /// The text's bytes.
    let bytes: [UInt8]
    /// The source offset of each byte; a joining `\n` maps to the end of the segment before it (its line's content end).
    let offsets: [Int]
    /// Whether the text is a table cell's (where GFM reads `\|` as `|`, even inside math).
    let isTableCell: Bool

    /// Joins the source bytes of `segments` with `\n`.
    init(segments: [Range<Int>], source: [UInt8], isTableCell: Bool = false) {
        self.isTableCell = isTableCell
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        for (number, segment) in segments.enumerated() {
            let lower = min(max(segment.lowerBound, 0), source.count)
            let upper = min(max(segment.upperBound, lower), source.count)
            if number > 0 {
                bytes.append(Byte.newline)
                offsets.append(offsets.last.map { $0 + 1 } ?? lower)
            }
            bytes += source[lower..<upper]
            offsets += lower..<upper
        }
        self.bytes = bytes
        self.offsets = offsets
    }

    /// The source offset of position `index` of the text (`index` may be the end, which maps past the last byte).
    func sourceOffset(_ index: Int) -> Int {
        if index < offsets.count { return offsets[max(index, 0)] }
        return offsets.last.map { $0 + 1 } ?? 0
    }

    /// The source ranges of `range` of the text, one per line (the joining line feeds left out).
    func sourcePieces(_ range: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var pieceStart: Int?
        for index in range {
            if bytes[index] == Byte.newline {
                if let start = pieceStart { pieces.append(offsets[start]..<(offsets[index - 1] + 1)) }
                pieceStart = nil
            } else if pieceStart == nil {
                pieceStart = index
            }
        }
        if let start = pieceStart { pieces.append(offsets[start]..<(offsets[range.upperBound - 1] + 1)) }
        return pieces
    }
}
