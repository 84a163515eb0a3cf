import TransformerCore

// Construction, shape, reductions, slices and concatenation of vectors and matrices.

/// The n×n identity I: I(i, j) = 1 if i = j, else 0.
public func identity(_ size: Int) -> Matrix { Matrix(must { () throws(TransformerError) in try CoreMatrix.identity(size) }) }

/// The rows × columns matrix of 0s.
public func zeros(rows: Int, columns: Int) -> Matrix {
    Matrix(must { () throws(TransformerError) in try CoreMatrix(rows: rows, columns: columns, repeating: 0) })
}

/// The rows × columns matrix of 1s.
public func ones(rows: Int, columns: Int) -> Matrix {
    Matrix(must { () throws(TransformerError) in try CoreMatrix(rows: rows, columns: columns, repeating: 1) })
}

/// R(i, j) = x[i·columns + j]; rows · columns = count.
public func reshape(_ values: Vector, rows: Int, columns: Int) -> Matrix {
    Matrix(must { () throws(TransformerError) in try CoreMatrix(rows: rows, columns: columns, elements: values.elements) })
}

/// The elements of a matrix row by row into a rows × columns matrix.
public func reshape(_ values: Matrix, rows: Int, columns: Int) -> Matrix { reshape(Vector(values.elements), rows: rows, columns: columns) }

/// x[i·columns + j] = M(i, j).
public func flatten(_ matrix: Matrix) -> Vector { Vector(matrix.elements) }

/// Mᵀ(j, i) = M(i, j).
public func transpose(_ matrix: Matrix) -> Matrix { matrix.T }

/// a · b = Σᵢ aᵢ bᵢ; a and b of one length.
public func dot(_ a: Vector, _ b: Vector) -> Double {
    requirement(a.count == b.count, "dot needs vectors of one length, got \(a.count) and \(b.count)")
    return ScaledReduction.dot(a.elements, b.elements)
}

/// ‖x‖ = √(Σᵢ xᵢ²).
public func norm(_ x: Vector) -> Double { CoreMatrix(rowVector: x.elements).frobeniusNorm }

/// ‖A‖_F = √(Σᵢⱼ A(i, j)²).
public func norm(_ x: Matrix) -> Double { x.core.frobeniusNorm }

/// rᵢ = Σⱼ A(i, j).
public func rowSums(_ matrix: Matrix) -> Vector { Vector(matrix.core.rowSums) }

/// cⱼ = Σᵢ A(i, j).
public func columnSums(_ matrix: Matrix) -> Vector { Vector(matrix.core.columnSums) }

/// Column j of M, 0-based.
public func column(_ matrix: Matrix, _ index: Int) -> Vector {
    Vector(must { () throws(TransformerError) in try matrix.core.column(index) })
}

/// The rows start ..< end of M; 0 ≤ start ≤ end ≤ rows.
public func rowSlice(_ matrix: Matrix, from start: Int, to end: Int) -> Matrix {
    requirement(start <= end, "the end of the rows range must be at least its start \(start), got \(end)")
    return Matrix(must { () throws(TransformerError) in try matrix.core.rowSlice(start..<end) })
}

/// The columns start ..< end of M; 0 ≤ start ≤ end ≤ columns.
public func columnSlice(_ matrix: Matrix, from start: Int, to end: Int) -> Matrix {
    requirement(start <= end, "the end of the columns range must be at least its start \(start), got \(end)")
    return Matrix(must { () throws(TransformerError) in try matrix.core.columnSlice(start..<end) })
}

/// [A | B]; equal rows.
public func concatColumns(_ a: Matrix, _ b: Matrix) -> Matrix {
    Matrix(must { () throws(TransformerError) in try CoreMatrix(concatenatingHorizontally: [a.core, b.core]) })
}

/// [A; B]; equal columns.
public func concatRows(_ a: Matrix, _ b: Matrix) -> Matrix {
    Matrix(must { () throws(TransformerError) in try CoreMatrix(concatenatingVertically: [a.core, b.core]) })
}

/// The 1×n matrix whose only row is v.
public func rowMatrix(_ vector: Vector) -> Matrix { Matrix(CoreMatrix(rowVector: vector.elements)) }

/// The n×1 matrix whose only column is v.
public func columnMatrix(_ vector: Vector) -> Matrix { Matrix(CoreMatrix(columnVector: vector.elements)) }

/// The columns in h heads of d_model / h; h divides d_model.
public func splitHeads(_ matrix: Matrix, count: Int) -> [Matrix] {
    must { () throws(TransformerError) in try matrix.core.splitHeads(count) }.map(Matrix.init)
}

/// Concat(head₁, …, head_h), the inverse of splitHeads.
public func concatHeads(_ heads: [Matrix]) -> Matrix {
    Matrix(must { () throws(TransformerError) in try CoreMatrix(joiningHeads: heads.map(\.core)) })
}
