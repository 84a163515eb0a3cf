/// The projections, the per-head attention and the output of one multi-head attention.
public struct MultiHeadAttentionResult: Equatable, Sendable {
    /// The projected queries Q = X W_Q + b_Q (tokens × d_model), before the split into heads.
    public let queries: Matrix
    /// The projected keys K = C W_K + b_K (keys × d_model), before the split into heads.
    public let keys: Matrix
    /// The projected values V = C W_V + b_V (keys × d_model), before the split into heads.
    public let values: Matrix
    /// Each head's attention on its d_head columns of Q, K and V: scores, scaled scores, weights, output.
    public let heads: [AttentionResult]
    /// The heads' outputs side by side, Concat(head₁, …, head_h) (tokens × d_model).
    public let concatenated: Matrix
    /// The final output Concat(heads) W_O + b_O (tokens × d_model).
    public let output: Matrix

    /// Each head's attention weights, in head order.
    public var headWeights: [Matrix] { heads.map(\.weights) }
}
