import SwiftSyntax

extension ComputeSession {
    /// Evaluates the expression of an inline `{swift}` span against the lesson's environment as it stands.
    ///
    /// The code must be one expression: a binding, an assignment or an `#expect` is a diagnostic, since prose
    /// shows values and does not change the environment. The value is `outputs.first`.
    public mutating func evaluateInline(_ expression: String) -> CellRun {
        let parsed = ParsedCell(expression)
        if parsed.rejections.isEmpty {
            let items = Array(parsed.tree.statements)
            let isExpression = items.count == 1 && items[0].item.is(ExprSyntax.self)
                && !items[0].item.is(MacroExpansionExprSyntax.self) && !items[0].item.is(IfExprSyntax.self)
                && !(items[0].item.as(InfixOperatorExprSyntax.self).map { Interpreter.assignmentOperator($0) != nil } ?? false)
            if !isExpression, !parsed.tree.hasError {
                var run = CellRun()
                let start = items.first?.positionAfterSkippingLeadingTrivia.utf8Offset ?? 0
                run.diagnostics.append(ComputeDiagnostic(.error, .notOneExpression, at: .init(offset: start, line: 1, column: start + 1)))
                return run
            }
        }
        // A mutating method (`xs.append(1)`) in prose must not change the lesson's names either.
        let names = environment
        defer { restoreEnvironment(names) }
        return run(expression)
    }
}

private extension String {
    static let notOneExpression = "an inline `{swift}` span holds one expression, such as `{swift} softmax(z)[0]`, not a statement"
}
