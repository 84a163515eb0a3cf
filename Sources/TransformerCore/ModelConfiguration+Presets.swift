extension ModelConfiguration {
    // MARK: GPT-2 (Radford et al. 2019): n_vocab 50257, n_ctx 1024, learned positions, pre-LayerNorm
    // with a final LayerNorm, biases everywhere, GELU MLP with d_ff = 4·d_model, tied unembedding.

    /// A GPT-2 size: d_model, n_layers and n_heads (d_head 64) as released by OpenAI.
    private static func gpt2(_ name: String, modelDimension: Int, layers: Int, heads: Int) -> ModelConfiguration {
        ModelConfiguration(
            name: name, source: "Radford et al. 2019 (released checkpoints)",
            vocabularySize: 50257, contextLength: 1024, modelDimension: modelDimension, layers: layers,
            heads: heads, headDimension: 64, feedForwardDimension: 4 * modelDimension
        )
    }

    /// GPT-2 small: 12 layers, d_model 768, 12 heads; 124,439,808 parameters.
    public static let gpt2Small = gpt2("GPT-2 small", modelDimension: 768, layers: 12, heads: 12)
    /// GPT-2 medium: 24 layers, d_model 1024, 16 heads; 354,823,168 parameters.
    public static let gpt2Medium = gpt2("GPT-2 medium", modelDimension: 1024, layers: 24, heads: 16)
    /// GPT-2 large: 36 layers, d_model 1280, 20 heads; 774,030,080 parameters.
    public static let gpt2Large = gpt2("GPT-2 large", modelDimension: 1280, layers: 36, heads: 20)
    /// GPT-2 XL: 48 layers, d_model 1600, 25 heads; 1,557,611,200 parameters.
    public static let gpt2XL = gpt2("GPT-2 XL", modelDimension: 1600, layers: 48, heads: 25)

    // MARK: BERT (Devlin et al. 2019): WordPiece n_vocab 30522, 512 learned positions, 2 token types,
    // embedding LayerNorm, post-LayerNorm blocks, biases everywhere, GELU MLP with d_ff = 4·H, pooler.
    // Counted as the encoder with its pooler (Hugging Face `BertModel`), without the pre-training heads.

    /// A BERT size: hidden size H = d_model, L layers and A heads (d_head 64).
    private static func bert(_ name: String, modelDimension: Int, layers: Int, heads: Int) -> ModelConfiguration {
        ModelConfiguration(
            name: name, source: "Devlin et al. 2019 (released checkpoints)",
            vocabularySize: 30522, contextLength: 512, modelDimension: modelDimension, layers: layers,
            heads: heads, headDimension: 64, feedForwardDimension: 4 * modelDimension,
            tokenTypes: 2, embeddingNorm: true, finalNorm: false, pooler: true, statedFeedForwardMultiple: 4
        )
    }

    /// BERT-base: L 12, H 768, A 12; 109,482,240 parameters with the pooler.
    public static let bertBase = bert("BERT-base", modelDimension: 768, layers: 12, heads: 12)
    /// BERT-large: L 24, H 1024, A 16; 335,141,888 parameters with the pooler.
    public static let bertLarge = bert("BERT-large", modelDimension: 1024, layers: 24, heads: 16)

    // MARK: Llama 2 (Touvron et al. 2023)

    /// Llama 2 7B: n_vocab 32000, n_ctx 4096, 32 layers, d_model 4096, 32 heads × 128, SwiGLU with
    /// d_ff 11008, no biases, RMSNorm (and a final RMSNorm), rotary positions, untied output matrix;
    /// 6,738,415,616 parameters.
    public static let llama2_7B = ModelConfiguration(
        name: "Llama 2 7B", source: "Touvron et al. 2023 (released checkpoints)",
        vocabularySize: 32000, contextLength: 4096, modelDimension: 4096, layers: 32,
        heads: 32, headDimension: 128, feedForwardDimension: 11008,
        attentionBiases: false, mlpBiases: false, tiedEmbeddings: false,
        norm: .rmsNorm, position: .rotary, mlp: .swiGLU
    )

    // MARK: GPT-3 (Brown et al. 2020, Table 2.1), every row as printed: n_params (the name),
    // n_layers, d_model, n_heads, d_head; n_ctx 2048 for all models, d_ff = 4·d_model; GPT-2's
    // architecture otherwise (learned positions, pre-LayerNorm, biases, tied embeddings, n_vocab 50257).

    /// A row of GPT-3's Table 2.1 as printed.
    private static func gpt3(_ name: String, layers: Int, modelDimension: Int, heads: Int, headDimension: Int) -> ModelConfiguration {
        ModelConfiguration(
            name: name, source: "Brown et al. 2020, Table 2.1",
            vocabularySize: 50257, contextLength: 2048, modelDimension: modelDimension, layers: layers,
            heads: heads, headDimension: headDimension, feedForwardDimension: 4 * modelDimension,
            statedFeedForwardMultiple: 4
        )
    }

    /// GPT-3 Small (125M): 12 layers, d_model 768, 12 heads × 64.
    public static let gpt3Small = gpt3("GPT-3 Small", layers: 12, modelDimension: 768, heads: 12, headDimension: 64)
    /// GPT-3 Medium (350M): 24 layers, d_model 1024, 16 heads × 64.
    public static let gpt3Medium = gpt3("GPT-3 Medium", layers: 24, modelDimension: 1024, heads: 16, headDimension: 64)
    /// GPT-3 Large (760M): 24 layers, d_model 1536, 16 heads × 96.
    public static let gpt3Large = gpt3("GPT-3 Large", layers: 24, modelDimension: 1536, heads: 16, headDimension: 96)
    /// GPT-3 XL (1.3B) as printed: 24 layers, d_model 2048, 24 heads × 128 (= 3072 ≠ 2048, a finding).
    ///
    /// Counted as printed, W_Q is 2048 × 3072 and the total about 1.52B; the name's 1.3B fits
    /// attention as wide as d_model (about 1.32B), so one of the printed head numbers is likely a typo.
    public static let gpt3XL = gpt3("GPT-3 XL", layers: 24, modelDimension: 2048, heads: 24, headDimension: 128)
    /// GPT-3 2.7B: 32 layers, d_model 2560, 32 heads × 80.
    public static let gpt3_2_7B = gpt3("GPT-3 2.7B", layers: 32, modelDimension: 2560, heads: 32, headDimension: 80)
    /// GPT-3 6.7B: 32 layers, d_model 4096, 32 heads × 128.
    public static let gpt3_6_7B = gpt3("GPT-3 6.7B", layers: 32, modelDimension: 4096, heads: 32, headDimension: 128)
    /// GPT-3 13B as printed: 40 layers, d_model 5140, 40 heads × 128 (= 5120 ≠ 5140, a finding).
    ///
    /// Counted as printed, about 12.94B; with d_model 5120 it would be about 12.85B.
    public static let gpt3_13B = gpt3("GPT-3 13B", layers: 40, modelDimension: 5140, heads: 40, headDimension: 128)
    /// GPT-3 175B ("GPT-3"): 96 layers, d_model 12288, 96 heads × 128.
    public static let gpt3_175B = gpt3("GPT-3 175B", layers: 96, modelDimension: 12288, heads: 96, headDimension: 128)

    /// The rows of GPT-3's Table 2.1 in the paper's order, Small to 175B.
    public static let gpt3Table: [ModelConfiguration] = [
        gpt3Small, gpt3Medium, gpt3Large, gpt3XL, gpt3_2_7B, gpt3_6_7B, gpt3_13B, gpt3_175B,
    ]

    /// Every preset: GPT-2 (4 sizes), BERT (2), Llama 2 7B, then GPT-3's Table 2.1 (8 rows).
    public static let presets: [ModelConfiguration] = [
        gpt2Small, gpt2Medium, gpt2Large, gpt2XL, bertBase, bertLarge, llama2_7B,
    ] + gpt3Table

    /// The preset whose name matches `name` ignoring case (e.g. "gpt-3 175b"), or nil.
    public static func preset(named name: String) -> ModelConfiguration? {
        presets.first { $0.name.lowercased() == name.lowercased() }
    }
}
