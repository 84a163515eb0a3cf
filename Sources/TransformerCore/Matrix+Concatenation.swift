extension Matrix {
    /// The blocks side by side, [A | B | …]; all blocks must have the same number of rows.
    public init(concatenatingHorizontally blocks: [Matrix]) throws(TransformerError) {
        guard let first = blocks.first else { throw .empty(operation: "horizontal concatenation") }
        for block in blocks where block.rows != first.rows {
            throw .shapeMismatch(operation: "horizontal concatenation", lhs: first.shape, rhs: block.shape)
        }
        self.init(uncheckedRows: first.rows, columns: blocks.reduce(0) { $0 + $1.columns })
        var offset = 0
        for block in blocks {
            for i in 0..<block.rows {
                for j in 0..<block.columns { self[i, offset + j] = block[i, j] }
            }
            offset += block.columns
        }
    }

    /// The blocks stacked top to bottom, [A; B; …]; all blocks must have the same number of columns.
    public init(concatenatingVertically blocks: [Matrix]) throws(TransformerError) {
        guard let first = blocks.first else { throw .empty(operation: "vertical concatenation") }
        for block in blocks where block.columns != first.columns {
            throw .shapeMismatch(operation: "vertical concatenation", lhs: first.shape, rhs: block.shape)
        }
        self.init(uncheckedRows: blocks.reduce(0) { $0 + $1.rows }, columns: first.columns)
        var offset = 0
        for block in blocks {
            for i in 0..<block.rows {
                for j in 0..<block.columns { self[offset + i, j] = block[i, j] }
            }
            offset += block.rows
        }
    }
}
