extension ModelConfiguration {
    /// The dimensions by their symbols, each required to be ≥ 0 before anything is counted.
    var namedDimensions: [(symbol: String, value: Int)] {
        [
            ("n_vocab", vocabularySize), ("n_ctx", contextLength), ("d_model", modelDimension),
            ("n_layers", layers), ("n_heads", heads), ("n_kv_heads", keyValueHeads),
            ("d_head", headDimension), ("d_ff", feedForwardDimension), ("token types", tokenTypes),
        ]
    }

    /// Throws `invalidArgument` naming the first negative dimension.
    func requireNonNegativeDimensions() throws(TransformerError) {
        for (symbol, value) in namedDimensions where value < 0 {
            throw .invalidArgument(name: symbol, value: Double(value), requirement: "≥ 0")
        }
    }

    /// ∏ factors, or an error naming `quantity` when the product overflows `Int`.
    static func checkedProduct(_ factors: [Int], of quantity: String) throws(TransformerError) -> Int {
        var product = 1
        for factor in factors {
            let (next, overflow) = product.multipliedReportingOverflow(by: factor)
            guard !overflow else { throw overflowError(quantity, value: factors.reduce(1.0) { $0 * Double($1) }) }
            product = next
        }
        return product
    }

    /// Σ terms, or an error naming `quantity` when the sum overflows `Int`.
    static func checkedSum(_ terms: [Int], of quantity: String) throws(TransformerError) -> Int {
        var sum = 0
        for term in terms {
            let (next, overflow) = sum.addingReportingOverflow(term)
            guard !overflow else { throw overflowError(quantity, value: terms.reduce(0.0) { $0 + Double($1) }) }
            sum = next
        }
        return sum
    }

    /// The error for a count of `quantity` (about `value`) that does not fit in `Int`.
    static func overflowError(_ quantity: String, value: Double) -> TransformerError {
        .invalidArgument(name: quantity, value: value, requirement: "at most Int.max = \(Int.max)")
    }
}
