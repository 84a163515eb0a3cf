extension AttentionMask {
    /// The mask as a 0/1 matrix for `queries` × `keys` scores: M(i, j) = 1 where query i may attend to key j, else 0.
    ///
    /// Throws when the mask does not fit the shape or leaves a query with no key to attend to.
    public func allowed(queries: Int, keys: Int) throws(TransformerError) -> Matrix {
        let scores = try Matrix(rows: queries, columns: keys)
        return try apply(to: scores).map { $0 == -.infinity ? 0 : 1 }
    }

    /// The scores with masked entries set to −∞: S′(i, j) = S(i, j) where allowed, −∞ where masked.
    ///
    /// Throws when the mask does not fit the scores' shape, or when a row has every key masked
    /// (its softmax would be 0/0).
    public func apply(to scores: Matrix) throws(TransformerError) -> Matrix {
        let (queries, keys) = scores.shape
        let isAllowed: (Int, Int) -> Bool
        switch self {
        case .none:
            isAllowed = { _, _ in true }
        case .causal:
            isAllowed = { i, j in j <= i }
        case let .padding(keys: valid):
            guard valid.count == keys else {
                throw .shapeMismatch(operation: "padding mask over the keys", lhs: (1, valid.count), rhs: scores.shape)
            }
            isAllowed = { _, j in valid[j] }
        case let .validLength(length):
            guard (0...keys).contains(length) else {
                throw .invalidArgument(name: "valid length", value: Double(length), requirement: "in 0...\(keys) (the number of keys)")
            }
            isAllowed = { _, j in j < length }
        case let .explicit(allowed: rows):
            for (index, row) in rows.enumerated() where row.count != keys {
                throw .raggedRows(row: index, expected: keys, actual: row.count)
            }
            guard rows.count == queries else {
                throw .shapeMismatch(operation: "explicit attention mask", lhs: (rows.count, keys), rhs: scores.shape)
            }
            isAllowed = { i, j in rows[i][j] }
        }
        var masked = scores
        for i in 0..<queries {
            var attendable = 0
            for j in 0..<keys {
                if isAllowed(i, j) { attendable += 1 } else { masked[i, j] = -.infinity }
            }
            guard attendable > 0 else {
                throw .invalidArgument(name: "number of unmasked keys in query row \(i)", value: 0, requirement: "at least 1")
            }
        }
        return masked
    }
}
