extension ModelConfiguration {
    /// The normalization used in the blocks; pre- or post-norm placement does not change the count.
    public enum NormKind: String, Hashable, Sendable, CaseIterable {
        /// LayerNorm: γ ⊙ (x − μ) / √(σ² + ε) + β, with 2·d_model parameters (γ and β).
        case layerNorm
        /// RMSNorm: γ ⊙ x / √(mean(x²) + ε), with d_model parameters (γ only).
        case rmsNorm

        /// The number of vectors of length d_model one norm holds: 2 (γ, β) or 1 (γ).
        public var vectorsPerNorm: Int {
            switch self {
            case .layerNorm: 2
            case .rmsNorm: 1
            }
        }
    }
}
