/// Scaled dot-product attention (Vaswani et al. 2017): Attention(Q, K, V) = softmax(QKᵀ / √d_k) V.
public enum Attention {
    /// softmax(mask(QKᵀ / √d_k)) · V, row by row, with every intermediate matrix returned.
    ///
    /// Q is queries × d_k, K is keys × d_k and V is keys × d_v. With `scaled` false the scores are
    /// not divided by √d_k. Masked entries get −∞ before softmax, so their weights are exactly 0; a
    /// query row with every key masked is an error.
    public static func scaledDotProduct(
        queries: Matrix, keys: Matrix, values: Matrix, mask: AttentionMask = .none, scaled: Bool = true
    ) throws(TransformerError) -> AttentionResult {
        guard queries.columns == keys.columns else {
            throw .shapeMismatch(operation: "attention scores QKᵀ (Q and K need the same d_k)", lhs: queries.shape, rhs: keys.shape)
        }
        guard keys.rows == values.rows else {
            throw .shapeMismatch(operation: "attention values (K and V need one row per key)", lhs: keys.shape, rhs: values.shape)
        }
        guard queries.rows > 0, keys.rows > 0, keys.columns > 0 else { throw .empty(operation: "attention") }
        let scores = try queries.multipliedByTransposeOf(keys)
        let scaledScores: Matrix
        if scaled {
            let root = Double(keys.columns).squareRoot()
            scaledScores = scores.map { $0 / root }
        } else {
            scaledScores = scores
        }
        let masked = mask == .none ? scaledScores : try mask.apply(to: scaledScores)
        var weights = masked
        try Softmax.applyRows(inPlace: &weights)
        let output = try weights * values
        return AttentionResult(scores: scores, scaledScores: scaledScores, weights: weights, output: output, mask: mask)
    }
}
