import TransformerCore

// Scaled dot-product attention with masks, the fused kernel, mask matrices and multi-head attention.

/// softmax(mask(QKᵀ / √d_k)) V by rows, with its scores, scaled and masked scores and weights.
public func attention(q: Matrix, k: Matrix, v: Matrix, mask: AttentionMask = .none, scaled: Bool = true) -> AttentionResult {
    AttentionResult(must { () throws(TransformerError) in
        try Attention.scaledDotProduct(queries: q.core, keys: k.core, values: v.core, mask: mask.core, scaled: scaled)
    })
}

/// The output softmax(mask(QKᵀ / √d_k)) V alone, computed block by block.
public func attentionOutput(q: Matrix, k: Matrix, v: Matrix, causal: Bool = false, scaled: Bool = true) -> Matrix {
    Matrix(must { () throws(TransformerError) in
        try AttentionKernel.output(queries: q.core, keys: k.core, values: v.core, scaled: scaled, causal: causal)
    })
}

/// M(i, j) = 1 where query i may attend to key j, else 0.
public func maskMatrix(_ mask: AttentionMask, queries: Int, keys: Int) -> Matrix {
    Matrix(must { () throws(TransformerError) in try mask.core.allowed(queries: queries, keys: keys) })
}

/// Concat(head₁, …, head_h) W_O, headₖ the attention of the k-th d_model / h columns of Q = X W_Q, K = X W_K, V = X W_V.
public func multiHeadAttention(
    _ x: Matrix, heads: Int, wq: Matrix, wk: Matrix, wv: Matrix, wo: Matrix, mask: AttentionMask = .none, scaled: Bool = true
) -> MultiHeadAttentionResult {
    multiHead(x, context: nil, heads: heads, weights: [wq, wk, wv, wo], biases: nil, mask: mask, scaled: scaled)
}

/// The same with biases: Q = X W_Q + b_Q, …, output Concat(…) W_O + b_O.
public func multiHeadAttention(
    _ x: Matrix, heads: Int, wq: Matrix, wk: Matrix, wv: Matrix, wo: Matrix, bq: Vector, bk: Vector, bv: Vector, bo: Vector,
    mask: AttentionMask = .none, scaled: Bool = true
) -> MultiHeadAttentionResult {
    multiHead(x, context: nil, heads: heads, weights: [wq, wk, wv, wo], biases: [bq, bk, bv, bo], mask: mask, scaled: scaled)
}

/// Cross-attention: queries from X, keys and values from the context C.
public func multiHeadAttention(
    _ x: Matrix, context: Matrix, heads: Int, wq: Matrix, wk: Matrix, wv: Matrix, wo: Matrix, mask: AttentionMask = .none,
    scaled: Bool = true
) -> MultiHeadAttentionResult {
    multiHead(x, context: context, heads: heads, weights: [wq, wk, wv, wo], biases: nil, mask: mask, scaled: scaled)
}

/// Cross-attention with biases.
public func multiHeadAttention(
    _ x: Matrix, context: Matrix, heads: Int, wq: Matrix, wk: Matrix, wv: Matrix, wo: Matrix, bq: Vector, bk: Vector,
    bv: Vector, bo: Vector, mask: AttentionMask = .none, scaled: Bool = true
) -> MultiHeadAttentionResult {
    multiHead(x, context: context, heads: heads, weights: [wq, wk, wv, wo], biases: [bq, bk, bv, bo], mask: mask, scaled: scaled)
}

/// One multi-head attention with the weights W_Q, W_K, W_V, W_O and, when given, the biases b_Q, b_K, b_V, b_O.
private func multiHead(
    _ x: Matrix, context: Matrix?, heads: Int, weights w: [Matrix], biases b: [Vector]?, mask: AttentionMask, scaled: Bool
) -> MultiHeadAttentionResult {
    MultiHeadAttentionResult(must { () throws(TransformerError) in
        let layer = try MultiHeadAttention(
            headCount: heads, queryWeights: w[0].core, keyWeights: w[1].core, valueWeights: w[2].core, outputWeights: w[3].core,
            queryBias: b?[0].elements, keyBias: b?[1].elements, valueBias: b?[2].elements, outputBias: b?[3].elements)
        return try layer.apply(to: x.core, context: context?.core, mask: mask.core, scaled: scaled)
    })
}
