/// The dimensions and architectural choices of a transformer, enough to count its parameters exactly.
///
/// Dimensions are stored as printed by the model's source, even when they contradict one another
/// (GPT-3 XL prints d_model 2048 with 24 heads × 128 = 3072): counts use each printed value where
/// it appears, and `findings` reports the contradictions. Nothing is checked here; the counting
/// functions throw for a negative dimension or a count that overflows `Int`.
public struct ModelConfiguration: Hashable, Sendable {
    /// The model's name, e.g. "GPT-3 175B".
    public var name: String
    /// Where the dimensions were published, e.g. "Brown et al. 2020, Table 2.1".
    public var source: String
    /// n_vocab: the number of tokens in the vocabulary.
    public var vocabularySize: Int
    /// n_ctx: the longest sequence the model reads (the number of learned positions, if learned).
    public var contextLength: Int
    /// d_model: the width of the residual stream and of the embeddings.
    public var modelDimension: Int
    /// n_layers: the number of transformer blocks.
    public var layers: Int
    /// n_heads: the number of query heads in each attention layer.
    public var heads: Int
    /// The number of key and value heads (equal to `heads` except in grouped-query attention).
    public var keyValueHeads: Int
    /// d_head: the width of each head; W_Q is d_model × (n_heads · d_head).
    public var headDimension: Int
    /// d_ff: the width of the MLP's hidden layer.
    public var feedForwardDimension: Int
    /// Whether the Q, K, V and O projections have biases.
    public var attentionBiases: Bool
    /// Whether the MLP's matrices have biases.
    public var mlpBiases: Bool
    /// Whether the unembedding reuses the token-embedding matrix (counted once).
    public var tiedEmbeddings: Bool
    /// LayerNorm (γ and β, 2·d_model per norm) or RMSNorm (γ only, d_model per norm).
    public var norm: NormKind
    /// How positions enter the model; only learned positions have parameters (n_ctx × d_model).
    public var position: PositionKind
    /// The MLP's form: two matrices (GELU, ReLU) or three (SwiGLU).
    public var mlp: MLPKind
    /// The number of token types (segments) with an embedding each: BERT has 2, most models 0.
    public var tokenTypes: Int
    /// Whether the summed embeddings are normalized before the first block (BERT).
    public var embeddingNorm: Bool
    /// Whether a norm follows the last block (GPT-2's ln_f, Llama's final RMSNorm).
    public var finalNorm: Bool
    /// Whether a pooler (a d_model × d_model dense layer with bias) reads the first token (BERT).
    public var pooler: Bool
    /// k when the source states d_ff = k · d_model (GPT-3 and BERT state 4); nil if it states none.
    public var statedFeedForwardMultiple: Int?

    /// A configuration from its dimensions; `keyValueHeads` defaults to `heads`.
    public init(
        name: String,
        source: String = "",
        vocabularySize: Int,
        contextLength: Int,
        modelDimension: Int,
        layers: Int,
        heads: Int,
        keyValueHeads: Int? = nil,
        headDimension: Int,
        feedForwardDimension: Int,
        attentionBiases: Bool = true,
        mlpBiases: Bool = true,
        tiedEmbeddings: Bool = true,
        norm: NormKind = .layerNorm,
        position: PositionKind = .learned,
        mlp: MLPKind = .gelu,
        tokenTypes: Int = 0,
        embeddingNorm: Bool = false,
        finalNorm: Bool = true,
        pooler: Bool = false,
        statedFeedForwardMultiple: Int? = nil
    ) {
        self.name = name
        self.source = source
        self.vocabularySize = vocabularySize
        self.contextLength = contextLength
        self.modelDimension = modelDimension
        self.layers = layers
        self.heads = heads
        self.keyValueHeads = keyValueHeads ?? heads
        self.headDimension = headDimension
        self.feedForwardDimension = feedForwardDimension
        self.attentionBiases = attentionBiases
        self.mlpBiases = mlpBiases
        self.tiedEmbeddings = tiedEmbeddings
        self.norm = norm
        self.position = position
        self.mlp = mlp
        self.tokenTypes = tokenTypes
        self.embeddingNorm = embeddingNorm
        self.finalNorm = finalNorm
        self.pooler = pooler
        self.statedFeedForwardMultiple = statedFeedForwardMultiple
    }
}
