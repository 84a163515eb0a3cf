/// A code span found in one region of inline text, with its content as CommonMark reads it and, for each content byte,
/// where it is in the source.
struct InlineCodeSpan: Sendable {
    /// The content: `\|` as `|` in a table cell, line breaks as spaces, and one space stripped from each end when both
    /// ends have one and the content is not all spaces (CommonMark's rule, which cmark-gfm's literal follows).
    let content: [UInt8]
    /// The source offset of each byte of `content` (a line break maps to the end of the line before it).
    let offsets: [Int]
    /// The whole span in the source, backticks included.
    let spanRange: Range<Int>
    /// The source offset of the closing backtick run.
    let closingOffset: Int
    /// Whether the span sits in a table cell.
    let isTableCell: Bool

    /// The span `span` of `text`, whose positions are positions of `text`.
    init(_ span: MathScanner.CodeSpan, in text: InlineText) {
        let bytes = text.bytes
        var content: [UInt8] = []
        var offsets: [Int] = []
        var position = span.contentStart
        while position < span.contentEnd {
            let byte = bytes[position]
            if text.isTableCell, byte == Byte.backslash, position + 1 < span.contentEnd, bytes[position + 1] == UInt8(ascii: "|") {
                position += 1
                continue
            }
            content.append(byte == Byte.newline ? Byte.space : byte)
            offsets.append(text.sourceOffset(position))
            position += 1
        }
        if content.count >= 2, content.first == Byte.space, content.last == Byte.space, content.contains(where: { $0 != Byte.space }) {
            content = Array(content.dropFirst().dropLast())
            offsets = Array(offsets.dropFirst().dropLast())
        }
        self.content = content
        self.offsets = offsets
        spanRange = text.sourceOffset(span.start)..<(text.sourceOffset(span.end - 1) + 1)
        closingOffset = text.sourceOffset(span.contentEnd)
        isTableCell = text.isTableCell
    }

    /// The content as a string (invalid UTF-8 repaired, as cmark-gfm's literal is read).
    var text: String {
        String(decoding: content, as: UTF8.self)
    }

    /// Whether the content starts with `prefix`.
    func hasPrefix(_ prefix: [UInt8]) -> Bool {
        content.starts(with: prefix)
    }

    /// The source offset just past content byte `index` (the closing run's offset when there is no such byte).
    func offset(after index: Int) -> Int {
        index >= 0 && index < offsets.count ? offsets[index] + 1 : closingOffset
    }

    /// The source offset of content byte `index` (the closing run's offset when there is no such byte).
    func sourceOffset(ofContent index: Int) -> Int {
        index >= 0 && index < offsets.count ? offsets[index] : closingOffset
    }

    /// The source range of the content bytes `range` (empty at the closing run when `range` is empty).
    func sourceRange(_ range: Range<Int>) -> Range<Int> {
        guard let first = range.first, let last = range.last, range.upperBound <= offsets.count else { return closingOffset..<closingOffset }
        return offsets[first]..<(offsets[last] + 1)
    }
}
