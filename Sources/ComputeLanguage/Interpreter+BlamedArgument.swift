import SwiftSyntax
import TransformerCore

extension Interpreter {
    /// The argument of `call` that a builtin's invalid-argument error names by its label (`temperature` in
    /// "temperature must be finite and greater than 0"), so that the caret points at the value to change; nil when
    /// the error names no labelled argument of the call. A label matches a word of the name, or its singular
    /// ("row labels" blames `rows:`).
    static func argument(blamedBy error: TransformerError, in call: FunctionCallExprSyntax) -> ExprSyntax? {
        guard case let .invalidArgument(name, _, _) = error else { return nil }
        let words = Set(name.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init))
        return call.arguments.first { argument in
            guard let label = argument.label?.text else { return false }
            return words.contains(label) || (label.hasSuffix("s") && words.contains(String(label.dropLast())))
        }?.expression
    }
}
