import SwiftSyntax

extension Interpreter {
    /// `a % b` on integers, as Swift has it: the remainder of truncating division, a − (a / b)·b, with the sign of a;
    /// b = 0 and `Int.min % -1` are located errors where Swift traps; on a `Double` it is unavailable, as in Swift.
    mutating func remainder(_ lhs: Value, _ rhs: Value, _ infix: InfixOperatorExprSyntax) throws(Failure) -> Value {
        guard case let .integer(a) = lhs, case let .integer(b) = rhs else {
            if lhs.realValue != nil, rhs.realValue != nil {
                throw error(.floatingRemainder, at: infix.operator)
            }
            throw error(.remainderOperands(lhs.typeName, rhs.typeName), at: infix.operator)
        }
        try charge(1, at: infix)
        guard b != 0 else { throw error(.remainderByZero, at: infix.rightOperand) }
        let (result, overflow) = a.remainderReportingOverflow(dividingBy: b)
        if overflow { throw error(.remainderOverflow, at: infix.operator) }
        return .integer(result)
    }
}

private extension String {
    /// swiftc: "'%' is unavailable: For floating point numbers use truncatingRemainder instead".
    static let floatingRemainder = "'%' is unavailable: For floating point numbers use truncatingRemainder instead"
    static func remainderOperands(_ a: String, _ b: String) -> String {
        "binary operator '%' cannot be applied to operands of type '\(a)' and '\(b)'"
    }
    /// Swift's trap, "Division by zero in remainder operation".
    static let remainderByZero = "division by zero in remainder operation"
    /// Swift's trap for `Int.min % -1`, "Division results in an overflow in remainder operation".
    static let remainderOverflow = "division results in an overflow in remainder operation"
}
