extension MathProtection {
    /// The span `match` of `text` stands for, with the source pieces its filler covers; nil when its TeX is only white space.
    static func span(for match: MathScanner.Match, in text: InlineText) -> (span: MathSpan, pieces: [Range<Int>])? {
        let content = Array(text.bytes[match.contentStart..<match.contentEnd])
        let isDisplay = match.delimiter.isDisplay
        let (leading, trailing) = trimmedWhiteSpace(content)
        guard leading < content.count else { return nil }
        let written = isDisplay ? content : withoutBlanksBeforeLineFeeds(Array(content[leading..<(content.count - trailing)]))
        let tex = text.isTableCell ? unescapingPipes(written) : written
        let range = text.offsets[match.start]..<(text.offsets[match.end - 1] + 1)
        let contentRange = text.sourceOffset(match.contentStart)..<text.offsets[match.contentEnd]
        var edits: [MathSpan.Edit] = []
        switch match.delimiter {
        case .dollar, .doubleDollar:
            break
        case .bracket:
            edits = [MathSpan.Edit(range: range.lowerBound..<contentRange.lowerBound, replacement: "$$"),
                     MathSpan.Edit(range: contentRange.upperBound..<range.upperBound, replacement: "$$")]
        case .parenthesis:
            let trimmedStart = text.offsets[match.contentStart + leading]
            let lastKept = match.contentEnd - trailing - 1
            let keptLineFeed = text.bytes[lastKept] == Byte.newline
            edits = [MathSpan.Edit(range: range.lowerBound..<trimmedStart, replacement: "$"),
                     MathSpan.Edit(range: (text.offsets[lastKept] + (keptLineFeed ? 0 : 1))..<range.upperBound,
                                   replacement: keptLineFeed ? " $" : "$")]
        }
        let span = MathSpan(range: range, contentRange: contentRange, tex: String(decoding: tex, as: UTF8.self),
                            delimiter: match.delimiter, githubEdits: edits)
        return (span, text.sourcePieces(match.start..<match.end))
    }

    /// How many bytes pandoc's `trimMath` drops from each end of `content`: white space, except the one right after a
    /// trailing backslash (`\ ` is TeX's control space).
    private static func trimmedWhiteSpace(_ content: [UInt8]) -> (leading: Int, trailing: Int) {
        let leading = content.prefix(while: Byte.isSpaceChar).count
        var trailing = content.reversed().prefix(while: Byte.isSpaceChar).count
        if trailing > 0, trailing < content.count, content[content.count - trailing - 1] == Byte.backslash { trailing -= 1 }
        return (leading, min(trailing, content.count - leading))
    }

    /// `tex` with each `\|` read as `|`, as GFM reads a table cell before anything else.
    private static func unescapingPipes(_ tex: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        for byte in tex {
            if byte == UInt8(ascii: "|"), result.last == Byte.backslash { result.removeLast() }
            result.append(byte)
        }
        return result
    }

    /// `tex` without the spaces and tabs before each line feed (pandoc reads them with the line feed as one `\n`).
    private static func withoutBlanksBeforeLineFeeds(_ tex: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        for byte in tex {
            if byte == Byte.newline {
                while let last = result.last, Byte.isBlank(last) { result.removeLast() }
            }
            result.append(byte)
        }
        return result
    }
}
