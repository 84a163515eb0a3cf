import ComputeLanguage
import LessonDocument

/// Runs every cell of a lesson in order, in one environment, and verifies its written results.
public enum LessonEvaluator {
    /// The decimals used where neither the cell nor the lesson sets a precision.
    public static let defaultPrecision = 3

    /// Evaluates `lesson`: never traps; every problem becomes a located diagnostic.
    public static func evaluate(_ lesson: Lesson, limits: Limits = .default) -> EvaluatedLesson {
        var session = ComputeSession(limits: limits)
        let lineEnding = lesson.source.contains("\r\n") ? "\r\n" : "\n"
        var cells: [EvaluatedCell] = []
        var reported = lesson.diagnostics
        var edits: [SourceEdit] = []
        var checked = 0
        var failures: [VerificationFailure] = []
        for cell in lesson.cells {
            let precision = cell.options.precision ?? defaultPrecision
            let own = lesson.diagnostics.filter { cell.contains($0.location) }
            guard cell.isClosed else {
                cells.append(EvaluatedCell(cell: cell, precision: precision, outputs: [], expectations: [], diagnostics: own, wasRun: false))
                continue
            }
            let run = session.run(cell.code)
            var diagnostics = run.diagnostics.map { cell.diagnostic(from: $0, path: lesson.path) }
            let verifier = ResultVerifier(cell: cell, precision: precision, path: lesson.path, lineEnding: lineEnding)
            let verification = verifier.verify(run.outputs)
            let failedExpectations = run.expectations.filter { !$0.passed }
            checked += verification.checked + run.expectations.count
            let failed = verification.failures + failedExpectations.map { cell.location(line: $0.position.line, column: $0.position.column) }
            failures += failed.map { VerificationFailure(location: $0, anchor: cell.anchor) }
            if cell.options.expectsError {
                if !run.hasErrors {
                    reported.append(Diagnostic(.error, .expectedAnError, path: lesson.path, at: cell.openingFence))
                }
            } else {
                reported += diagnostics
                if !run.hasErrors { edits += verification.edits }
            }
            reported += verification.diagnostics
            diagnostics += verification.diagnostics
            cells.append(EvaluatedCell(
                cell: cell, precision: precision, outputs: run.outputs, expectations: run.expectations,
                diagnostics: own + diagnostics, wasRun: true))
        }
        return EvaluatedLesson(
            lesson: lesson, cells: cells, diagnostics: reported.sorted(by: Self.order), edits: edits,
            checkedCount: checked, failedCount: failures.count, failures: failures.sorted())
    }

    /// Diagnostics by location, then severity, then message, so output is stable.
    static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.location, a.severity, a.message) < (b.location, b.severity, b.message)
    }
}

extension ComputeCell {
    /// Whether a file location falls within this cell's block (fence lines included).
    func contains(_ location: SourceLocation) -> Bool {
        let lineCount = code.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        return location.line >= openingFence.line && location.line <= openingFence.line + lineCount + 1
    }
}

private extension String {
    static let expectedAnError = "this block is marked 'error: true' but ran without an error"
}
