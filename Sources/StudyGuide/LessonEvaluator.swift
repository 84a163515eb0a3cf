import ComputeLanguage
import LessonDocument

/// Runs a lesson's cells and inline `{swift}` spans in document order, in one environment, and verifies its
/// written results and claims.
public enum LessonEvaluator {
    /// The decimals used where neither the cell nor the lesson sets a precision.
    public static let defaultPrecision = 3

    /// Evaluates `lesson`: never traps; every problem becomes a located diagnostic. The lesson's front matter
    /// may set its precision, and lower its limits below `limits` (never raise them: see `limits(of:within:)`). A
    /// `prelude` runs first, in the lesson's environment and within its limits (`run(_:in:)`).
    public static func evaluate(_ lesson: Lesson, limits: Limits = .default, prelude: Prelude? = nil) -> EvaluatedLesson {
        let front = lesson.frontMatter
        let (lessonLimits, limitDiagnostics) = Self.limits(of: lesson, within: limits)
        var session = ComputeSession(limits: lessonLimits)
        let preludeDiagnostics = prelude.map { run($0, in: &session) } ?? []
        let lessonPrecision = front.precision ?? defaultPrecision
        let lineEndings = LineEndings(lesson.source)
        var state = State(diagnostics: lesson.diagnostics + limitDiagnostics)
        let inlineEvaluator = InlineEvaluator(path: lesson.path, precision: lessonPrecision)
        let cellDiagnostics = diagnosticsByCell(lesson)
        for item in Item.inOrder(lesson) {
            switch item {
            case let .cell(cell):
                let precision = cell.options.precision ?? lessonPrecision
                let own = cellDiagnostics[cell.blockRange.lowerBound] ?? []
                state.add(evaluate(cell, own: own, precision: precision, lesson: lesson, lineEndings: lineEndings, session: &session))
            case let .inline(expression):
                let outcome = inlineEvaluator.evaluate(expression, in: &session)
                state.inlines.append(outcome.evaluated)
                state.diagnostics += outcome.diagnostics
                state.edits += outcome.edit.map { [$0] } ?? []
                state.checked += outcome.checked
                state.failures += outcome.failure.map { [$0] } ?? []
            }
        }
        return EvaluatedLesson(
            lesson: lesson, cells: state.cells, inlines: state.inlines, diagnostics: state.diagnostics.sorted(by: order),
            edits: state.edits, checkedCount: state.checked, failedCount: state.failures.count, failures: state.failures.sorted(),
            preludeDiagnostics: preludeDiagnostics, prelude: prelude)
    }

    /// A cell or an inline span, in the order the document has them.
    private enum Item {
        case cell(ComputeCell)
        case inline(InlineExpression)

        var offset: Int {
            switch self {
            case let .cell(cell): cell.blockRange.lowerBound
            case let .inline(expression): expression.spanRange.lowerBound
            }
        }

        static func inOrder(_ lesson: Lesson) -> [Item] {
            (lesson.cells.map(Item.cell) + lesson.inlineExpressions.map(Item.inline)).sorted { $0.offset < $1.offset }
        }
    }

    /// What the evaluation has gathered so far.
    private struct State {
        var cells: [EvaluatedCell] = []
        var inlines: [EvaluatedInline] = []
        var diagnostics: [Diagnostic]
        var edits: [SourceEdit] = []
        var checked = 0
        var failures: [VerificationFailure] = []

        mutating func add(_ outcome: CellOutcome) {
            cells.append(outcome.cell)
            diagnostics += outcome.reported
            edits += outcome.edits
            checked += outcome.checked
            failures += outcome.failures
        }
    }

    /// One cell's contribution.
    private struct CellOutcome {
        var cell: EvaluatedCell
        var reported: [Diagnostic] = []
        var edits: [SourceEdit] = []
        var checked = 0
        var failures: [VerificationFailure] = []
    }

    /// Runs one cell; `own` are the lesson's diagnostics within its block (`diagnosticsByCell`).
    private static func evaluate(
        _ cell: ComputeCell, own: [Diagnostic], precision: Int, lesson: Lesson, lineEndings: LineEndings, session: inout ComputeSession
    ) -> CellOutcome {
        guard cell.isClosed else {
            return CellOutcome(cell: EvaluatedCell(cell: cell, precision: precision, outputs: [], expectations: [], diagnostics: own, wasRun: false))
        }
        let run = session.run(cell.code)
        var diagnostics = run.diagnostics.map { cell.diagnostic(from: $0, path: lesson.path) }
        // Only a block that ran cleanly says where every `// =>` belongs; one with errors, or with a statement that failed
        // quietly on a name whose definition failed earlier, keeps today's checks.
        let verification = ResultVerifier(cell: cell, precision: precision, path: lesson.path, lineEndings: lineEndings)
            .verify(run.outputs, auditsComments: !run.hasFailures && !cell.options.expectsError)
        let failedExpectations = run.expectations.filter { !$0.passed }
        let failed = verification.failures + failedExpectations.map { cell.location(line: $0.position.line, column: $0.position.column) }
        var outcome = CellOutcome(
            cell: EvaluatedCell(cell: cell, precision: precision, outputs: [], expectations: [], diagnostics: [], wasRun: true),
            checked: verification.checked + run.expectations.count,
            failures: failed.map { VerificationFailure(location: $0, anchor: cell.anchor) })
        if cell.options.expectsError {
            if !run.hasFailures {
                let option = cell.optionKeys["error"] ?? cell.openingFence
                outcome.reported.append(Diagnostic(.error, .expectedAnError, path: lesson.path, at: option))
            }
        } else {
            outcome.reported += diagnostics
            if !run.hasFailures { outcome.edits = verification.edits }
        }
        outcome.reported += verification.diagnostics
        diagnostics += verification.diagnostics
        outcome.cell = EvaluatedCell(
            cell: cell, precision: precision, outputs: run.outputs, expectations: run.expectations, diagnostics: own + diagnostics, wasRun: true)
        return outcome
    }

    /// Diagnostics by location, then severity, then message, so output is stable.
    static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.location, a.severity, a.message) < (b.location, b.severity, b.message)
    }
}

extension ComputeCell {
    /// The lines of this cell's block, fence lines included.
    var blockLines: ClosedRange<Int> {
        let lineCount = code.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        return openingFence.line...(openingFence.line + lineCount + 1)
    }

    /// Whether a file location falls within this cell's block (fence lines included).
    func contains(_ location: SourceLocation) -> Bool {
        blockLines.contains(location.line)
    }
}

private extension String {
    static let expectedAnError = "this block is marked 'error: true' but ran without an error"
}
