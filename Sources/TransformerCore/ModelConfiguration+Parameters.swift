extension ModelConfiguration {
    /// The parameters by component under `accounting` (the whole architecture by default).
    ///
    /// Throws `invalidArgument` for a negative dimension or a count beyond `Int.max`; never traps.
    public func parameterBreakdown(_ accounting: ParameterBreakdown.Accounting = .architecture) throws(TransformerError) -> ParameterBreakdown {
        try ParameterBreakdown(counting: self, accounting: accounting)
    }

    /// Every trainable parameter of the architecture (biases, norms, learned positions; tied matrices once).
    public var parameters: Int {
        get throws(TransformerError) { try parameterBreakdown(.architecture).total }
    }

    /// The weight matrices only, untied: n_vocab·d (embedding) + the layers' W_Q, W_K, W_V, W_O and
    /// MLP matrices + d·n_vocab (unembedding). For GPT-3 175B: 175,181,291,520.
    public var weightParameters: Int {
        get throws(TransformerError) { try parameterBreakdown(.weightsOnly).total }
    }

    /// N of Kaplan et al. (2020): the layers' weight matrices only,
    /// n_layers · (d·A + 2·d·A_kv + A·d + k·d·d_ff) with A = n_heads·d_head, A_kv = n_kv_heads·d_head
    /// and k = 2 (GELU, ReLU) or 3 (SwiGLU); no embeddings, biases or norms.
    public var nonEmbeddingParameters: Int {
        get throws(TransformerError) { try parameterBreakdown(.weightsOnly).nonEmbedding }
    }
}
