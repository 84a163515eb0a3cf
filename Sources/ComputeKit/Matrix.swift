import TransformerCore

/// A matrix of reals, rows of equal length: from `[[1, 2], [3, 4]]` where a `Matrix` is expected, or a builtin.
///
/// It holds TransformerCore's matrix; its operators do not throw (a shape mismatch stops the program, as an index out
/// of range does in Swift), so it is a type of its own rather than TransformerCore's, whose operators throw.
public struct Matrix: Equatable, Hashable, Sendable, ExpressibleByArrayLiteral {
    /// TransformerCore's matrix.
    public var core: TransformerCore.Matrix

    /// A matrix holding TransformerCore's `core`.
    public init(_ core: TransformerCore.Matrix) {
        self.core = core
    }

    /// A matrix from rows of equal length.
    public init(rows: [Vector]) {
        core = must { () throws(TransformerError) in try CoreMatrix(rows.map(\.elements)) }
    }

    /// `[[1, 2], [3, 4]]` (or `[v, w]` of vectors) where a `Matrix` is expected: one vector per row.
    public init(arrayLiteral rows: Vector...) {
        self.init(rows: rows)
    }

    /// The number of rows.
    public var rows: Int { core.rows }

    /// The number of columns.
    public var columns: Int { core.columns }

    /// Rows × columns, a `Shape` shown as `4×4`.
    public var shape: Shape { Shape(rows: core.rows, columns: core.columns) }

    /// The elements row by row.
    public var elements: [Double] { core.elements }

    /// The transpose Mᵀ.
    public var T: Matrix { Matrix(core.transposed) }

    /// Element (i, j), 0-based.
    public subscript(i: Int, j: Int) -> Double {
        get {
            requirement(i >= 0 && i < rows && j >= 0 && j < columns, "index (\(i), \(j)) is out of range for a \(rows)×\(columns) matrix")
            return core[i, j]
        }
        set {
            requirement(i >= 0 && i < rows && j >= 0 && j < columns, "index (\(i), \(j)) is out of range for a \(rows)×\(columns) matrix")
            core[i, j] = newValue
        }
    }

    /// Row i as a vector, 0-based.
    public subscript(i: Int) -> Vector {
        requirement(i >= 0 && i < rows, "row \(i) is out of range for a matrix of \(rows) rows")
        return Vector(core.row(i))
    }

    /// The matrix with `transform` applied to each element.
    func mapElements(_ transform: (Double) -> Double) -> Matrix {
        Matrix(core.map(transform))
    }
}
