extension ModelConfiguration {
    /// How a model encodes token positions.
    public enum PositionKind: String, Hashable, Sendable, CaseIterable {
        /// A learned embedding per position: n_ctx × d_model parameters (GPT-2, GPT-3, BERT).
        case learned
        /// Fixed sines and cosines (Vaswani et al. 2017): no parameters.
        case sinusoidal
        /// Rotary embeddings applied to queries and keys (Llama): no parameters.
        case rotary
        /// No position information: no parameters.
        case none

        /// Whether the positions have parameters (only `.learned`).
        public var isLearned: Bool { self == .learned }
    }
}
