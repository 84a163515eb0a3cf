extension ModelConfiguration {
    /// The form of the feed-forward (MLP) sublayer.
    public enum MLPKind: String, Hashable, Sendable, CaseIterable {
        /// W_down · GELU(W_up · x): two matrices, d_model × d_ff and d_ff × d_model.
        case gelu
        /// W_down · ReLU(W_up · x): two matrices, d_model × d_ff and d_ff × d_model.
        case relu
        /// W_down · (SiLU(W_gate · x) ⊙ W_up · x): three matrices, two d_model × d_ff and one d_ff × d_model.
        case swiGLU

        /// Whether the MLP has a gate matrix (only SwiGLU).
        public var hasGate: Bool { self == .swiGLU }

        /// The number of d_model × d_ff matrices: 3 with a gate, otherwise 2.
        public var matrixCount: Int { hasGate ? 3 : 2 }
    }
}
