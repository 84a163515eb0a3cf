import SwiftSyntax

extension Interpreter {
    /// `#expect(condition)` (optionally with a comment string): records whether it held; a failure is an
    /// error showing the values of both sides of a comparison.
    mutating func expect(_ macro: MacroExpansionExprSyntax) throws(Failure) {
        guard macro.macroName.text == "expect" else {
            throw error(.unknownMacro(macro.macroName.text), at: macro)
        }
        let arguments = Array(macro.arguments)
        guard macro.trailingClosure == nil, (1...2).contains(arguments.count), arguments.allSatisfy({ $0.label == nil }) else {
            throw error(.expectUsage, at: macro)
        }
        var comment: String?
        if arguments.count == 2 {
            guard case let .string(text) = try evaluate(arguments[1].expression) else {
                throw error(.expectUsage, at: arguments[1].expression)
            }
            comment = text
        }
        let condition = arguments[0].expression
        var notes: [ComputeDiagnostic.Note] = []
        let passed: Bool
        if let infix = condition.as(InfixOperatorExprSyntax.self),
           let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, Self.comparisons.contains(op) {
            let lhs = try evaluate(infix.leftOperand)
            let rhs = try evaluate(infix.rightOperand)
            guard case let .bool(result) = try binary(op, lhs, rhs, infix) else { throw .reported }
            passed = result
            // Six digits hide a difference such as 1 vs 1.0000001; then every digit is shown.
            let short = (lhs.shortDescription, rhs.shortDescription)
            let (left, right) = short.0 == short.1 && !passed ? (lhs.preciseDescription, rhs.preciseDescription) : short
            notes = [.init("left side is \(left)"), .init("right side is \(right)")]
        } else {
            let value = try evaluate(condition)
            guard case let .bool(result) = value else {
                throw error(.expectNeedsBool(value.typeName), at: condition)
            }
            passed = result
        }
        run.expectations.append(Expectation(condition: condition.trimmedDescription, passed: passed, position: position(of: macro)))
        if !passed {
            error(.expectationFailed(condition.trimmedDescription, comment), at: macro, notes: notes)
        }
    }
}

private extension String {
    static func unknownMacro(_ name: String) -> String { "macro '#\(name)' is not supported in swift-compute; it has '#expect(…)'" }
    static let expectUsage = "'#expect' takes one condition and an optional comment string, as in #expect(sum(p) ≈ 1)"
    static func expectNeedsBool(_ type: String) -> String { "'#expect' needs a 'Bool' condition, not a value of type '\(type)'" }
    static func expectationFailed(_ condition: String, _ comment: String?) -> String {
        "expectation failed: \(condition)" + (comment.map { " (\($0))" } ?? "")
    }
}
