import SwiftSyntax

extension Interpreter {
    /// `a ≈ b`: a decimal literal on either side is matched to its written precision (|v − w| ≤ ½·10⁻ᵏ);
    /// otherwise |a − b| ≤ 1e-9 · max(1, |a|, |b|). Vectors and matrices compare element by element.
    mutating func approximatelyEqual(_ lhs: Value, _ rhs: Value, _ infix: InfixOperatorExprSyntax) throws(Failure) -> Bool {
        guard let a = lhs.numbers, let b = rhs.numbers else {
            throw error(.binaryOperands("≈", lhs.typeName, rhs.typeName), at: infix.operator)
        }
        guard a.shape == b.shape else {
            throw error(.approximateShapes(lhs.shapeDescription, rhs.shapeDescription), at: infix.operator)
        }
        let writtenLeft = Self.writtenNumbers(infix.leftOperand, count: a.values.count)
        let writtenRight = Self.writtenNumbers(infix.rightOperand, count: b.values.count)
        for index in a.values.indices {
            let (x, y) = (a.values[index], b.values[index])
            if let written = writtenRight?[index] {
                if !written.matches(x) { return false }
            } else if let written = writtenLeft?[index] {
                if !written.matches(y) { return false }
            } else if !(abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))) {
                return false
            }
        }
        return true
    }

    /// The decimal literals written in `expression` (`0.867`, `-0.5`, or an array of them), one per element.
    private static func writtenNumbers(_ expression: ExprSyntax, count: Int) -> [WrittenNumber?]? {
        func literal(_ expression: ExprSyntax) -> WrittenNumber? {
            if let float = expression.as(FloatLiteralExprSyntax.self) {
                return WrittenNumber.parse(Substring(float.literal.text))
            }
            if let prefix = expression.as(PrefixOperatorExprSyntax.self), prefix.operator.text == "-",
               let float = prefix.expression.as(FloatLiteralExprSyntax.self) {
                return WrittenNumber.parse(Substring("-" + float.literal.text))
            }
            return nil
        }
        if let single = literal(expression) { return count == 1 ? [single] : nil }
        guard let array = expression.as(ArrayExprSyntax.self) else { return nil }
        var result: [WrittenNumber?] = []
        for element in array.elements {
            if let row = element.expression.as(ArrayExprSyntax.self) {
                result += row.elements.map { literal($0.expression) }
            } else {
                result.append(literal(element.expression))
            }
        }
        return result.count == count ? result : nil
    }
}

extension String {
    /// swiftc's "binary operator '+' cannot be applied to operands of type 'Vector' and 'Bool'".
    static func binaryOperands(_ op: String, _ a: String, _ b: String) -> String {
        "binary operator '\(op)' cannot be applied to operands of type '\(a)' and '\(b)'"
    }
}

private extension String {
    static func approximateShapes(_ a: String, _ b: String) -> String { "'≈' needs operands of one shape, got \(a) and \(b)" }
}
