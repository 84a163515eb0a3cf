extension Matrix {
    /// The columns split into `count` heads of d_model / h columns each: head k holds columns k·d_head ..< (k+1)·d_head.
    ///
    /// The number of columns (d_model) must be divisible by the head count h ≥ 1.
    public func splitHeads(_ count: Int) throws(TransformerError) -> [Matrix] {
        guard count >= 1, columns % count == 0 else {
            throw .invalidArgument(
                name: "head count", value: Double(count), requirement: "a positive divisor of d_model = \(columns)"
            )
        }
        let width = columns / count
        var heads: [Matrix] = []
        for k in 0..<count { heads.append(try columnSlice((k * width)..<((k + 1) * width))) }
        return heads
    }

    /// The heads joined back side by side, [H₀ | H₁ | …]: the inverse of `splitHeads`; all heads must have one shape.
    public init(joiningHeads heads: [Matrix]) throws(TransformerError) {
        guard let first = heads.first else { throw .empty(operation: "joining heads") }
        for head in heads where head.rows != first.rows || head.columns != first.columns {
            throw .shapeMismatch(operation: "joining heads", lhs: first.shape, rhs: head.shape)
        }
        try self.init(concatenatingHorizontally: heads)
    }
}
