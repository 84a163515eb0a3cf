extension Matrix {
    /// The rows in `range` (all columns): S(i, j) = A(range.lowerBound + i, j); the range must lie in 0...rows.
    public func rowSlice(_ range: Range<Int>) throws(TransformerError) -> Matrix {
        try Self.check(range, within: rows, name: "row range")
        var result = Matrix(uncheckedRows: range.count, columns: columns)
        for i in 0..<range.count {
            for j in 0..<columns { result[i, j] = self[range.lowerBound + i, j] }
        }
        return result
    }

    /// The columns in `range` (all rows): S(i, j) = A(i, range.lowerBound + j); the range must lie in 0...columns.
    public func columnSlice(_ range: Range<Int>) throws(TransformerError) -> Matrix {
        try Self.check(range, within: columns, name: "column range")
        var result = Matrix(uncheckedRows: rows, columns: range.count)
        for i in 0..<rows {
            for j in 0..<range.count { result[i, j] = self[i, range.lowerBound + j] }
        }
        return result
    }

    /// Throws unless `range` lies within 0...count.
    private static func check(_ range: Range<Int>, within count: Int, name: String) throws(TransformerError) {
        guard range.lowerBound >= 0 else {
            throw .invalidArgument(name: "\(name) lower bound", value: Double(range.lowerBound), requirement: "at least 0")
        }
        guard range.upperBound <= count else {
            throw .invalidArgument(name: "\(name) upper bound", value: Double(range.upperBound), requirement: "at most \(count)")
        }
    }
}
