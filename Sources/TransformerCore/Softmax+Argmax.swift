extension Softmax {
    /// The index of the largest value, argmaxᵢ zᵢ (the first one on ties); softmax at every T > 0 peaks there.
    public static func argmax(_ values: [Double]) throws(TransformerError) -> Int {
        guard var best = values.indices.first else { throw .empty(operation: "argmax") }
        for (index, value) in values.enumerated() {
            guard !value.isNaN else { throw .invalidArgument(name: "value", value: value, requirement: "not NaN") }
            if value > values[best] { best = index }
        }
        return best
    }

    /// The argmax of each row of a matrix, one index per row.
    public static func argmax(rowsOf matrix: Matrix) throws(TransformerError) -> [Int] {
        var indices: [Int] = []
        for i in 0..<matrix.rows { indices.append(try argmax(matrix.row(i))) }
        return indices
    }
}
