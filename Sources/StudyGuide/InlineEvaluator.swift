import ComputeLanguage
import LessonDocument

/// Evaluates inline `{swift}` spans and verifies claims (`{swift} expr => 33.098%`) by the written-precision rule.
struct InlineEvaluator {
    /// What evaluating one span produced.
    struct Outcome {
        var evaluated: EvaluatedInline
        var diagnostics: [Diagnostic] = []
        var edit: SourceEdit?
        var checked = 0
        var failure: VerificationFailure?
    }

    let path: String
    let precision: Int

    /// Evaluates `expression` in `session` (which it may not change) and checks its claim, if it has one.
    func evaluate(_ expression: InlineExpression, in session: inout ComputeSession) -> Outcome {
        let run = session.evaluateInline(expression.expression)
        let diagnostics = run.diagnostics.map { diagnostic(from: $0, for: expression) }
        guard !run.hasErrors, let value = run.outputs.first?.value else {
            return Outcome(evaluated: EvaluatedInline(expression: expression, value: nil, text: expression.expression, status: .error,
                                                      detail: diagnostics.first?.message ?? ""), diagnostics: diagnostics)
        }
        let shown = Self.text(of: value, precision: precision)
        guard let written = expression.written, let writtenRange = expression.writtenRange else {
            return Outcome(evaluated: EvaluatedInline(expression: expression, value: value, text: shown, status: .value, detail: shown),
                           diagnostics: diagnostics)
        }
        let location = expression.writtenLocation ?? expression.expressionLocation
        guard let number = value.realValue else {
            let problem = Diagnostic(.error, .claimNotANumber(value.typeName), path: path, at: location)
            return Outcome(evaluated: EvaluatedInline(expression: expression, value: value, text: written, status: .error, detail: shown),
                           diagnostics: diagnostics + [problem])
        }
        guard let claimed = WrittenNumber.parse(written) else {
            let problem = Diagnostic(.error, .unreadableClaim(written), path: path, at: location)
            return Outcome(evaluated: EvaluatedInline(expression: expression, value: value, text: written, status: .error, detail: shown),
                           diagnostics: diagnostics + [problem])
        }
        let exact = value.shortDescription
        if claimed.matches(number) {
            return Outcome(evaluated: EvaluatedInline(expression: expression, value: value, text: written, status: .verified, detail: exact),
                           diagnostics: diagnostics, checked: 1)
        }
        let replacement = claimed.rewritten(number, fallbackDecimals: precision)
        let problem = Diagnostic(.error, .wrongClaim(written: written, computed: replacement), path: path, at: location,
                                 notes: [.init(.exactValue(expression.expression, exact))])
        let evaluated = EvaluatedInline(expression: expression, value: value, text: written, status: .failed, detail: replacement)
        return Outcome(evaluated: evaluated, diagnostics: diagnostics + [problem], edit: SourceEdit(writtenRange, replacement), checked: 1,
                       failure: VerificationFailure(location: location, anchor: evaluated.anchor))
    }

    /// A value as inline text: integers exact with separators, reals at `precision`, vectors in brackets.
    static func text(of value: Value, precision: Int) -> String {
        switch value {
        case .integer, .real, .vector, .strings, .bool, .string: ValueFormatter.value(value, precision: precision)
        case .matrix, .record, .table, .figure: value.shortDescription
        }
    }

    /// A diagnostic of the expression's code, located in the file (expressions sit on one line, as code spans mostly do),
    /// with its notes and its fix-its (as `fix-it:` notes, like a cell's) located too.
    private func diagnostic(from diagnostic: ComputeDiagnostic, for expression: InlineExpression) -> Diagnostic {
        let locate = { (position: ComputeDiagnostic.Position) in Self.location(of: position, in: expression) }
        let severity: Diagnostic.Severity = diagnostic.severity == .error ? .error : diagnostic.severity == .warning ? .warning : .note
        let notes = diagnostic.notes.map { Diagnostic.Note($0.message, at: $0.position.map(locate)) }
            + diagnostic.fixIts.map { fixIt in
                Diagnostic.Note("fix-it: \(fixIt.message)", at: locate(Self.position(ofOffset: fixIt.range.lowerBound, in: expression.expression)))
            }
        return Diagnostic(severity, diagnostic.message, path: path, at: locate(diagnostic.position), notes: notes)
    }

    /// The file location of a position in the expression's code.
    private static func location(of position: ComputeDiagnostic.Position, in expression: InlineExpression) -> SourceLocation {
        let start = expression.expressionLocation
        return position.line == 1
            ? SourceLocation(line: start.line, column: start.column + position.column - 1)
            : SourceLocation(line: start.line + position.line - 1, column: position.column)
    }

    /// The position of a UTF-8 offset in `code`.
    private static func position(ofOffset offset: Int, in code: String) -> ComputeDiagnostic.Position {
        let before = code.utf8.prefix(max(0, offset))
        let lineStart = (before.lastIndex(of: UInt8(ascii: "\n")).map { before.distance(from: before.startIndex, to: $0) + 1 }) ?? 0
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        return ComputeDiagnostic.Position(offset: offset, line: line, column: before.count - lineStart + 1)
    }
}

private extension String {
    static func claimNotANumber(_ type: String) -> String { "a claim needs a number, but the expression is a '\(type)'" }
    static func unreadableClaim(_ text: String) -> String { "cannot read '\(text)' as a number" }
    static func wrongClaim(written: String, computed: String) -> String { "wrong claim: written \(written), computed \(computed)" }
    static func exactValue(_ source: String, _ value: String) -> String { "'\(source)' is \(value)" }
}
