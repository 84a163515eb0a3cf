extension Finding {
    /// An invariant a configuration is expected to satisfy.
    public enum Rule: String, Hashable, Sendable, CaseIterable {
        /// d_model = n_heads × d_head: the heads' outputs, concatenated, are as wide as the residual stream.
        case modelDimensionIsHeadsTimesHeadDimension
        /// d_ff = k × d_model for the k the source states (4 for GPT-3 and BERT).
        case feedForwardIsStatedMultiple
        /// n_kv_heads divides n_heads (and is at least 1), so query heads share key/value heads evenly.
        case keyValueHeadsDivideHeads

        /// The invariant as a formula, e.g. "d_model = n_heads × d_head".
        public var statement: String {
            switch self {
            case .modelDimensionIsHeadsTimesHeadDimension: "d_model = n_heads × d_head"
            case .feedForwardIsStatedMultiple: "d_ff = k × d_model"
            case .keyValueHeadsDivideHeads: "n_kv_heads divides n_heads"
            }
        }
    }
}
