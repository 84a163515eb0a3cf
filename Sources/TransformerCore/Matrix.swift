/// A dense matrix of `Double`s, stored row-major: element (i, j) is `elements[i * columns + j]`.
public struct Matrix: Equatable, Hashable, Sendable {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// The elements in row-major order; `elements.count == rows * columns`.
    public private(set) var elements: [Double]

    /// A matrix of the given shape filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) throws(TransformerError) {
        guard rows >= 0, columns >= 0 else { throw .invalidShape(rows: rows, columns: columns) }
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow else { throw .invalidShape(rows: rows, columns: columns) }
        self.rows = rows
        self.columns = columns
        self.elements = Array(repeating: value, count: count)
    }

    /// A matrix from row-major elements; their count must be `rows * columns`.
    public init(rows: Int, columns: Int, elements: [Double]) throws(TransformerError) {
        guard rows >= 0, columns >= 0, rows.multipliedReportingOverflow(by: columns) == (elements.count, false) else {
            throw .elementCount(expected: (rows: rows, columns: columns), actual: elements.count)
        }
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix from its rows, which must all have the same length.
    public init(_ rowArrays: [[Double]]) throws(TransformerError) {
        let width = rowArrays.first?.count ?? 0
        for (index, row) in rowArrays.enumerated() where row.count != width {
            throw .raggedRows(row: index, expected: width, actual: row.count)
        }
        self.rows = rowArrays.count
        self.columns = width
        self.elements = rowArrays.flatMap { $0 }
    }

    /// The shape as (rows, columns).
    public var shape: (rows: Int, columns: Int) { (rows, columns) }

    /// Element (i, j); the indices must be in range (callers check them first).
    public subscript(row: Int, column: Int) -> Double {
        get { elements[row * columns + column] }
        set { elements[row * columns + column] = newValue }
    }

    /// Row `i` as a vector.
    public func row(_ i: Int) -> [Double] {
        Array(elements[(i * columns)..<((i + 1) * columns)])
    }

    /// The rows as arrays.
    public var rowArrays: [[Double]] { (0..<rows).map(row) }

    /// The transpose: Mᵀ(j, i) = M(i, j).
    public var transposed: Matrix {
        var result = Matrix(uncheckedRows: columns, columns: rows)
        for i in 0..<rows {
            for j in 0..<columns { result.elements[j * rows + i] = elements[i * columns + j] }
        }
        return result
    }

    /// A zero matrix of a shape already known to be valid.
    init(uncheckedRows rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        self.elements = Array(repeating: 0, count: rows * columns)
    }

    /// The matrix product: (AB)(i, j) = Σₖ A(i, k)·B(k, j); `A.columns` must equal `B.rows`.
    public static func * (lhs: Matrix, rhs: Matrix) throws(TransformerError) -> Matrix {
        guard lhs.columns == rhs.rows else {
            throw .shapeMismatch(operation: "matrix product", lhs: lhs.shape, rhs: rhs.shape)
        }
        var result = Matrix(uncheckedRows: lhs.rows, columns: rhs.columns)
        for i in 0..<lhs.rows {
            for k in 0..<lhs.columns {
                let a = lhs.elements[i * lhs.columns + k]
                for j in 0..<rhs.columns {
                    result.elements[i * rhs.columns + j] += a * rhs.elements[k * rhs.columns + j]
                }
            }
        }
        return result
    }
}
