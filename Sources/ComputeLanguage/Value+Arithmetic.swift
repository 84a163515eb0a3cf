import TransformerCore

/// Why `+ - * /` could not combine two values.
enum ArithmeticError: Error {
    /// The operator does not apply to these types.
    case operands(String, String, String)
    /// A matrix product of shapes that do not fit.
    case shape(TransformerError)
    /// An element-wise operation between a vector or matrix and one of another shape.
    case shapes
    /// A division by zero.
    case divisionByZero
    /// Integer arithmetic that overflows `Int`.
    case overflow(String)
}

extension Value {
    /// `lhs op rhs` for `+ - * /`: Swift's integer arithmetic (overflow-checked, truncating division),
    /// real arithmetic, element-wise sums and differences of equal shapes, scaling by a number,
    /// and the matrix product for `*` between matrices (as in simd).
    static func arithmetic(_ op: String, _ lhs: Value, _ rhs: Value) throws(ArithmeticError) -> Value {
        switch (lhs, rhs) {
        case let (.integer(a), .integer(b)):
            return .integer(try integerArithmetic(op, a, b))
        case let (.string(a), .string(b)) where op == "+":
            return .string(a + b)
        default:
            break
        }
        if let a = lhs.realValue, let b = rhs.realValue {
            if op == "/", b == 0 { throw .divisionByZero }
            return .real(apply(op, a, b))
        }
        switch (lhs, rhs) {
        case let (.vector(a), .vector(b)) where op == "+" || op == "-":
            guard a.count == b.count else { throw .shapes }
            return .vector(zip(a, b).map { apply(op, $0, $1) })
        case let (.matrix(a), .matrix(b)) where op == "+" || op == "-":
            guard a.shape == b.shape else { throw .shapes }
            return .matrix(a.combined(with: b) { apply(op, $0, $1) })
        case let (.matrix(a), .matrix(b)) where op == "*":
            do { return .matrix(try a * b) } catch { throw .shape(error) }
        default:
            break
        }
        if let b = rhs.realValue, op != "/" || b != 0 {
            if let mapped = lhs.mapElements({ apply(op, $0, b) }) { return mapped }
        } else if rhs.realValue == 0, lhs.mapElements({ $0 }) != nil {
            throw .divisionByZero
        }
        if let a = lhs.realValue, op != "/", let mapped = rhs.mapElements({ apply(op, a, $0) }) {
            return mapped
        }
        throw .operands(op, lhs.typeName, rhs.typeName)
    }

    private static func integerArithmetic(_ op: String, _ a: Int, _ b: Int) throws(ArithmeticError) -> Int {
        let (result, overflow): (Int, Bool)
        switch op {
        case "+": (result, overflow) = a.addingReportingOverflow(b)
        case "-": (result, overflow) = a.subtractingReportingOverflow(b)
        case "*": (result, overflow) = a.multipliedReportingOverflow(by: b)
        default:
            guard b != 0 else { throw .divisionByZero }
            (result, overflow) = a.dividedReportingOverflow(by: b)
        }
        if overflow { throw .overflow(op) }
        return result
    }

    private static func apply(_ op: String, _ a: Double, _ b: Double) -> Double {
        switch op {
        case "+": a + b
        case "-": a - b
        case "*": a * b
        default: a / b
        }
    }

    /// The vector or matrix with `transform` applied to each element; nil for other values.
    func mapElements(_ transform: (Double) -> Double) -> Value? {
        switch self {
        case let .vector(v): .vector(v.map(transform))
        case let .matrix(m): .matrix(m.mapped(transform))
        default: nil
        }
    }
}

extension Matrix {
    /// The matrix with `transform` applied to each element.
    func mapped(_ transform: (Double) -> Double) -> Matrix {
        (try? Matrix(rows: rows, columns: columns, elements: elements.map(transform))) ?? self
    }

    /// Element-wise combination of two matrices of the same shape.
    func combined(with other: Matrix, _ combine: (Double, Double) -> Double) -> Matrix {
        (try? Matrix(rows: rows, columns: columns, elements: zip(elements, other.elements).map(combine))) ?? self
    }
}
