extension ParameterBreakdown {
    /// Which parameters a breakdown counts.
    public enum Accounting: String, Hashable, Sendable, CaseIterable {
        /// Every trainable parameter of the architecture: embeddings (learned positions and token
        /// types included), weights, biases, norms, pooler; a tied unembedding counted once (0 extra).
        case architecture
        /// Weight matrices only, untied: the token embedding, W_Q, W_K, W_V, W_O, the MLP's matrices
        /// and an unembedding matrix (counted even when the model ties it); no biases, norms or positions.
        case weightsOnly
    }
}
