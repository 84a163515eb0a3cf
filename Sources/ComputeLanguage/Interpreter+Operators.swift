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
        try charge(operand.elementCount, at: prefix)
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
            try charge(max(lhs.elementCount, rhs.elementCount), at: infix)
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
        case "+", "-", "*", "/":
            return try arithmetic(op, lhs, rhs, infix)
        default:
            throw error(.unsupportedOperator(op), at: infix.operator)
        }
    }

    private mutating func arithmetic(_ op: String, _ lhs: Value, _ rhs: Value, _ infix: InfixOperatorExprSyntax) throws(Failure) -> Value {
        if case let .matrix(a) = lhs, case let .matrix(b) = rhs, op == "*" {
            // The product's size is checked before it is allocated; its cost is rows × inner × columns.
            let (size, sizeOverflows) = a.rows.multipliedReportingOverflow(by: b.columns)
            try checkSize(sizeOverflows ? .max : size, at: infix)
            let (operations, overflows) = a.elements.count.multipliedReportingOverflow(by: max(b.columns, 1))
            try charge(overflows ? .max : operations, at: infix)
        } else {
            try charge(max(lhs.elementCount, rhs.elementCount), at: infix)
        }
        let result: Value
        do {
            result = try Value.arithmetic(op, lhs, rhs)
        } catch {
            switch error {
            case let .operands(op, a, b): throw self.error(.binaryOperands(op, a, b), at: infix.operator)
            case let .shape(problem): throw self.error(problem.description, at: infix.operator)
            case .shapes: throw self.error(.shapeMismatch(op, lhs.shapeDescription, rhs.shapeDescription), at: infix.operator)
            case .divisionByZero: throw self.error(.divisionByZero, at: infix.rightOperand)
            case let .overflow(op): throw self.error(.overflow(op), at: infix.operator)
            }
        }
        if case let .integer(a) = lhs, case let .integer(b) = rhs, op == "/", b != 0, a % b != 0, case let .integer(q) = result {
            warning(.truncatingDivision(a, b, q), at: infix)
        }
        try checkSize(result.elementCount, at: infix)
        if let bad = result.firstNonFinite {
            throw error(.nonFiniteResult(bad), at: infix)
        }
        return result
    }

    /// `a ≈ b`: a decimal literal on either side is matched to its written precision (|v − w| ≤ ½·10⁻ᵏ);
    /// otherwise |a − b| ≤ 1e-9 · max(1, |a|, |b|). Vectors and matrices compare element by element.
    private mutating func approximatelyEqual(_ lhs: Value, _ rhs: Value, _ infix: InfixOperatorExprSyntax) throws(Failure) -> Bool {
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

    private mutating func boolean(_ expression: ExprSyntax) throws(Failure) -> Bool {
        let value = try evaluate(expression)
        guard case let .bool(b) = value else {
            throw error(.notBool(value.typeName), at: expression)
        }
        return b
    }

    /// The error for a pasted Unicode minus, with a fix-it to `-`.
    private mutating func unicodeMinus(_ token: TokenSyntax) -> Failure {
        let start = token.positionAfterSkippingLeadingTrivia.utf8Offset
        let end = token.endPositionBeforeTrailingTrivia.utf8Offset
        return error(.unicodeMinus, at: token, fixIts: [.init("replace '−' with '-'", range: start..<end, replacement: "-")])
    }
}

extension Value {
    /// The numbers a value holds and its shape (nil for non-numeric values).
    var numbers: (values: [Double], shape: [Int])? {
        switch self {
        case .integer, .real: realValue.map { ([$0], []) }
        case let .vector(v): (v, [v.count])
        case let .matrix(m): (m.elements, [m.rows, m.columns])
        default: nil
        }
    }

    /// "Double", "Vector of 3", "Matrix 2×3".
    var shapeDescription: String {
        switch self {
        case let .vector(v): "Vector of \(v.count)"
        case let .matrix(m): "Matrix \(m.rows)×\(m.columns)"
        default: typeName
        }
    }

    /// Exact equality for values of comparable types; nil when the types cannot be compared.
    func isEqual(to other: Value) -> Bool? {
        if let a = realValue, let b = other.realValue { return a == b }
        switch (self, other) {
        case let (.bool(a), .bool(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.vector(a), .vector(b)): return a == b
        case let (.matrix(a), .matrix(b)): return a == b
        default: return nil
        }
    }
}

private extension String {
    static func overflow(_ op: String) -> String { "arithmetic operation '\(op)' overflows 'Int'" }
    static func prefixOperands(_ op: String, _ type: String) -> String {
        "unary operator '\(op)' cannot be applied to an operand of type '\(type)'"
    }
    static func binaryOperands(_ op: String, _ a: String, _ b: String) -> String {
        "binary operator '\(op)' cannot be applied to operands of type '\(a)' and '\(b)'"
    }
    static let assignmentInExpression = "an assignment is a statement of its own, not a value"
    static func unsupportedOperator(_ op: String) -> String { "operator '\(op)' is not supported in swift-compute" }
    static let divisionByZero = "division by zero"
    static func truncatingDivision(_ a: Int, _ b: Int, _ q: Int) -> String {
        "integer division \(a) / \(b) truncates to \(q); write \(a).0 / \(b) for a fractional result"
    }
    static func nonFiniteResult(_ value: Double) -> String { "the result is not finite (\(value.isNaN ? "nan" : String(value)))" }
    static func shapeMismatch(_ op: String, _ a: String, _ b: String) -> String {
        "'\(op)' needs operands of one shape, got \(a) and \(b)"
    }
    static func approximateShapes(_ a: String, _ b: String) -> String { "'≈' needs operands of one shape, got \(a) and \(b)" }
    static func notBool(_ type: String) -> String { "expected a 'Bool', got a value of type '\(type)'" }
    static let unicodeMinus = "'−' (U+2212 MINUS SIGN) is not Swift's minus; use '-'"
}
