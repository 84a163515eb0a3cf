import TransformerCore

/// The presets of TransformerCore by the interpreter's names, and `Model(name:…)` for a model of your own.
extension Model {
    /// GPT-2 small.
    public static let gpt2Small = Model(.gpt2Small)
    /// GPT-2 medium.
    public static let gpt2Medium = Model(.gpt2Medium)
    /// GPT-2 large.
    public static let gpt2Large = Model(.gpt2Large)
    /// GPT-2 XL.
    public static let gpt2XL = Model(.gpt2XL)
    /// BERT-base.
    public static let bertBase = Model(.bertBase)
    /// BERT-large.
    public static let bertLarge = Model(.bertLarge)
    /// Llama 2 7B.
    public static let llama2_7B = Model(.llama2_7B)
    /// GPT-3 Small.
    public static let gpt3Small = Model(.gpt3Small)
    /// GPT-3 Medium.
    public static let gpt3Medium = Model(.gpt3Medium)
    /// GPT-3 Large.
    public static let gpt3Large = Model(.gpt3Large)
    /// GPT-3 XL.
    public static let gpt3XL = Model(.gpt3XL)
    /// GPT-3 2.7B.
    public static let gpt3_2_7B = Model(.gpt3_2_7B)
    /// GPT-3 6.7B.
    public static let gpt3_6_7B = Model(.gpt3_6_7B)
    /// GPT-3 13B.
    public static let gpt3_13B = Model(.gpt3_13B)
    /// GPT-3 175B.
    public static let gpt3_175B = Model(.gpt3_175B)
    /// GPT-3 175B, the same as `gpt3_175B`.
    public static let gpt3 = Model(.gpt3_175B)

    /// A model of your own, GPT-2-like unless told: biases everywhere, tied embeddings, LayerNorm, learned positions,
    /// GELU MLP, a final norm; every size at least 1.
    public init(
        name: String, vocabulary: Int, context: Int, dModel: Int, layers: Int, heads: Int, dHead: Int, dFF: Int,
        biases: Bool = true, tiedEmbeddings: Bool = true, norm: NormKind = .layerNorm, position: PositionKind = .learned,
        mlp: MLPKind = .gelu
    ) {
        self.init(name: name, vocabulary: vocabulary, context: context, dModel: dModel, layers: layers, heads: heads,
                  kvHeads: nil, dHead: dHead, dFF: dFF, biases: biases, tiedEmbeddings: tiedEmbeddings, norm: norm,
                  position: position, mlp: mlp)
    }

    /// The same with n_kv_heads key and value heads (grouped-query attention); kvHeads divides heads.
    public init(
        name: String, vocabulary: Int, context: Int, dModel: Int, layers: Int, heads: Int, kvHeads: Int?, dHead: Int, dFF: Int,
        biases: Bool = true, tiedEmbeddings: Bool = true, norm: NormKind = .layerNorm, position: PositionKind = .learned,
        mlp: MLPKind = .gelu
    ) {
        for (label, size) in [("vocabulary", vocabulary), ("context", context), ("dModel", dModel), ("layers", layers),
                              ("heads", heads), ("kvHeads", kvHeads ?? 1), ("dHead", dHead), ("dFF", dFF)] {
            requirement(size >= 1, "\(label) must be at least 1, got \(size)")
        }
        requirement(heads % (kvHeads ?? heads) == 0, "kvHeads must divide heads (\(heads))")
        self.init(ModelConfiguration(
            name: name, vocabularySize: vocabulary, contextLength: context, modelDimension: dModel, layers: layers, heads: heads,
            keyValueHeads: kvHeads, headDimension: dHead, feedForwardDimension: dFF, attentionBiases: biases, mlpBiases: biases,
            tiedEmbeddings: tiedEmbeddings, norm: norm, position: position, mlp: mlp))
    }
}
