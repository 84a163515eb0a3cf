import TransformerCore

/// Why `+ - * / ⊙` could not combine two values.
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
    /// `lhs op rhs` for `+ - * / ⊙`: Swift's integer arithmetic (overflow-checked, truncating division), real
    /// arithmetic, element-wise sums, differences and products (`⊙`) of equal shapes, scaling by a number, a vector
    /// added to every row of a matrix (a bias), and for `*` the matrix product (as in simd), with a vector on the
    /// left read as a row (v M) and on the right as a column (M v).
    static func arithmetic(_ op: String, _ lhs: Value, _ rhs: Value) throws(ArithmeticError) -> Value {
        let elementwise = op == "+" || op == "-" || op == "⊙"
        switch (lhs, rhs) {
        case let (.integer(a), .integer(b)):
            return .integer(try integerArithmetic(op == "⊙" ? "*" : op, a, b))
        case let (.string(a), .string(b)) where op == "+":
            return .string(a + b)
        case let (.vector(a), .vector(b)) where elementwise:
            guard a.count == b.count else { throw .shapes }
            return .vector(zip(a, b).map { apply(op, $0, $1) })
        case let (.matrix(a), .matrix(b)) where elementwise:
            do {
                return .matrix(try op == "+" ? a + b : op == "-" ? a - b : a.hadamard(b))
            } catch {
                throw .shapes
            }
        case let (.matrix(a), .matrix(b)) where op == "*":
            do { return .matrix(try a * b) } catch { throw .shape(error) }
        case let (.vector(v), .matrix(m)) where op == "*":
            do { return .vector(try (Matrix(rowVector: v) * m).elements) } catch { throw .shape(error) }
        case let (.matrix(m), .vector(v)) where op == "*":
            do { return .vector(try (m * Matrix(columnVector: v)).elements) } catch { throw .shape(error) }
        case let (.matrix(m), .vector(v)) where op == "+" || op == "-":
            return .matrix(try adding(op == "+" ? v : v.map { -$0 }, toRowsOf: m))
        case let (.vector(v), .matrix(m)) where op == "+":
            return .matrix(try adding(v, toRowsOf: m))
        default:
            break
        }
        if let a = lhs.realValue, let b = rhs.realValue {
            if op == "/", b == 0 { throw .divisionByZero }
            return .real(apply(op, a, b))
        }
        guard op != "⊙" else { throw .operands(op, lhs.typeName, rhs.typeName) }
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

    /// M + 1vᵀ: `vector` added to every row of `matrix`; it needs one entry per column.
    private static func adding(_ vector: [Double], toRowsOf matrix: Matrix) throws(ArithmeticError) -> Matrix {
        do { return try matrix.addingRowVector(vector) } catch { throw .shapes }
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
        case "*", "⊙": a * b
        default: a / b
        }
    }

    /// The vector or matrix with `transform` applied to each element; nil for other values.
    func mapElements(_ transform: (Double) -> Double) -> Value? {
        switch self {
        case let .vector(v): .vector(v.map(transform))
        case let .matrix(m): .matrix(m.map(transform))
        default: nil
        }
    }
}
