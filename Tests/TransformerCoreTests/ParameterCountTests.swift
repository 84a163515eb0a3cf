import Testing
@testable import TransformerCore

/// Exact parameter counts published for released checkpoints and in papers; the expected numbers are
/// the published ones (Hugging Face model cards and the papers), never output of this code.
@Suite("Parameter counts")
struct ParameterCountTests {
    @Test("GPT-2 small, medium, large and XL match their published counts exactly", arguments: [
        (ModelConfiguration.gpt2Small, 124_439_808),
        (ModelConfiguration.gpt2Medium, 354_823_168),
        (ModelConfiguration.gpt2Large, 774_030_080),
        (ModelConfiguration.gpt2XL, 1_557_611_200),
    ])
    func testGPT2(model: ModelConfiguration, published: Int) throws {
        #expect(try model.parameters == published, "\(model.name)")
        #expect(model.findings.isEmpty, "\(model.name)")
    }

    @Test("BERT-base and BERT-large match their published counts with the pooler", arguments: [
        (ModelConfiguration.bertBase, 109_482_240),
        (ModelConfiguration.bertLarge, 335_141_888),
    ])
    func testBERT(model: ModelConfiguration, published: Int) throws {
        let breakdown = try model.parameterBreakdown()
        #expect(breakdown.total == published, "\(model.name)")
        // The pooler is a d_model × d_model dense layer with a bias.
        let d = model.modelDimension
        #expect(breakdown.count(.poolerWeight) == d * d)
        #expect(breakdown.count(.poolerBias) == d)
        #expect(breakdown.count(.tokenTypeEmbedding) == 2 * d)
        #expect(breakdown.count(.embeddingNorm) == 2 * d)
        #expect(model.findings.isEmpty, "\(model.name)")
    }

    @Test("Llama 2 7B matches its published count: RMSNorm, SwiGLU, no biases, untied output")
    func testLlama2() throws {
        let model = ModelConfiguration.llama2_7B
        let breakdown = try model.parameterBreakdown()
        #expect(breakdown.total == 6_738_415_616)
        #expect(breakdown.count(.unembedding) == 32000 * 4096)
        #expect(breakdown.entry(.unembedding)?.tiedTo == nil)
        #expect(breakdown.count(.mlpGateWeight) == 11008 * 4096 * 32)
        #expect(breakdown.count(.finalNorm) == 4096)
        #expect(breakdown.entry(.queryBias) == nil && breakdown.entry(.positionEmbedding) == nil)
        #expect(model.findings.isEmpty)
    }

    @Test("a tied unembedding is listed with 0 extra parameters and the shape it shares")
    func testTiedUnembedding() throws {
        let breakdown = try ModelConfiguration.gpt2Small.parameterBreakdown()
        let unembedding = try #require(breakdown.entry(.unembedding))
        #expect(unembedding.count == 0)
        #expect(unembedding.tiedTo == .tokenEmbedding)
        #expect(unembedding.dimensions == "50257 × 768")
        #expect(breakdown.count(.tokenEmbedding) == 50257 * 768)
    }

    @Test("GPT-2 small per layer: 12·d² + 13·d = 7,087,872 for d = 768, shares summing to 100 %")
    func testPerLayer() throws {
        // W_Q, W_K, W_V, W_O: 4·d²; their biases 4·d; W_up, W_down: 8·d²; their biases 4·d + d;
        // two LayerNorms 4·d. 12·589,824 + 13·768 = 7,077,888 + 9,984 = 7,087,872.
        let breakdown = try ModelConfiguration.gpt2Small.parameterBreakdown()
        #expect(breakdown.perLayer == 7_087_872)
        #expect(breakdown.allLayers == 12 * 7_087_872)
        #expect(breakdown.entry(.queryWeight)?.perLayer == 768 * 768)
        #expect(breakdown.entry(.attentionNorm)?.perLayer == 2 * 768)
        #expect(breakdown.entry(.tokenEmbedding)?.perLayer == nil)
        let shares = breakdown.entries.reduce(0) { $0 + $1.share }
        #expect(abs(shares - 1) <= 1e-12)
    }

    @Test("GPT-3 175B weights only: 175,181,291,520 and the study notes' component table")
    func testGPT3WeightsOnly() throws {
        let breakdown = try ModelConfiguration.gpt3_175B.parameterBreakdown(.weightsOnly)
        #expect(breakdown.total == 175_181_291_520)
        #expect(try ModelConfiguration.gpt3_175B.weightParameters == 175_181_291_520)

        #expect(breakdown.count(.tokenEmbedding) == 12288 * 50257)
        #expect(breakdown.count(.unembedding) == 50257 * 12288)
        for component in [ParameterComponent.queryWeight, .keyWeight, .valueWeight, .outputWeight] {
            #expect(breakdown.count(component) == 128 * 12288 * 96 * 96, "\(component)")
        }
        for component in [ParameterComponent.mlpUpWeight, .mlpDownWeight] {
            #expect(breakdown.count(component) == 49152 * 12288 * 96, "\(component)")
        }
        #expect(breakdown.entries.map(\.component) == [
            .tokenEmbedding, .queryWeight, .keyWeight, .valueWeight, .outputWeight,
            .mlpUpWeight, .mlpDownWeight, .unembedding,
        ])
        // The dimensions as the study notes print them.
        #expect(breakdown.entry(.tokenEmbedding)?.dimensions == "12288 × 50257")
        #expect(breakdown.entry(.queryWeight)?.dimensions == "128 × 12288 × 96 × 96")
        #expect(breakdown.entry(.queryWeight)?.symbols == "d_head × d_model × n_heads × n_layers")
        #expect(breakdown.entry(.outputWeight)?.dimensions == "12288 × 128 × 96 × 96")
        #expect(breakdown.entry(.mlpUpWeight)?.dimensions == "49152 × 12288 × 96")
        #expect(breakdown.entry(.unembedding)?.dimensions == "50257 × 12288")
    }

    @Test("GPT-3 175B shares to the notes' three decimals: 0.353 %, 8.275 % (notes: 8.274), 33.098 % (notes: 33.096)")
    func testGPT3Shares() throws {
        let breakdown = try ModelConfiguration.gpt3_175B.parameterBreakdown(.weightsOnly)
        // A written value with 3 decimals matches when |v − w| ≤ 0.0005 (DESIGN.md).
        func matches(_ component: ParameterComponent, _ written: Double) -> Bool {
            abs(breakdown.percent(component) - written) <= 0.0005
        }
        #expect(matches(.tokenEmbedding, 0.353))
        #expect(matches(.unembedding, 0.353))
        for component in [ParameterComponent.queryWeight, .keyWeight, .valueWeight, .outputWeight] {
            #expect(matches(component, 8.275), "\(component)")
            #expect(!matches(component, 8.274), "the notes' 8.274 % is truncated, not rounded")
        }
        for component in [ParameterComponent.mlpUpWeight, .mlpDownWeight] {
            #expect(matches(component, 33.098), "\(component)")
            #expect(!matches(component, 33.096), "the notes' 33.096 % is wrong")
        }
    }

    @Test("GPT-3 175B, whole architecture: 174.6B as Brown et al. Table D.1 counts it")
    func testGPT3Architecture() throws {
        // Table D.1 prints 174,600 million parameters; as 174.6B the tolerance is ±0.05B.
        let parameters = try ModelConfiguration.gpt3_175B.parameters
        #expect(abs(Double(parameters) - 174.6e9) <= 0.05e9)
    }

    @Test("Kaplan's non-embedding N is the weights-only count without embedding and unembedding")
    func testNonEmbedding() throws {
        // 4·d² + 2·d·(4d) = 12·d² per layer: 12 · 12288² · 96.
        #expect(try ModelConfiguration.gpt3_175B.nonEmbeddingParameters == 12 * 12288 * 12288 * 96)
    }
}
