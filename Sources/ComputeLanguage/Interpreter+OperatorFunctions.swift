import SwiftSyntax

extension Interpreter {
    /// `lhs op rhs` for an operator passed as a function: arithmetic as `+ - * /` compute it, comparisons of numbers
    /// and strings; errors are located at the call that applied it.
    mutating func applyOperator(_ op: String, _ lhs: Value, _ rhs: Value, at site: some SyntaxProtocol) throws(Failure) -> Value {
        try charge(max(lhs.footprint, rhs.footprint), at: site)
        switch op {
        case "==", "!=":
            guard let equal = lhs.isEqual(to: rhs) else { throw error(.binaryOperands(op, lhs.typeName, rhs.typeName), at: site) }
            return .bool(equal == (op == "=="))
        case "<", ">", "<=", ">=":
            let ordered: (Bool, Bool)? = if let a = lhs.realValue, let b = rhs.realValue { (a < b, a == b) }
                else if case let .string(a) = lhs, case let .string(b) = rhs { (a < b, a == b) } else { nil }
            guard let (less, equal) = ordered else { throw error(.binaryOperands(op, lhs.typeName, rhs.typeName), at: site) }
            return .bool(op == "<" ? less : op == ">" ? !less && !equal : op == "<=" ? less || equal : !less)
        default:
            if op == "+", let joined = try concatenate(lhs, rhs, at: site) { return joined }
            let result: Value
            do throws(ArithmeticError) {
                result = try Value.arithmetic(op, lhs, rhs)
            } catch {
                switch error {
                case .divisionByZero: throw self.error("division by zero", at: site)
                case let .overflow(op): throw self.error("arithmetic operation '\(op)' overflows 'Int'", at: site)
                default: throw self.error(.binaryOperands(op, lhs.typeName, rhs.typeName), at: site)
                }
            }
            try checkSize(of: result, at: site)
            return result
        }
    }
}
