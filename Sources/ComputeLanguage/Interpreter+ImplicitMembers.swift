import SwiftSyntax
import TransformerCore

extension Interpreter {
    /// Evaluates `expression` where a value of `type` is expected: there `.causal` and `.padding([true, false])`
    /// are members of that type (Swift's implicit member expressions), and where a mask is expected an array of
    /// `true` and `false` is read as 1s and 0s.
    mutating func evaluate(_ expression: ExprSyntax, expecting type: ValueType?) throws(Failure) -> Value {
        guard let type, let namespace = type.namespace else { return try evaluate(expression) }
        if let member = expression.as(MemberAccessExprSyntax.self), member.base == nil {
            return try staticMember(member.declName.baseName.text, of: namespace, at: member)
        }
        if type == .double, let value = try doubleArithmetic(expression) { return value }
        if let call = expression.as(FunctionCallExprSyntax.self) {
            return try evaluateCall(call, expecting: type)
        }
        if type == .mask, let array = expression.as(ArrayExprSyntax.self), let flags = try flags(array) {
            return flags
        }
        return try evaluate(expression)
    }

    /// Arithmetic where a `Double` is expected, whose operands are then expected to be Doubles too, as Swift infers
    /// them: `.pi / 2` and `-.pi` in `let x: Double = .pi / 2`; nil for other expressions.
    private mutating func doubleArithmetic(_ expression: ExprSyntax) throws(Failure) -> Value? {
        if let prefix = expression.as(PrefixOperatorExprSyntax.self), prefix.operator.text == "-",
           let member = prefix.expression.as(MemberAccessExprSyntax.self), member.base == nil,
           let x = try evaluate(prefix.expression, expecting: .double).realValue {
            return .real(-x)
        }
        guard let infix = expression.as(InfixOperatorExprSyntax.self),
              let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, ["+", "-", "*", "/"].contains(op)
        else { return nil }
        let lhs = try evaluate(infix.leftOperand, expecting: .double)
        let rhs = try evaluate(infix.rightOperand, expecting: .double)
        return try binary(op, lhs, rhs, infix)
    }

    /// `[true, false]` as the vector [1, 0] and `[[true, false], [true, true]]` as a matrix of 0s and 1s; nil unless
    /// every element is a `true` or `false` literal (or a row of them).
    private mutating func flags(_ array: ArrayExprSyntax) throws(Failure) -> Value? {
        func flag(_ expression: ExprSyntax) -> Double? {
            expression.as(BooleanLiteralExprSyntax.self).map { $0.literal.tokenKind == .keyword(.true) ? 1 : 0 }
        }
        let elements = array.elements.map(\.expression)
        guard !elements.isEmpty else { return nil }
        try charge(elements.count, at: array)
        let single = elements.compactMap(flag)
        if single.count == elements.count { return .vector(single) }
        var rows: [[Double]] = []
        for element in elements {
            guard let row = element.as(ArrayExprSyntax.self) else { return nil }
            let values = row.elements.compactMap { flag($0.expression) }
            guard values.count == row.elements.count, values.count == rows.first?.count ?? values.count else { return nil }
            try checkSize(values.count * (rows.count + 1), at: array)
            rows.append(values)
        }
        do {
            return .matrix(try Matrix(rows))
        } catch {
            return nil
        }
    }
}
