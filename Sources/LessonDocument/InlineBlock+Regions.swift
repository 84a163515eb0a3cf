extension InlineBlock {
    /// The block's inline text as regions that math may not leave, each a list of source byte ranges, one per line, and
    /// whether it is a table cell (a table gives one region per cell; a paragraph is split at a line with no content).
    func regions(in lines: SourceLines) -> [(segments: [Range<Int>], isTableCell: Bool)] {
        kind == .table ? tableRegions(in: lines) : lineRegions(in: lines).map { ($0, false) }
    }

    /// The regions of a paragraph or heading.
    private func lineRegions(in lines: SourceLines) -> [[Range<Int>]] {
        switch kind {
        case .paragraph:
            guard startLine >= 1 else { return [] }
            return Self.splitAtEmpty(paragraphSegments(in: lines))
        case .heading:
            guard let line = lines.line(startLine) else { return [] }
            if endLine > startLine { return Self.splitAtEmpty(setextSegments(in: lines)) }
            var start = firstContentStart(of: line, in: lines)
            while start < line.contentEnd, lines.bytes[start] == UInt8(ascii: "#") { start += 1 }
            return [[start..<line.contentEnd]]
        case .table:
            return []
        }
    }

    /// The content of every line of a paragraph, leading link reference definitions left out.
    private func paragraphSegments(in lines: SourceLines) -> [Range<Int>] {
        guard let first = lines.line(startLine) else { return [] }
        var segments = [firstContentStart(of: first, in: lines)..<first.contentEnd]
        for number in stride(from: startLine + 1, through: endLine, by: 1) {
            guard let line = lines.line(number) else { break }
            segments.append(lines.contentStart(of: line, quoteDepth: quoteDepth)..<line.contentEnd)
        }
        return lines.droppingReferenceDefinitions(segments)
    }

    /// The content lines of a setext heading: from its first line up to its underline.
    private func setextSegments(in lines: SourceLines) -> [Range<Int>] {
        guard let first = lines.line(startLine) else { return [] }
        var segments = [firstContentStart(of: first, in: lines)..<first.contentEnd]
        for number in stride(from: startLine + 1, through: endLine, by: 1) {
            guard let line = lines.line(number) else { break }
            let start = lines.contentStart(of: line, quoteDepth: quoteDepth)
            if lines.isSetextUnderline(start..<line.contentEnd) { break }
            segments.append(start..<line.contentEnd)
        }
        return segments
    }

    /// Where the first line's content starts: at the column cmark reports, or after the container prefix when that is off the line.
    private func firstContentStart(of line: SourceLines.Line, in lines: SourceLines) -> Int {
        let reported = line.start + startColumn - 1
        return startColumn >= 1 && reported <= line.contentEnd ? reported : lines.contentStart(of: line, quoteDepth: quoteDepth)
    }

    /// One region per cell of the header and body rows, and a region for the paragraph the table interrupted, if any.
    ///
    /// cmark-gfm reports the cells' positions wrongly when a table interrupts a paragraph (the paragraph at 0:0, the
    /// header on the paragraph's first line), so rows are found from the delimiter row (the first with as many cells as
    /// the row above it, as GFM requires) and split at unescaped pipes here.
    private func tableRegions(in lines: SourceLines) -> [(segments: [Range<Int>], isTableCell: Bool)] {
        let last = min(endLine, lines.lines.count)
        guard startLine >= 1, startLine <= last else { return [] }
        var delimiterRow: Int?
        let content = { (line: SourceLines.Line) in lines.contentStart(of: line, quoteDepth: quoteDepth)..<line.contentEnd }
        for number in stride(from: startLine + 1, through: last, by: 1) {
            guard let line = lines.line(number), let header = lines.line(number - 1) else { break }
            let cells = lines.tableCells(content(line))
            if lines.isDelimiterRow(content(line)), cells.count == lines.tableCells(content(header)).count {
                delimiterRow = number
                break
            }
        }
        guard let delimiter = delimiterRow else { return [] }
        let header = delimiter - 1
        var regions: [(segments: [Range<Int>], isTableCell: Bool)] = []
        if header > startLine {
            let interrupted = (startLine..<header).compactMap { lines.line($0) }.map { line in
                lines.contentStart(of: line, quoteDepth: quoteDepth)..<line.contentEnd
            }
            regions += Self.splitAtEmpty(lines.droppingReferenceDefinitions(interrupted)).map { ($0, false) }
        }
        for number in [header] + Array(stride(from: delimiter + 1, through: last, by: 1)) {
            guard let line = lines.line(number) else { break }
            let start = lines.contentStart(of: line, quoteDepth: quoteDepth)
            if start == line.contentEnd, number != header { break }
            regions += lines.tableCells(start..<line.contentEnd).map { ([$0], true) }
        }
        return regions
    }

    /// `segments` cut into regions at segments with no content (a blank line ends a paragraph, so math never spans one).
    private static func splitAtEmpty(_ segments: [Range<Int>]) -> [[Range<Int>]] {
        segments.split(whereSeparator: { $0.isEmpty }).map(Array.init)
    }
}
