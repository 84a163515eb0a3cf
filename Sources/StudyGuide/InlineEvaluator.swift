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

    /// Evaluates `expression` in `session` (which it may not change) and checks its claim, if it has one. A sourced
    /// claim that does not hold fails with its source named and gets no edit: `update` leaves what a paper printed alone.
    /// A sourced number (`{source: …} 175B`) runs nothing and counts as no check.
    func evaluate(_ expression: InlineExpression, in session: inout ComputeSession) -> Outcome {
        if expression.isSourcedNumber { return sourcedNumber(expression) }
        let run = session.evaluateInline(expression.expression)
        let diagnostics = run.diagnostics.map { diagnostic(from: $0, for: expression) }
        guard !run.hasErrors, let value = run.outputs.first?.value else {
            return Outcome(evaluated: EvaluatedInline(expression: expression, value: nil, text: expression.expression, status: .error,
                                                      detail: diagnostics.first?.message ?? ""), diagnostics: diagnostics)
        }
        let shown = Self.text(of: value, precision: precision)
        guard let written = expression.written, let writtenRange = expression.writtenRange, let text = expression.writtenWithUnit else {
            return Outcome(evaluated: EvaluatedInline(expression: expression, value: value, text: shown, status: .value, detail: shown),
                           diagnostics: diagnostics)
        }
        let location = expression.writtenLocation ?? expression.expressionLocation
        guard let number = value.realValue else {
            let problem = Diagnostic(.error, .claimNotANumber(value.typeName), path: path, at: location)
            return Outcome(evaluated: EvaluatedInline(expression: expression, value: value, text: text, status: .error, detail: shown),
                           diagnostics: diagnostics + [problem])
        }
        guard let claimed = WrittenNumber.parse(written) else {
            return Outcome(evaluated: EvaluatedInline(expression: expression, value: value, text: text, status: .error, detail: shown),
                           diagnostics: diagnostics + [unreadable(written, at: location)])
        }
        let exact = if case let .integer(n) = value { String(n) } else { ValueFormatter.roundTrip(number) }
        guard let mismatch = ResultComment.mismatch(of: claimed, against: value, precision: precision) else {
            return Outcome(evaluated: EvaluatedInline(expression: expression, value: value, text: text, status: .verified, detail: exact),
                           diagnostics: diagnostics, checked: 1)
        }
        let replacement = mismatch.replacement
        let evaluated = EvaluatedInline(expression: expression, value: value, text: text, status: .failed, detail: replacement)
        let failure = VerificationFailure(location: location, anchor: evaluated.anchor)
        var notes = [Diagnostic.Note(.exactValue(expression.expression, exact))]
        if let explanation = mismatch.explanation { notes.append(Diagnostic.Note(explanation)) }
        if let unit = expression.unit, let suffix = MagnitudeSuffix(rawValue: unit) {
            notes.append(Diagnostic.Note(.unitIsNoSuffix(written, suffix)))
        }
        guard let source = expression.source else {
            let problem = Diagnostic(.error, .wrongClaim(written: written, computed: replacement), path: path, at: location, notes: notes)
            return Outcome(evaluated: evaluated, diagnostics: diagnostics + [problem], edit: SourceEdit(writtenRange, replacement), checked: 1,
                           failure: failure)
        }
        notes.append(Diagnostic.Note(.sourcedClaimKept))
        let problem = Diagnostic(.error, .wrongSourcedClaim(written: written, computed: replacement, source: source), path: path,
                                 at: location, notes: notes)
        return Outcome(evaluated: evaluated, diagnostics: diagnostics + [problem], checked: 1, failure: failure)
    }

    /// A number that only comes from a source: shown with it, read as a written number, compared with nothing.
    private func sourcedNumber(_ expression: InlineExpression) -> Outcome {
        let written = expression.written ?? ""
        let text = expression.writtenWithUnit ?? written
        guard WrittenNumber.parse(written) != nil else {
            let location = expression.writtenLocation ?? expression.expressionLocation
            return Outcome(evaluated: EvaluatedInline(expression: expression, value: nil, text: text, status: .error, detail: .unreadable(written)),
                           diagnostics: [unreadable(written, at: location)])
        }
        return Outcome(evaluated: EvaluatedInline(expression: expression, value: nil, text: text, status: .sourced, detail: expression.source ?? ""))
    }

    /// The error for a written number that does not read as one, with a note when a unit is glued to it (`2.5GB`).
    private func unreadable(_ written: String, at location: SourceLocation) -> Diagnostic {
        let bytes = Array(written.utf8)
        guard case let .number(_, end) = WrittenNumber.scan(bytes, from: 0, to: bytes.count), end < bytes.count,
              let next = String(decoding: bytes[end...], as: UTF8.self).unicodeScalars.first, next.properties.isAlphabetic else {
            return Diagnostic(.error, .unreadable(written), path: path, at: location)
        }
        let (number, unit) = (String(decoding: bytes[..<end], as: UTF8.self), String(decoding: bytes[end...], as: UTF8.self))
        return Diagnostic(.error, .unreadable(written), path: path, at: location, notes: [.init(.separateUnit(number, unit))])
    }

    /// A value as inline text: integers exact with separators, reals at `precision`, vectors in brackets.
    static func text(of value: Value, precision: Int) -> String {
        switch value {
        case .integer, .real, .vector, .strings, .bool, .string, .list, .tuple, .range, .function, .optional, .dictionary:
            ValueFormatter.value(value, precision: precision)
        case .matrix, .record, .table, .figure: value.shortDescription
        }
    }

    /// A diagnostic of the expression's code, located in the file (run by run, so a span over a line break too),
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

    /// The file location of a position in the expression's code (on the second line of a span wrapped over a line break
    /// when it is there).
    private static func location(of position: ComputeDiagnostic.Position, in expression: InlineExpression) -> SourceLocation {
        expression.location(ofExpressionOffset: position.offset)
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
    static func unreadable(_ text: String) -> String { "cannot read '\(text)' as a number" }
    static func separateUnit(_ number: String, _ unit: String) -> String {
        "a unit follows the number after a space, as in '\(number) \(unit)'; it is shown, not scaled"
    }
    static func wrongClaim(written: String, computed: String) -> String { "wrong claim: written \(written), computed \(computed)" }
    static func wrongSourcedClaim(written: String, computed: String, source: String) -> String {
        "wrong sourced claim: written \(written), computed \(computed) (source: \(source))"
    }
    static func unitIsNoSuffix(_ written: String, _ suffix: MagnitudeSuffix) -> String {
        "'\(suffix.rawValue)' after a space is a unit and does not scale the number; write \(written)\(suffix.rawValue) to scale it"
    }
    static let sourcedClaimKept = "update leaves a sourced claim as written: correct the computation, or the claim where it misquotes its source"
    static func exactValue(_ source: String, _ value: String) -> String { "'\(source)' is \(value)" }
}
