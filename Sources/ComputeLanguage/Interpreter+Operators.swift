import SwiftSyntax

extension Interpreter {
    /// The operators that compare two values and give a `Bool`.
    static let comparisons: Set<String> = ["==", "!=", "<", "<=", ">", ">=", "≈"]

    /// `-x`, `+x` and `!b`.
    mutating func evaluatePrefix(_ prefix: PrefixOperatorExprSyntax) throws(Failure) -> Value {
        let op = prefix.operator.text
        if op == "−" { throw unicodeMinus(prefix.operator) }
        guard ["-", "+", "!"].contains(op) else {
            throw error(.unsupportedOperator(op), at: prefix.operator)
        }
        if op == "-", let literal = prefix.expression.as(IntegerLiteralExprSyntax.self) {
            return try integer(literal, negated: true)
        }
        let operand = try evaluate(prefix.expression)
        try charge(operand.footprint, at: prefix)
        switch (op, operand) {
        case let ("-", .integer(n)):
            guard n != .min else { throw error(.overflow("-"), at: prefix) }
            return .integer(-n)
        case ("-", _):
            if let negated = operand.realValue.map({ Value.real(-$0) }) ?? operand.mapElements({ -$0 }) { return negated }
        case ("+", .integer), ("+", .real), ("+", .vector), ("+", .matrix):
            return operand
        case let ("!", .bool(b)):
            return .bool(!b)
        default:
            break
        }
        throw error(.prefixOperands(op, operand.typeName), at: prefix)
    }

    /// A binary operator: arithmetic, comparison, `≈` or a logical operator.
    mutating func evaluateInfix(_ infix: InfixOperatorExprSyntax) throws(Failure) -> Value {
        guard let token = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator else {
            if infix.operator.is(AssignmentExprSyntax.self) {
                throw error(.assignmentInExpression, at: infix.operator)
            }
            throw error(.unsupported("'\(infix.operator.trimmedDescription)' expressions"), at: infix.operator)
        }
        let op = token.text
        if op == "−" { throw unicodeMinus(token) }
        if op == ".*" { throw dotStar(token) }
        if op == "&&" || op == "||" {
            let lhs = try boolean(infix.leftOperand)
            if (op == "&&" && !lhs) || (op == "||" && lhs) { return .bool(lhs) }
            return .bool(try boolean(infix.rightOperand))
        }
        let lhs = try evaluate(infix.leftOperand)
        let rhs = try evaluate(infix.rightOperand)
        return try binary(op, lhs, rhs, infix)
    }

    /// Applies `op` to evaluated operands; `infix` locates diagnostics and holds the written literals.
    mutating func binary(_ op: String, _ lhs: Value, _ rhs: Value, _ infix: InfixOperatorExprSyntax) throws(Failure) -> Value {
        if Self.comparisons.contains(op) {
            // Comparing vectors and matrices takes one operation per element, counted like arithmetic.
            try charge(max(lhs.footprint, rhs.footprint), at: infix)
        }
        switch op {
        case "≈":
            return .bool(try approximatelyEqual(lhs, rhs, infix))
        case "==", "!=":
            guard let equal = lhs.isEqual(to: rhs) else {
                throw error(.binaryOperands(op, lhs.typeName, rhs.typeName), at: infix.operator)
            }
            return .bool(equal == (op == "=="))
        case "<", "<=", ">", ">=":
            guard let a = lhs.realValue, let b = rhs.realValue else {
                throw error(.binaryOperands(op, lhs.typeName, rhs.typeName), at: infix.operator)
            }
            return .bool(op == "<" ? a < b : op == "<=" ? a <= b : op == ">" ? a > b : a >= b)
        case "+", "-", "*", "/", "⊙":
            return try arithmetic(op, lhs, rhs, infix)
        case "%":
            return try remainder(lhs, rhs, infix)
        default:
            let compound = ["+=", "-=", "*=", "/="].contains(op)
            // `t -= a + b` is `t = t - (a + b)`: an operation on the right keeps its parentheses unless the operator is '+'.
            let right = infix.rightOperand.trimmedDescription
            let value = infix.rightOperand.is(InfixOperatorExprSyntax.self) && op != "+=" ? "(\(right))" : right
            let notes: [ComputeDiagnostic.Note] = compound
                ? [.init(.assignInstead(infix.leftOperand.trimmedDescription, String(op.dropLast()), value))] : []
            throw error(.unsupportedOperator(op), at: infix.operator, notes: notes)
        }
    }

    private mutating func arithmetic(_ op: String, _ lhs: Value, _ rhs: Value, _ infix: InfixOperatorExprSyntax) throws(Failure) -> Value {
        if case let .matrix(a) = lhs, case let .matrix(b) = rhs, op == "*" {
            // The product's size is checked before it is allocated; its cost is rows × inner × columns.
            let (size, sizeOverflows) = a.rows.multipliedReportingOverflow(by: b.columns)
            try checkSize(sizeOverflows ? .max : size, at: infix)
            // Every element of the product is written, even when the inner dimension is 0.
            try charge(Builtin.Cost.sum(Builtin.Cost.product(a.rows, a.columns, b.columns), size, a.rows, b.columns), at: infix)
        } else {
            try charge(max(lhs.footprint, rhs.footprint), at: infix)
        }
        let result: Value
        do {
            result = try Value.arithmetic(op, lhs, rhs)
        } catch {
            switch error {
            case let .operands(op, a, b):
                let vectors = if case .vector = lhs, case .vector = rhs, op == "*" { true } else { false }
                let scaling = op == "⊙" && (lhs.realValue != nil || rhs.realValue != nil)
                let notes: [ComputeDiagnostic.Note] = vectors ? [.init(.vectorProducts)] : scaling ? [.init(.scaling)] : []
                throw self.error(.binaryOperands(op, a, b), at: infix.operator, notes: notes)
            case let .shape(problem): throw self.error(problem.description, at: infix.operator)
            case .shapes:
                let broadcast = switch (lhs, rhs) {
                case (.matrix, .vector), (.vector, .matrix): true
                default: false
                }
                let message: String = broadcast
                    ? .broadcastMismatch(op, lhs.shapeDescription, rhs.shapeDescription)
                    : .shapeMismatch(op, lhs.shapeDescription, rhs.shapeDescription)
                throw self.error(message, at: infix.operator)
            case .divisionByZero: throw self.error(.divisionByZero, at: infix.rightOperand)
            case let .overflow(op): throw self.error(.overflow(op), at: infix.operator)
            }
        }
        if case let .integer(a) = lhs, case let .integer(b) = rhs, op == "/", b != 0, a % b != 0, case let .integer(q) = result {
            warning(.truncatingDivision(a, b, q), at: infix)
        }
        try checkSize(of: result, at: infix)
        if let bad = result.firstNonFinite {
            throw error(.nonFiniteResult(bad), at: infix)
        }
        return result
    }

    private mutating func boolean(_ expression: ExprSyntax) throws(Failure) -> Bool {
        let value = try evaluate(expression)
        guard case let .bool(b) = value else {
            throw error(.notBool(value.typeName), at: expression)
        }
        return b
    }

    /// The error for MATLAB's `.*`, with a fix-it to swift-compute's element-wise product `⊙`.
    private mutating func dotStar(_ token: TokenSyntax) -> Failure {
        let start = token.positionAfterSkippingLeadingTrivia.utf8Offset
        let end = token.endPositionBeforeTrailingTrivia.utf8Offset
        return error(.dotStar, at: token, fixIts: [.init("replace '.*' with '⊙'", range: start..<end, replacement: "⊙")])
    }

    /// The error for a pasted Unicode minus, with a fix-it to `-`.
    private mutating func unicodeMinus(_ token: TokenSyntax) -> Failure {
        let start = token.positionAfterSkippingLeadingTrivia.utf8Offset
        let end = token.endPositionBeforeTrailingTrivia.utf8Offset
        return error(.unicodeMinus, at: token, fixIts: [.init("replace '−' with '-'", range: start..<end, replacement: "-")])
    }
}

private extension String {
    static func overflow(_ op: String) -> String { "arithmetic operation '\(op)' overflows 'Int'" }
    static func prefixOperands(_ op: String, _ type: String) -> String {
        "unary operator '\(op)' cannot be applied to an operand of type '\(type)'"
    }
    static let assignmentInExpression = "an assignment is a statement of its own, not a value"
    static func unsupportedOperator(_ op: String) -> String { "operator '\(op)' is not supported in swift-compute" }
    static func assignInstead(_ name: String, _ op: String, _ value: String) -> String {
        "assign the new value instead: \(name) = \(name) \(op) \(value)"
    }
    static let divisionByZero = "division by zero"
    static func truncatingDivision(_ a: Int, _ b: Int, _ q: Int) -> String {
        "integer division \(a) / \(b) truncates to \(q); write \(a).0 / \(b) for a fractional result"
    }
    static func nonFiniteResult(_ element: NonFiniteElement) -> String { "the result is not finite (\(element))" }
    static func shapeMismatch(_ op: String, _ a: String, _ b: String) -> String {
        "'\(op)' needs operands of one shape, got \(a) and \(b)"
    }
    static func broadcastMismatch(_ op: String, _ a: String, _ b: String) -> String {
        "'\(op)' of a matrix and a vector adds the vector to every row, so it needs one entry per column, got \(a) and \(b)"
    }
    static func notBool(_ type: String) -> String { "expected a 'Bool', got a value of type '\(type)'" }
    static let unicodeMinus = "'−' (U+2212 MINUS SIGN) is not Swift's minus; use '-'"
    static let dotStar = "operator '.*' is not supported in swift-compute; the element-wise product is '⊙'"
    static let vectorProducts = "use '⊙' for the element-wise product, or dot(_:_:) for the dot product"
    static let scaling = "use '*' to scale by a number; '⊙' multiplies vectors or matrices of one shape"
}
