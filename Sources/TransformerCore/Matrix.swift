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
        let (rows, columns) = (self.rows, self.columns)
        let transposed = [Double](unsafeUninitializedCapacity: rows * columns) { buffer, initialized in
            elements.withUnsafeBufferPointer { source in
                guard let from = source.baseAddress, let to = buffer.baseAddress else { return }
                // 32×32 tiles, so that both the reads and the strided writes stay in cache.
                let tile = 32
                for i0 in stride(from: 0, to: rows, by: tile) {
                    for j0 in stride(from: 0, to: columns, by: tile) {
                        for i in i0..<min(i0 + tile, rows) {
                            for j in j0..<min(j0 + tile, columns) { (to + j * rows + i).initialize(to: from[i * columns + j]) }
                        }
                    }
                }
            }
            initialized = rows * columns
        }
        return Matrix(uncheckedRows: columns, columns: rows, elements: transposed)
    }

    /// A zero matrix of a shape already known to be valid.
    init(uncheckedRows rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        self.elements = Array(repeating: 0, count: rows * columns)
    }

    /// A matrix of a shape already known to be valid from `rows * columns` row-major elements.
    init(uncheckedRows rows: Int, columns: Int, elements: [Double]) {
        assert(rows >= 0 && columns >= 0 && elements.count == rows * columns)
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// Runs `body` on the row-major elements, which it may change in place (but not resize).
    mutating func withUnsafeMutableElements<R, E: Error>(
        _ body: (UnsafeMutableBufferPointer<Double>) throws(E) -> R
    ) throws(E) -> R {
        try elements.withUnsafeMutableBufferPointer { (buffer: inout UnsafeMutableBufferPointer<Double>) throws(E) -> R in
            try body(buffer)
        }
    }
}
