extension ComputeCell {
    /// Builds cell `index` from cmark's facts about its block, with the diagnostics of its fence and options.
    static func build(
        index: Int, block: FencedCodeBlock, lines: SourceLines, nodeStartLines: Set<Int>, path: String
    ) -> (cell: ComputeCell, diagnostics: [Diagnostic]) {
        let opening = OpeningFence(for: block, in: lines)
        let closing = ClosingFence.find(for: block, in: lines, nodeStartLines: nodeStartLines)
        let blockEnd = closing?.line.end
            ?? lines.line(block.startLine + block.literalLineCount)?.end
            ?? lines.bytes.count
        let codeEnd = closing?.line.start ?? blockEnd
        let lineMap = CodeLineMap(literal: block.literal, fenceLine: block.startLine, lines: lines, codeEnd: codeEnd)
        let openingLocation = SourceLocation(line: block.startLine, column: opening.fenceStart - opening.line.start + 1)

        var diagnostics: [Diagnostic] = []
        if closing == nil {
            diagnostics.append(.unclosedFence(character: block.fenceCharacter, length: block.fenceLength, path: path, at: openingLocation))
        }
        let (options, optionDiagnostics, optionKeys) = CellOptions.parse(code: block.literal, path: path) { line, column in
            lineMap.location(line: line, column: column)
        }
        diagnostics += optionDiagnostics

        let cell = ComputeCell(
            index: index,
            code: block.literal,
            options: options,
            optionKeys: optionKeys,
            isClosed: closing != nil,
            openingFence: openingLocation,
            blockRange: opening.line.start..<max(blockEnd, opening.line.start),
            infoRange: opening.infoWord,
            closingPrefix: closing?.prefix ?? "",
            lineMap: lineMap
        )
        return (cell, diagnostics)
    }
}

extension Diagnostic {
    /// A fenced cell that no closing fence ends: names the fence to add.
    static func unclosedFence(character: UInt8, length: Int, path: String, at location: SourceLocation) -> Diagnostic {
        let fence = String(repeating: String(UnicodeScalar(character)), count: max(length, 3))
        return Diagnostic(.error, "unclosed code fence; add a closing \(fence) line", path: path, at: location)
    }
}
