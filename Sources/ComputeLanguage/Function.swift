import SwiftSyntax

/// A function or closure as a value: a `func` declaration or a closure literal, with the local names it captured.
public struct Function: Sendable, Equatable {
    /// One declared parameter: `_ x: Double`, `from start: Int = 0`, or a closure's `x` (untyped).
    struct Parameter: Sendable {
        /// The argument label a call writes (nil for `_`, and for every closure parameter).
        let label: String?
        /// The name the body reads.
        let name: String
        /// The parameter's type as written, nil when a closure leaves it to inference.
        let type: TypeSyntax?
        /// The default value's expression, evaluated at each call that leaves the argument out.
        let defaultValue: ExprSyntax?
    }

    /// The function's name; nil for a closure.
    let name: String?
    /// The parameters, in order (for a closure using `$0`, `$1`: `$0`, `$1` up to the highest used).
    let parameters: [Parameter]
    /// The written return type, nil when the function returns nothing (`Void`) or a closure's is inferred.
    let returnType: TypeSyntax?
    /// The statements of the body.
    let body: CodeBlockItemListSyntax
    /// The declaration or closure literal, for locating diagnostics and telling functions apart.
    let declaration: Syntax
    /// The local names visible where it was created, innermost scope last; globals are read when it runs.
    let captured: [Scope]
    /// The operator this function is, for an operator passed as a function (`reduce(0, +)`, `sorted(by: >)`).
    var operatorName: String?

    /// An operator as a function of two arguments, written at `reference`.
    static func binaryOperator(_ name: String, at reference: DeclReferenceExprSyntax) -> Function {
        let parameters = ["lhs", "rhs"].map { Parameter(label: nil, name: $0, type: nil, defaultValue: nil) }
        return Function(name: name, parameters: parameters, returnType: nil, body: CodeBlockItemListSyntax([]),
                        declaration: Syntax(reference), captured: [], operatorName: name)
    }

    /// Whether this is a closure literal rather than a `func` declaration.
    var isClosure: Bool { name == nil }

    /// `(Int, Double) -> Double`, with `_` for types a closure leaves to inference, `()` for no result.
    var typeName: String {
        let parameterTypes = parameters.map { $0.type?.trimmedDescription ?? "_" }.joined(separator: ", ")
        let result = returnType?.trimmedDescription ?? (isClosure ? "_" : "()")
        return "(\(parameterTypes)) -> \(result)"
    }

    /// `f(_:from:)` for a function, `closure` for a closure: how diagnostics name it.
    var selector: String {
        guard let name else { return "closure" }
        return name + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }

    /// Two function values are equal when they come from the same declaration or closure literal.
    public static func == (lhs: Function, rhs: Function) -> Bool {
        lhs.declaration.id == rhs.declaration.id
    }
}
