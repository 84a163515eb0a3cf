/// Maps positions in a cell's code (1-based line, 1-based UTF-8 column) back to byte offsets and locations in the lesson file.
struct CodeLineMap: Sendable, Equatable {
    /// Where one code line lives in the source.
    struct Entry: Sendable, Equatable {
        /// The 1-based file line.
        var fileLine: Int
        /// Offset of the file line's first byte.
        var lineStart: Int
        /// Offset the code line's column 1 corresponds to (before `codeStart` when cmark added spaces for a tab).
        var columnOrigin: Int
        /// Offset of the first source byte that belongs to the code (the end of the container prefix).
        var codeStart: Int
        /// Offset of the end of the file line's content, before its line ending.
        var contentEnd: Int
        /// The container prefix cmark stripped from this line.
        var prefix: String
    }

    /// One entry per code line, in order.
    let entries: [Entry]
    /// The 1-based file line of the opening fence.
    let fenceLine: Int
    /// The offset where the code ends: the start of the closing fence line, or the block's end when unclosed.
    let codeEnd: Int

    /// Matches each line of `literal` with file line `fenceLine + n` of `lines`.
    init(literal: String, fenceLine: Int, lines: SourceLines, codeEnd: Int) {
        var codeLines = literal.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if codeLines.last?.isEmpty == true { codeLines.removeLast() }
        var entries: [Entry] = []
        for (offset, codeLine) in codeLines.enumerated() {
            guard let line = lines.line(fenceLine + 1 + offset) else { break }
            entries.append(Self.entry(for: Array(codeLine), fileLine: fenceLine + 1 + offset, line: line, lines: lines))
        }
        self.entries = entries
        self.fenceLine = fenceLine
        self.codeEnd = codeEnd
    }

    /// Aligns one code line with its source line: the code is the source line's suffix, less any spaces cmark synthesised from a tab.
    private static func entry(for code: [UInt8], fileLine: Int, line: SourceLines.Line, lines: SourceLines) -> Entry {
        let content = lines.content(of: line)
        // cmark turns the part of a tab left over by a container into at most three spaces.
        let leadingSpaces = min(code.prefix(while: { $0 == UInt8(ascii: " ") }).count, 3)
        // When no suffix matches (cmark replaced a NUL byte, say), the code is taken to start with the line.
        var codeStart = line.start
        var synthesised = 0
        for dropped in 0...leadingSpaces {
            let suffix = code[dropped...]
            if suffix.count <= content.count, content.suffix(suffix.count).elementsEqual(suffix) {
                codeStart = line.contentEnd - suffix.count
                synthesised = dropped
                break
            }
        }
        return Entry(
            fileLine: fileLine,
            lineStart: line.start,
            columnOrigin: codeStart - synthesised,
            codeStart: codeStart,
            contentEnd: line.contentEnd,
            prefix: lines.text(line.start..<codeStart)
        )
    }

    /// The entry of code line `line`, clamped into range; nil when the code has no lines.
    private func entry(_ line: Int) -> Entry? {
        guard let last = entries.last else { return nil }
        return line >= 1 ? (line <= entries.count ? entries[line - 1] : last) : entries[0]
    }

    /// The byte offset in the source of `line`:`column` of the code (lines past the end map to the end of the code).
    func sourceOffset(line: Int, column: Int) -> Int {
        guard line <= entries.count, let entry = entry(line) else { return codeEnd }
        let offset = entry.columnOrigin + max(column, 1) - 1
        return min(max(offset, entry.codeStart), entry.contentEnd)
    }

    /// The file location of `line`:`column` of the code (lines past the end keep the last line's prefix).
    func location(line: Int, column: Int) -> SourceLocation {
        let codeLine = max(line, 1)
        guard let entry = entry(codeLine) else {
            return SourceLocation(line: fenceLine + codeLine, column: max(column, 1))
        }
        if codeLine > entries.count {
            return SourceLocation(line: fenceLine + codeLine, column: max(column, 1) + entry.codeStart - entry.lineStart)
        }
        return SourceLocation(line: entry.fileLine, column: sourceOffset(line: codeLine, column: column) - entry.lineStart + 1)
    }

    /// The container prefix of code line `line` ("" when out of range).
    func prefix(ofLine line: Int) -> String {
        line >= 1 && line <= entries.count ? entries[line - 1].prefix : ""
    }
}
