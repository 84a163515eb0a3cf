/// Scaled dot-product attention (Vaswani et al. 2017): Attention(Q, K, V) = softmax(QKᵀ / √d_k) V.
public enum Attention {
    /// softmax(mask(QKᵀ / √d_k)) · V, row by row, with every intermediate matrix returned.
    ///
    /// Q is queries × d_k, K is keys × d_k and V is keys × d_v. With `scaled` false the scores are
    /// not divided by √d_k. Masked entries get −∞ before softmax, so their weights are exactly 0; a
    /// query row with every key masked is an error.
    ///
    /// Large enough inputs go through `blockwise`: one parallel pass over blocks of query rows that
    /// writes each large matrix once. Small ones take three passes: Q·Kᵀ without a transpose, the
    /// scaled scores and the weights row by row (`scaledScoresAndWeights`), and the product with V.
    /// Both give the same bits.
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
        let allowed = try mask.allowedKeys(queries: queries.rows, keys: keys.rows)
        let divisor = scaled ? Double(keys.columns).squareRoot() : nil
        if blockwiseApplies(queries: queries.rows, keys: keys.rows, depth: keys.columns, width: values.columns) {
            let result = try blockwise(queries: queries, keys: keys, values: values, divisor: divisor, allowed: allowed)
            return AttentionResult(scores: result.scores, scaledScores: result.scaledScores, weights: result.weights,
                                   output: result.output, mask: mask)
        }
        let scores = try queries.multipliedByTransposeOf(keys)
        let (scaledScores, weights) = try scaledScoresAndWeights(scores, divisor: divisor, allowed: allowed)
        let output = try weights * values
        return AttentionResult(scores: scores, scaledScores: scaledScores, weights: weights, output: output, mask: mask)
    }
}
