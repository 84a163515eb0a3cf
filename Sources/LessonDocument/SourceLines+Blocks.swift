extension SourceLines {
    /// Where a continuation line's inline content starts: after spaces and tabs and up to `quoteDepth` `>` markers.
    ///
    /// List items only indent, so their part of the prefix is whitespace; a lazy continuation line has fewer markers.
    func contentStart(of line: Line, quoteDepth: Int) -> Int {
        var index = skipBlanks(from: line.start, to: line.contentEnd)
        for _ in 0..<max(quoteDepth, 0) {
            guard index < line.contentEnd, bytes[index] == UInt8(ascii: ">") else { break }
            index = skipBlanks(from: index + 1, to: line.contentEnd)
        }
        return index
    }

    /// `segments` without the link reference definitions that start a paragraph (`[label]: destination "title"`), whose
    /// destinations and titles are never inline text; a title alone on the next line goes with its definition.
    func droppingReferenceDefinitions(_ segments: [Range<Int>]) -> [Range<Int>] {
        var index = 0
        while index < segments.count, isReferenceDefinitionStart(segments[index]) {
            index += 1
            if index < segments.count, isQuotedTitle(segments[index]) { index += 1 }
        }
        return Array(segments[index...])
    }

    /// Whether the bytes are `=` or `-` characters followed only by spaces or tabs (a setext heading's underline).
    func isSetextUnderline(_ range: Range<Int>) -> Bool {
        guard let first = range.first.map({ bytes[$0] }), "=-".utf8.contains(first) else { return false }
        let run = bytes[range].prefix(while: { $0 == first }).count
        return bytes[(range.lowerBound + run)..<range.upperBound].allSatisfy(Self.isBlank)
    }

    /// Whether the bytes are a table's delimiter row: cells of `-` with optional `:` at either end, separated by pipes.
    func isDelimiterRow(_ range: Range<Int>) -> Bool {
        let cells = tableCells(range)
        return !cells.isEmpty && cells.allSatisfy { cell in
            var content = bytes[cell].drop(while: Self.isBlank)
            while let last = content.last, Self.isBlank(last) { content = content.dropLast() }
            if content.first == UInt8(ascii: ":") { content = content.dropFirst() }
            if content.last == UInt8(ascii: ":") { content = content.dropLast() }
            return !content.isEmpty && content.allSatisfy { $0 == UInt8(ascii: "-") }
        }
    }

    /// The cells of a table row as byte ranges between unescaped pipes (a leading pipe and a trailing empty cell dropped).
    func tableCells(_ range: Range<Int>) -> [Range<Int>] {
        var index = skipBlanks(from: range.lowerBound, to: range.upperBound)
        if index < range.upperBound, bytes[index] == UInt8(ascii: "|") { index += 1 }
        var cells: [Range<Int>] = []
        var cellStart = index
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < range.upperBound, bytes[index + 1] == UInt8(ascii: "|") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "|") {
                cells.append(cellStart..<index)
                cellStart = index + 1
            }
            index += 1
        }
        if !bytes[min(cellStart, range.upperBound)..<range.upperBound].allSatisfy(Self.isBlank) {
            cells.append(cellStart..<range.upperBound)
        }
        return cells
    }

    /// Whether a line's content opens a link reference definition: `[`, a label without unescaped brackets, `]:`.
    private func isReferenceDefinitionStart(_ range: Range<Int>) -> Bool {
        guard range.count > 3, bytes[range.lowerBound] == UInt8(ascii: "[") else { return false }
        var index = range.lowerBound + 1
        while index < range.upperBound {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "["): return false
            case UInt8(ascii: "]"):
                return index > range.lowerBound + 1 && index + 1 < range.upperBound && bytes[index + 1] == UInt8(ascii: ":")
            default: index += 1
            }
        }
        return false
    }

    /// Whether a line's content is a link title alone: `"…"`, `'…'` or `(…)`, then only blanks.
    private func isQuotedTitle(_ range: Range<Int>) -> Bool {
        guard let open = range.first.map({ bytes[$0] }) else { return false }
        let close: UInt8
        switch open {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): close = open
        case UInt8(ascii: "("): close = UInt8(ascii: ")")
        default: return false
        }
        var end = range.upperBound
        while end > range.lowerBound + 1, Self.isBlank(bytes[end - 1]) { end -= 1 }
        return end - range.lowerBound >= 2 && bytes[end - 1] == close
    }

    /// The first offset from `start` (up to `end`) that is not a space or a tab.
    private func skipBlanks(from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, Self.isBlank(bytes[index]) { index += 1 }
        return index
    }

    /// Whether a byte is a space or a tab.
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
