import TransformerCore

/// A model's configuration with its counts as members: a preset (`Model.gpt3`) or `Model(name:…)`.
public struct Model: Equatable, Sendable {
    /// TransformerCore's configuration.
    public let configuration: ModelConfiguration
    /// Every trainable parameter of the architecture (biases, norms, learned positions; tied matrices once).
    public let parameters: Int
    /// The weight matrices only, untied.
    public let weightParameters: Int
    /// N of Kaplan et al. (2020): the layers' weight matrices only.
    public let nonEmbeddingParameters: Int
    /// The parameters of one block (architecture accounting).
    public let parametersPerLayer: Int

    /// The model of `configuration`, with its counts.
    public init(_ configuration: ModelConfiguration) {
        self.configuration = configuration
        let full = must { () throws(TransformerError) in try configuration.parameterBreakdown(.architecture) }
        let weights = must { () throws(TransformerError) in try configuration.parameterBreakdown(.weightsOnly) }
        parameters = full.total
        weightParameters = weights.total
        nonEmbeddingParameters = weights.nonEmbedding
        parametersPerLayer = full.perLayer
    }

    /// The model's name.
    public var name: String { configuration.name }
    /// Where its dimensions were published.
    public var source: String { configuration.source }
    /// n_vocab.
    public var vocabulary: Int { configuration.vocabularySize }
    /// n_ctx.
    public var context: Int { configuration.contextLength }
    /// d_model.
    public var dModel: Int { configuration.modelDimension }
    /// n_layers.
    public var layers: Int { configuration.layers }
    /// n_heads.
    public var heads: Int { configuration.heads }
    /// n_kv_heads (= n_heads without grouped-query attention).
    public var kvHeads: Int { configuration.keyValueHeads }
    /// d_head.
    public var dHead: Int { configuration.headDimension }
    /// d_ff.
    public var dFF: Int { configuration.feedForwardDimension }
    /// Whether Q, K, V and O have biases.
    public var attentionBiases: Bool { configuration.attentionBiases }
    /// Whether the MLP has biases.
    public var mlpBiases: Bool { configuration.mlpBiases }
    /// Whether the unembedding reuses the embedding.
    public var tiedEmbeddings: Bool { configuration.tiedEmbeddings }
    /// `.layerNorm` or `.rmsNorm`.
    public var norm: NormKind { configuration.norm }
    /// `.learned`, `.sinusoidal`, `.rotary` or `.none`.
    public var position: PositionKind { configuration.position }
    /// `.gelu`, `.relu` or `.swiGLU`.
    public var mlp: MLPKind { configuration.mlp }
    /// Token-type (segment) embeddings, 2 for BERT.
    public var tokenTypes: Int { configuration.tokenTypes }
    /// Whether the embeddings are normalized (BERT).
    public var embeddingNorm: Bool { configuration.embeddingNorm }
    /// Whether a norm follows the last block.
    public var finalNorm: Bool { configuration.finalNorm }
    /// Whether a pooler reads the first token (BERT).
    public var pooler: Bool { configuration.pooler }
    /// The invariants the printed dimensions break (d_model = n_heads × d_head, …).
    public var findings: [String] { configuration.findings.map(\.description) }
}
