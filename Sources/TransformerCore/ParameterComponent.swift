/// One group of parameters of a transformer, in the order a parameter table lists them.
public enum ParameterComponent: String, Hashable, Sendable, CaseIterable {
    /// The token-embedding matrix, n_vocab × d_model.
    case tokenEmbedding
    /// Learned position embeddings, n_ctx × d_model.
    case positionEmbedding
    /// Token-type (segment) embeddings, token types × d_model (BERT).
    case tokenTypeEmbedding
    /// The norm applied to the summed embeddings (BERT).
    case embeddingNorm
    /// W_Q, d_model × (n_heads · d_head) in each layer.
    case queryWeight
    /// b_Q, n_heads · d_head in each layer.
    case queryBias
    /// W_K, d_model × (n_kv_heads · d_head) in each layer.
    case keyWeight
    /// b_K, n_kv_heads · d_head in each layer.
    case keyBias
    /// W_V, d_model × (n_kv_heads · d_head) in each layer.
    case valueWeight
    /// b_V, n_kv_heads · d_head in each layer.
    case valueBias
    /// W_O, (n_heads · d_head) × d_model in each layer.
    case outputWeight
    /// b_O, d_model in each layer.
    case outputBias
    /// The norm attached to the attention sublayer in each layer (before it or after it).
    case attentionNorm
    /// W_up, d_model × d_ff in each layer.
    case mlpUpWeight
    /// b_up, d_ff in each layer.
    case mlpUpBias
    /// W_gate, d_model × d_ff in each layer (SwiGLU only).
    case mlpGateWeight
    /// b_gate, d_ff in each layer (SwiGLU with biases only).
    case mlpGateBias
    /// W_down, d_ff × d_model in each layer.
    case mlpDownWeight
    /// b_down, d_model in each layer.
    case mlpDownBias
    /// The norm attached to the MLP sublayer in each layer.
    case mlpNorm
    /// The norm after the last layer.
    case finalNorm
    /// The unembedding (output) matrix, d_model × n_vocab; 0 extra parameters when tied.
    case unembedding
    /// The pooler's dense weight, d_model × d_model (BERT).
    case poolerWeight
    /// The pooler's bias, d_model (BERT).
    case poolerBias

    /// Whether every layer has its own copy of this component.
    public var isPerLayer: Bool {
        switch self {
        case .queryWeight, .queryBias, .keyWeight, .keyBias, .valueWeight, .valueBias,
             .outputWeight, .outputBias, .attentionNorm,
             .mlpUpWeight, .mlpUpBias, .mlpGateWeight, .mlpGateBias, .mlpDownWeight, .mlpDownBias, .mlpNorm:
            true
        default:
            false
        }
    }

    /// Whether this is an embedding matrix (token, position or token type) or the unembedding.
    public var isEmbedding: Bool {
        switch self {
        case .tokenEmbedding, .positionEmbedding, .tokenTypeEmbedding, .unembedding: true
        default: false
        }
    }

    /// A short human-readable name, e.g. "Q weight" or "MLP up bias".
    public var title: String {
        switch self {
        case .tokenEmbedding: "Token embedding"
        case .positionEmbedding: "Position embedding"
        case .tokenTypeEmbedding: "Token-type embedding"
        case .embeddingNorm: "Embedding norm"
        case .queryWeight: "Q weight"
        case .queryBias: "Q bias"
        case .keyWeight: "K weight"
        case .keyBias: "K bias"
        case .valueWeight: "V weight"
        case .valueBias: "V bias"
        case .outputWeight: "O weight"
        case .outputBias: "O bias"
        case .attentionNorm: "Attention norm"
        case .mlpUpWeight: "MLP up weight"
        case .mlpUpBias: "MLP up bias"
        case .mlpGateWeight: "MLP gate weight"
        case .mlpGateBias: "MLP gate bias"
        case .mlpDownWeight: "MLP down weight"
        case .mlpDownBias: "MLP down bias"
        case .mlpNorm: "MLP norm"
        case .finalNorm: "Final norm"
        case .unembedding: "Unembedding"
        case .poolerWeight: "Pooler weight"
        case .poolerBias: "Pooler bias"
        }
    }
}
