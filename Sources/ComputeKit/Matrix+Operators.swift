import TransformerCore

/// The interpreter's arithmetic on matrices: the matrix product `*` (as in simd), `+ - ⊙` of one shape, a vector added
/// to every row (a bias), vectors as rows or columns of a product, and scaling by a number.
extension Matrix {
    /// (AB)(i, j) = Σₖ A(i, k)·B(k, j); A's columns equal B's rows.
    public static func * (a: Matrix, b: Matrix) -> Matrix { Matrix(must { () throws(TransformerError) in try a.core * b.core }) }

    /// v M, the vector read as a row: (vM)ⱼ = Σₖ vₖ·M(k, j).
    public static func * (v: Vector, m: Matrix) -> Vector {
        Vector(must { () throws(TransformerError) in try (CoreMatrix(rowVector: v.elements) * m.core).elements })
    }

    /// M v, the vector read as a column: (Mv)ᵢ = Σₖ M(i, k)·vₖ.
    public static func * (m: Matrix, v: Vector) -> Vector {
        Vector(must { () throws(TransformerError) in try (m.core * CoreMatrix(columnVector: v.elements)).elements })
    }

    /// A + B, element by element; one shape.
    public static func + (a: Matrix, b: Matrix) -> Matrix { Matrix(must { () throws(TransformerError) in try a.core + b.core }) }

    /// A − B, element by element; one shape.
    public static func - (a: Matrix, b: Matrix) -> Matrix { Matrix(must { () throws(TransformerError) in try a.core - b.core }) }

    /// A ⊙ B, the element-wise (Hadamard) product (A ⊙ B)(i, j) = A(i, j)·B(i, j); one shape.
    public static func ⊙ (a: Matrix, b: Matrix) -> Matrix { Matrix(must { () throws(TransformerError) in try a.core.hadamard(b.core) }) }

    /// M + 1bᵀ: b added to every row; one entry of b per column.
    public static func + (m: Matrix, b: Vector) -> Matrix {
        Matrix(must { () throws(TransformerError) in try m.core.addingRowVector(b.elements) })
    }

    /// 1bᵀ + M: b added to every row; one entry of b per column.
    public static func + (b: Vector, m: Matrix) -> Matrix { m + b }

    /// M − 1bᵀ: b subtracted from every row; one entry of b per column.
    public static func - (m: Matrix, b: Vector) -> Matrix { m + (-b) }

    /// −M, element by element.
    public static prefix func - (m: Matrix) -> Matrix { Matrix(-m.core) }



    /// M(i, j)·s for every element.
    public static func * (m: Matrix, s: Double) -> Matrix { m.mapElements { $0 * s } }

    /// M(i, j) / s for every element; s ≠ 0.
    public static func / (m: Matrix, s: Double) -> Matrix {
        requirement(s != 0, "division by zero")
        return m.mapElements { $0 / s }
    }



    /// s·M(i, j) for every element.
    public static func * (s: Double, m: Matrix) -> Matrix { m.mapElements { s * $0 } }
}
