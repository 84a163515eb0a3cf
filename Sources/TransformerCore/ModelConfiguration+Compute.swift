extension ModelConfiguration {
    /// Forward-pass FLOPs per token, after Kaplan et al. (2020, Table 1):
    /// C_forward = 2·N + 2·n_layers·n_ctx·d_attn,
    /// where N = `nonEmbeddingParameters` (the layers' weight matrices: each weight is one multiply
    /// and one add), d_attn = n_heads·d_head and n_ctx = `contextLength` unless given (the attention
    /// scores against n_ctx earlier tokens). Embeddings, unembedding, biases, norms and
    /// nonlinearities are left out, as Kaplan et al. leave them out.
    public func forwardFLOPsPerToken(contextLength context: Int? = nil) throws(TransformerError) -> Int {
        let context = context ?? contextLength
        guard context >= 0 else {
            throw .invalidArgument(name: "n_ctx", value: Double(context), requirement: "≥ 0")
        }
        let weights = try nonEmbeddingParameters
        let matrixFLOPs = try Self.checkedProduct([2, weights], of: "2·N (forward FLOPs of the weights)")
        let attentionFLOPs = try Self.checkedProduct(
            [2, layers, context, heads, headDimension], of: "2·n_layers·n_ctx·d_attn (forward FLOPs of attention)"
        )
        return try Self.checkedSum([matrixFLOPs, attentionFLOPs], of: "forward FLOPs per token")
    }

    /// Training compute C ≈ 6·N·D FLOPs for D = `tokens` (2 forward + 4 backward per parameter per token),
    /// with N = `parameters` (the whole architecture, as Brown et al. 2020, Table D.1 count it:
    /// GPT-3 175B, 300B tokens → 3.14e23) unless `parameters` is given (e.g. `nonEmbeddingParameters`
    /// for Kaplan et al.'s convention). A Double, since such totals exceed `Int.max`.
    public func trainingFLOPs(tokens: Int, parameters count: Int? = nil) throws(TransformerError) -> Double {
        guard tokens >= 0 else {
            throw .invalidArgument(name: "training tokens", value: Double(tokens), requirement: "≥ 0")
        }
        let n: Int
        if let count { n = count } else { n = try parameters }
        guard n >= 0 else {
            throw .invalidArgument(name: "parameters", value: Double(n), requirement: "≥ 0")
        }
        return 6 * Double(n) * Double(tokens)
    }
}
