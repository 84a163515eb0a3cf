extension AttentionMask {
    /// The keys that one query may attend to: keys 0 ..< n, or key j where `flags[j]` is true.
    enum AllowedKeys: Sendable {
        case prefix(Int)
        case flags([Bool])

        /// Whether the query may attend to at least one key.
        var attendsToAnyKey: Bool {
            switch self {
            case let .prefix(length): length > 0
            case let .flags(flags): flags.contains(true)
            }
        }

        /// Sets the masked entries of one row of scores (of `count` keys) to −∞.
        func mask(_ row: UnsafeMutablePointer<Double>, count: Int) {
            switch self {
            case let .prefix(length):
                if length < count { (row + length).update(repeating: -.infinity, count: count - length) }
            case let .flags(flags):
                for (j, allowed) in flags.enumerated() where !allowed { row[j] = -.infinity }
            }
        }
    }

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
        let allowed = try allowedKeys(queries: scores.rows, keys: scores.columns)
        var masked = scores
        let keys = scores.columns
        masked.withUnsafeMutableElements { buffer in
            for (i, row) in allowed.enumerated() { row.mask(buffer.baseAddress! + i * keys, count: keys) }
        }
        return masked
    }

    /// The keys each of `queries` rows of scores may attend to, one entry per query.
    ///
    /// Throws, in this order, when the mask does not fit `queries` × `keys` scores, and when a query
    /// (the first such, in row order) has every key masked.
    func allowedKeys(queries: Int, keys: Int) throws(TransformerError) -> [AllowedKeys] {
        let rows: [AllowedKeys]
        switch self {
        case .none:
            rows = Array(repeating: .prefix(keys), count: queries)
        case .causal:
            rows = (0..<queries).map { .prefix(min($0 + 1, keys)) }
        case let .padding(keys: valid):
            guard valid.count == keys else {
                throw .shapeMismatch(operation: "padding mask over the keys", lhs: (1, valid.count), rhs: (queries, keys))
            }
            rows = Array(repeating: .flags(valid), count: queries)
        case let .validLength(length):
            guard (0...keys).contains(length) else {
                throw .invalidArgument(name: "valid length", value: Double(length), requirement: "in 0...\(keys) (the number of keys)")
            }
            rows = Array(repeating: .prefix(length), count: queries)
        case let .explicit(allowed: flags):
            for (index, row) in flags.enumerated() where row.count != keys {
                throw .raggedRows(row: index, expected: keys, actual: row.count)
            }
            guard flags.count == queries else {
                throw .shapeMismatch(operation: "explicit attention mask", lhs: (flags.count, keys), rhs: (queries, keys))
            }
            rows = flags.map { .flags($0) }
        }
        for (i, row) in rows.enumerated() where !row.attendsToAnyKey {
            throw .fullyMaskedRow(row: i)
        }
        return rows
    }
}
