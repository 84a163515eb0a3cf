extension Matrix {
    /// The 1×n matrix whose only row is `vector`.
    public init(rowVector vector: [Double]) {
        self.init(uncheckedRows: 1, columns: vector.count)
        for (j, value) in vector.enumerated() { self[0, j] = value }
    }

    /// The n×1 matrix whose only column is `vector`.
    public init(columnVector vector: [Double]) {
        self.init(uncheckedRows: vector.count, columns: 1)
        for (i, value) in vector.enumerated() { self[i, 0] = value }
    }

    /// The n×n identity matrix: I(i, j) = 1 if i = j, else 0; n must be ≥ 0.
    public static func identity(_ size: Int) throws(TransformerError) -> Matrix {
        var result = try Matrix(rows: size, columns: size)
        for i in 0..<size { result[i, i] = 1 }
        return result
    }

    /// Column `j` as a vector; `j` must be in 0..<columns.
    public func column(_ j: Int) throws(TransformerError) -> [Double] {
        guard (0..<columns).contains(j) else {
            throw .invalidArgument(name: "column index", value: Double(j), requirement: "in 0..<\(columns)")
        }
        return (0..<rows).map { self[$0, j] }
    }
}
