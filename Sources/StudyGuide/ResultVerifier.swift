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
    }

    let cell: ComputeCell
    let precision: Int
    let path: String
    let lineEnding: String

    /// Verifies the outputs of one run of `cell`.
    func verify(_ outputs: [CellOutput]) -> Verification {
        var result = Verification()
        var missing: [(output: CellOutput, lineLength: Int)] = []
        var columns: [Int] = []
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
            columns.append(comment.slashColumn)
            if let problem = comment.problem {
                let location = cell.location(ofCodeOffset: problem.offset)
                result.diagnostics.append(Diagnostic(.error, .unreadable(problem.reason), path: path, at: location))
                result.failed += 1
                result.failures.append(location)
                continue
            }
            let count = comment.written?.numbers.count ?? 0
            switch comment.compare(with: output.value, defaultPrecision: precision) {
            case .matches:
                result.checked += count
            case let .mismatches(mismatches):
                result.checked += count
                for mismatch in mismatches {
                    let location = cell.location(ofCodeOffset: mismatch.range.lowerBound)
                    result.diagnostics.append(Diagnostic(
                        .error, .wrongResult(written: mismatch.written, computed: mismatch.replacement), path: path, at: location,
                        notes: [.init(.exactValue(output.source, Value.real(mismatch.computed).shortDescription))]))
                    result.failed += 1
                    result.failures.append(location)
                    result.edits.append(edit(replacing: mismatch.range, with: mismatch.replacement))
                }
            case let .shapeMismatch(expected, replacement):
                let location = cell.location(ofCodeOffset: comment.range.lowerBound)
                result.diagnostics.append(Diagnostic(
                    .error, .wrongShape(expected), path: path, at: location,
                    notes: [.init(.computedValue(output.value.shortDescription))]))
                result.checked += 1
                result.failed += 1
                result.failures.append(location)
                if !replacement.isEmpty {
                    result.edits.append(edit(replacing: comment.range, with: replacement))
                }
            }
        }
        result.edits += insertions(for: missing, alignedWith: columns)
        return result
    }

    /// New comments for statements without one, their `//` aligned with each other and with the cell's
    /// existing result comments, at least two spaces after the longest of the lines that get one (a long figure
    /// call elsewhere in the cell does not push them right).
    private func insertions(for missing: [(output: CellOutput, lineLength: Int)], alignedWith columns: [Int]) -> [SourceEdit] {
        let slashColumn = max((missing.map(\.lineLength).max() ?? 0) + 3, columns.max() ?? 0)
        return missing.compactMap { output, lineLength in
            guard let text = ResultComment.text(for: output.value, precision: precision, slashColumn: slashColumn) else { return nil }
            let line = output.end.line
            let offset = cell.sourceOffset(line: line, column: lineLength + 1)
            let padding = String(repeating: " ", count: slashColumn - 1 - lineLength)
            return SourceEdit(offset..<offset, cell.sourceText(padding + text, continuingLine: line, lineEnding: lineEnding))
        }
    }

    private func edit(replacing range: Range<Int>, with text: String) -> SourceEdit {
        let start = cell.sourceOffset(ofCodeOffset: range.lowerBound)
        let end = cell.sourceOffset(ofCodeOffset: range.upperBound)
        let line = cell.codePosition(ofOffset: range.lowerBound).line
        return SourceEdit(start..<max(start, end), cell.sourceText(text, continuingLine: line, lineEnding: lineEnding))
    }
}

private extension String {
    static func unreadable(_ reason: String) -> String { "cannot read this result comment: \(reason)" }
    static func wrongResult(written: String, computed: String) -> String { "wrong result: written \(written), computed \(computed)" }
    static func exactValue(_ source: String, _ value: String) -> String { "'\(source)' is \(value)" }
    static func wrongShape(_ expected: String) -> String { "result comment does not fit the value: it needs \(expected)" }
    static func computedValue(_ value: String) -> String { "the computed value is \(value)" }
}
