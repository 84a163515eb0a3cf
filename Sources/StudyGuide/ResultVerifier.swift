import ComputeLanguage
import LessonDocument

/// Compares each displayed value of a cell with its `// =>` comment, and plans the edits `update` makes.
struct ResultVerifier {
    /// What verifying one cell found.
    struct Verification {
        /// Mismatches and unreadable comments, located at the written number.
        var diagnostics: [Diagnostic] = []
        /// Corrections of wrong comments and insertions of missing ones.
        var edits: [SourceEdit] = []
        /// Written numbers compared.
        var checked = 0
        /// Written numbers (or comments) that did not match.
        var failed = 0
        /// Where each failure is.
        var failures: [SourceLocation] = []

        /// Records a failure: an error at `location`.
        mutating func fail(_ diagnostic: Diagnostic) {
            diagnostics.append(diagnostic)
            failed += 1
            failures.append(diagnostic.location)
        }
    }

    /// The largest result comment `update` writes, in rows and in UTF-8 bytes: a larger value (a 100×100 matrix
    /// would take 81 KB) is shown in the page without one, and the block must stay under swift-compute's limit.
    static let maximumCommentRows = 64
    /// See `maximumCommentRows`.
    static let maximumCommentBytes = 8_192

    let cell: ComputeCell
    let precision: Int
    let path: String
    /// The lesson's line endings, so that each line `update` writes ends as the line it is on does.
    let lineEndings: LineEndings

    /// Verifies the outputs of one run of `cell`. With `auditsComments`, every other `// =>` of the cell (after a
    /// `let`, another comment, on a line of its own, …) is an error saying why it is not read.
    func verify(_ outputs: [CellOutput], auditsComments: Bool = true) -> Verification {
        var result = Verification()
        var missing: [(output: CellOutput, lineLength: Int)] = []
        var columns: [Int] = []
        var read: Set<Int> = []
        var growth = 0
        let lines = cell.code.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for output in outputs {
            guard let comment = ResultComment.find(in: cell.code, statementEnd: output.range.upperBound) else {
                let line = output.end.line
                guard line <= lines.count else { continue }
                let rest = lines[line - 1].dropFirst(max(0, output.end.column - 1))
                if ResultComment.isWritten(for: output.value), rest.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ";") }) {
                    missing.append((output, lines[line - 1].count))
                }
                continue
            }
            read.insert(comment.range.lowerBound)
            columns.append(comment.slashColumn)
            if let problem = comment.problem {
                let location = cell.location(ofCodeOffset: problem.offset)
                if !problem.isPlaceholder {
                    result.fail(Diagnostic(.error, .unreadable(problem.reason), path: path, at: location))
                } else if !ResultComment.isWritten(for: output.value),
                          case let .shapeMismatch(expected, _) = comment.compare(with: output.value, defaultPrecision: precision) {
                    result.fail(Diagnostic(.error, .wrongShape(expected), path: path, at: cell.location(ofCodeOffset: comment.range.lowerBound)))
                }
                if problem.isRewritable, case let .shapeMismatch(_, replacement) = comment.compare(with: output.value, defaultPrecision: precision),
                   !replacement.isEmpty {
                    if let refusal = refusal(of: replacement, for: output, growth: &growth, replacing: comment.range.count) {
                        result.diagnostics.append(refusal)
                    } else {
                        result.edits.append(edit(replacing: comment.range, with: replacement))
                    }
                }
                continue
            }
            // A value compared as text (a string, a Bool, a tuple) is one check.
            let count = comment.written.map { if case .exact = $0 { 1 } else { $0.numbers.count } } ?? 0
            switch comment.compare(with: output.value, defaultPrecision: precision) {
            case .matches:
                result.checked += count
            case let .mismatches(mismatches):
                result.checked += count
                for mismatch in mismatches {
                    var notes: [Diagnostic.Note] = [.init(.exactValue(output.source, mismatch.exactText))]
                    if let explanation = mismatch.explanation { notes.append(.init(explanation)) }
                    result.fail(Diagnostic(
                        .error, .wrongResult(written: mismatch.written, computed: mismatch.replacement), path: path,
                        at: cell.location(ofCodeOffset: mismatch.range.lowerBound), notes: notes))
                    result.edits.append(edit(replacing: mismatch.range, with: mismatch.replacement))
                }
            case let .shapeMismatch(expected, replacement):
                result.checked += 1
                result.fail(Diagnostic(
                    .error, .wrongShape(expected), path: path, at: cell.location(ofCodeOffset: comment.range.lowerBound),
                    notes: [.init(.computedValue(output.value.shortDescription))]))
                guard !replacement.isEmpty else { continue }
                if let refusal = refusal(of: replacement, for: output, growth: &growth, replacing: comment.range.count) {
                    result.diagnostics.append(refusal)
                } else {
                    result.edits.append(edit(replacing: comment.range, with: replacement))
                }
            }
        }
        result.edits += insertions(for: missing, alignedWith: columns, growth: &growth, refusals: &result.diagnostics)
        if auditsComments {
            for problem in ResultCommentPlacement.unread(in: cell.code, read: read) {
                result.fail(Diagnostic(.error, problem.reason, path: path, at: cell.location(ofCodeOffset: problem.offset)))
            }
        }
        return result
    }

    /// New comments for statements without one, their `//` aligned with each other and with the cell's
    /// existing result comments, at least two spaces after the longest of the lines that get one (a long figure
    /// call elsewhere in the cell does not push them right). Continuation lines left below such a statement
    /// (`//    [0.000, 1.000]`, which no `// =>` owns any more) are replaced by the new comment.
    private func insertions(
        for missing: [(output: CellOutput, lineLength: Int)], alignedWith columns: [Int], growth: inout Int, refusals: inout [Diagnostic]
    ) -> [SourceEdit] {
        let slashColumn = max((missing.map(\.lineLength).max() ?? 0) + 3, columns.max() ?? 0)
        let bytes = Array(cell.code.utf8)
        return missing.compactMap { output, lineLength -> SourceEdit? in
            guard let comment = ResultComment.text(for: output.value, precision: precision, slashColumn: slashColumn) else { return nil }
            let line = output.end.line
            let offset = cell.sourceOffset(line: line, column: lineLength + 1)
            let padding = String(repeating: " ", count: slashColumn - 1 - lineLength)
            let lineEnd = ResultComment.line(bytes, from: output.range.upperBound)
            let leftover = ResultComment.leftoverRows(bytes, after: lineEnd.nextStart)
            let end = leftover.map { cell.sourceOffset(ofCodeOffset: $0) } ?? offset
            if let refusal = refusal(of: padding + comment, for: output, growth: &growth, replacing: (leftover ?? 0) - lineEnd.contentEnd) {
                refusals.append(refusal)
                return nil
            }
            return SourceEdit(offset..<max(offset, end), text(padding + comment, continuingLine: line, at: offset))
        }
    }

    /// A warning instead of a comment too large to write (more than `maximumCommentRows` rows or
    /// `maximumCommentBytes` bytes, or one that would take the block past swift-compute's limit); nil when it fits,
    /// and then `growth` counts the bytes it adds to the block.
    private func refusal(of text: String, for output: CellOutput, growth: inout Int, replacing replaced: Int) -> Diagnostic? {
        let bytes = text.utf8.count
        let rows = text.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let blockBytes = cell.code.utf8.count + growth + bytes - max(replaced, 0)
        guard rows > Self.maximumCommentRows || bytes > Self.maximumCommentBytes || blockBytes > ResultComment.maximumBlockBytes else {
            growth += bytes - max(replaced, 0)
            return nil
        }
        return Diagnostic(
            .warning, .tooLarge(bytes: bytes, rows: rows), path: path,
            at: cell.location(line: output.start.line, column: output.start.column),
            notes: [.init(.tooLargeAdvice(output.source, precision: precision))])
    }

    private func edit(replacing range: Range<Int>, with text: String) -> SourceEdit {
        let start = cell.sourceOffset(ofCodeOffset: range.lowerBound)
        let end = cell.sourceOffset(ofCodeOffset: range.upperBound)
        let line = cell.codePosition(ofOffset: range.lowerBound).line
        return SourceEdit(start..<max(start, end), self.text(text, continuingLine: line, at: start))
    }

    /// Code text for the source: each line break the one of the source line at `offset`, and after it that line's
    /// container prefix.
    private func text(_ text: String, continuingLine line: Int, at offset: Int) -> String {
        cell.sourceText(text, continuingLine: line, lineEnding: lineEndings.ending(ofLineAt: offset))
    }
}

private extension String {
    static func unreadable(_ reason: String) -> String { "cannot read this result comment: \(reason)" }
    static func wrongResult(written: String, computed: String) -> String { "wrong result: written \(written), computed \(computed)" }
    static func exactValue(_ source: String, _ value: String) -> String { "'\(source)' is \(value)" }
    static func wrongShape(_ expected: String) -> String { "result comment does not fit the value: it needs \(expected)" }
    static func computedValue(_ value: String) -> String { "the computed value is \(value)" }

    static func tooLarge(bytes: Int, rows: Int) -> String {
        "update does not write a result comment of \(ValueFormatter.integer(bytes)) bytes in \(ValueFormatter.integer(rows)) "
            + "row\(rows == 1 ? "" : "s") for this value: a comment has at most \(ResultVerifier.maximumCommentRows) rows and "
            + "\(ValueFormatter.integer(ResultVerifier.maximumCommentBytes)) bytes, and the block at most "
            + "\(ValueFormatter.integer(ResultComment.maximumBlockBytes)) bytes"
    }

    static func tooLargeAdvice(_ source: String, precision: Int) -> String {
        "the page shows the value without a comment; to check it, write a summary such as '\(source).shape' or 'sum(\(source))' "
            + "with a comment of its own"
            + (precision > 1 ? ", or lower the block's precision ('//| precision: \(precision - 1)')" : "")
    }
}
