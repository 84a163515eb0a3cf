extension Matrix {
    /// The element-wise sum: (A + B)(i, j) = A(i, j) + B(i, j); the shapes must be equal.
    public static func + (lhs: Matrix, rhs: Matrix) throws(TransformerError) -> Matrix {
        try lhs.combined(with: rhs, operation: "element-wise sum", +)
    }

    /// The element-wise difference: (A − B)(i, j) = A(i, j) − B(i, j); the shapes must be equal.
    public static func - (lhs: Matrix, rhs: Matrix) throws(TransformerError) -> Matrix {
        try lhs.combined(with: rhs, operation: "element-wise difference", -)
    }

    /// The negation: (−A)(i, j) = −A(i, j).
    public static prefix func - (matrix: Matrix) -> Matrix {
        matrix.map { -$0 }
    }

    /// The scaled matrix: (cA)(i, j) = c·A(i, j).
    public static func * (scalar: Double, matrix: Matrix) -> Matrix {
        matrix.scaled(by: scalar)
    }

    /// The scaled matrix: (Ac)(i, j) = A(i, j)·c.
    public static func * (matrix: Matrix, scalar: Double) -> Matrix {
        matrix.scaled(by: scalar)
    }

    /// The Hadamard (element-wise) product: (A ⊙ B)(i, j) = A(i, j)·B(i, j); the shapes must be equal.
    public func hadamard(_ other: Matrix) throws(TransformerError) -> Matrix {
        try combined(with: other, operation: "Hadamard product", *)
    }

    /// The matrix scaled by `factor`: (cA)(i, j) = c·A(i, j).
    public func scaled(by factor: Double) -> Matrix {
        map { $0 * factor }
    }

    /// The matrix with `transform` applied to each element: f(A)(i, j) = f(A(i, j)).
    public func map<E: Error>(_ transform: (Double) throws(E) -> Double) throws(E) -> Matrix {
        var result = self
        for i in 0..<rows {
            for j in 0..<columns { result[i, j] = try transform(self[i, j]) }
        }
        return result
    }

    /// The row vector `vector` added to every row (a bias): (A + 1bᵀ)(i, j) = A(i, j) + b(j); b has one entry per column.
    public func addingRowVector(_ vector: [Double]) throws(TransformerError) -> Matrix {
        guard vector.count == columns else {
            throw .shapeMismatch(operation: "row-vector broadcast", lhs: shape, rhs: (1, vector.count))
        }
        var result = self
        for i in 0..<rows {
            for j in 0..<columns { result[i, j] += vector[j] }
        }
        return result
    }

    /// Two equal-shaped matrices combined element by element with `combine`.
    func combined(
        with other: Matrix, operation: String, _ combine: (Double, Double) -> Double
    ) throws(TransformerError) -> Matrix {
        guard rows == other.rows, columns == other.columns else {
            throw .shapeMismatch(operation: operation, lhs: shape, rhs: other.shape)
        }
        var result = self
        for i in 0..<rows {
            for j in 0..<columns { result[i, j] = combine(self[i, j], other[i, j]) }
        }
        return result
    }
}
