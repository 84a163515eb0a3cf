import Testing
@testable import TransformerCore

@Suite("Model tables")
struct ModelTableTests {
    /// A configuration small enough to count by hand: d_model 4, 2 layers, 2 heads × 2, d_ff 16,
    /// n_vocab 10, n_ctx 8, LayerNorm, biases, learned positions, tied embeddings, GELU.
    static let tiny = ModelConfiguration(
        name: "tiny", vocabularySize: 10, contextLength: 8, modelDimension: 4, layers: 2,
        heads: 2, headDimension: 2, feedForwardDimension: 16
    )

    @Test("GPT-3's Table 2.1 as printed: n_layers, d_model, n_heads, d_head; n_ctx 2048, d_ff = 4·d_model")
    func testGPT3Table() {
        let rows = ModelConfiguration.gpt3Table.map { [$0.layers, $0.modelDimension, $0.heads, $0.headDimension] }
        #expect(rows == [
            [12, 768, 12, 64], [24, 1024, 16, 64], [24, 1536, 16, 96], [24, 2048, 24, 128],
            [32, 2560, 32, 80], [32, 4096, 32, 128], [40, 5140, 40, 128], [96, 12288, 96, 128],
        ])
        for model in ModelConfiguration.gpt3Table {
            #expect(model.contextLength == 2048 && model.vocabularySize == 50257)
            #expect(model.feedForwardDimension == 4 * model.modelDimension)
        }
    }

    @Test("GPT-3 XL and 13B are the only rows whose printed d_model is not n_heads × d_head")
    func testGPT3Findings() throws {
        let xl = ModelConfiguration.gpt3XL.findings
        #expect(xl.count == 1)
        let xlFinding = try #require(xl.first)
        #expect(xlFinding.rule == .modelDimensionIsHeadsTimesHeadDimension)
        #expect(xlFinding.value("d_model") == 2048)
        #expect(xlFinding.value("n_heads × d_head") == 3072)
        #expect(xlFinding.description.contains("2048") && xlFinding.description.contains("3072"))

        let thirteen = ModelConfiguration.gpt3_13B.findings
        #expect(thirteen.count == 1)
        #expect(thirteen.first?.rule == .modelDimensionIsHeadsTimesHeadDimension)
        #expect(thirteen.first?.value("d_model") == 5140)
        #expect(thirteen.first?.value("n_heads × d_head") == 5120)

        let consistent = ModelConfiguration.presets.filter { $0.findings.isEmpty }.map(\.name)
        #expect(consistent.count == ModelConfiguration.presets.count - 2)
    }

    @Test("counts use the printed dimensions: GPT-3 XL's W_Q is d_model × n_heads·d_head = 2048 × 3072 per layer")
    func testPrintedDimensions() throws {
        let breakdown = try ModelConfiguration.gpt3XL.parameterBreakdown(.weightsOnly)
        #expect(breakdown.entry(.queryWeight)?.perLayer == 128 * 2048 * 24)
        #expect(breakdown.count(.mlpUpWeight) == 8192 * 2048 * 24)
    }

    @Test("a stated d_ff multiple that does not hold, and uneven key-value heads, are findings")
    func testOtherFindings() {
        var model = Self.tiny
        model.statedFeedForwardMultiple = 4
        #expect(model.findings.isEmpty)
        model.feedForwardDimension = 15
        model.keyValueHeads = 3
        let rules = model.findings.map(\.rule)
        #expect(rules == [.feedForwardIsStatedMultiple, .keyValueHeadsDivideHeads])
        #expect(model.findings.first?.value("k × d_model") == 16)
        model.keyValueHeads = 0
        #expect(model.findings.last?.value("n_heads mod n_kv_heads") == nil)
    }

    @Test("the tiny model counted by hand: 568 parameters, 244 per layer")
    func testTinyCount() throws {
        // token 10·4 = 40; positions 8·4 = 32; per layer W_Q,K,V,O 4·(4·4) = 64, biases 4·4 = 16,
        // W_up, W_down 2·(4·16) = 128, biases 16 + 4 = 20, two LayerNorms 2·8 = 16 → 244;
        // final LayerNorm 8. 40 + 32 + 2·244 + 8 = 568.
        let breakdown = try Self.tiny.parameterBreakdown()
        #expect(breakdown.perLayer == 244)
        #expect(breakdown.total == 568)
        #expect(breakdown.nonEmbedding == 568 - 40 - 32)
        // Weights only: 40 (embedding) + 2·(64 + 128) + 40 (unembedding) = 464.
        #expect(try Self.tiny.weightParameters == 464)
        var rms = Self.tiny
        rms.norm = .rmsNorm
        rms.position = .rotary
        // RMSNorm halves each norm: 568 − 32 (positions) − 2·8 (per-layer norms, 2 layers × 2 norms × 4) − 4 (final).
        #expect(try rms.parameters == 568 - 32 - 16 - 4)
    }

    @Test("SwiGLU adds a gate matrix; grouped-query attention narrows W_K and W_V")
    func testVariants() throws {
        var model = Self.tiny
        model.mlp = .swiGLU
        model.mlpBiases = false
        model.attentionBiases = false
        // per layer: 4·16 (attention) + 3·64 (MLP) = 256.
        #expect(try model.nonEmbeddingParameters == 2 * 256)
        model.keyValueHeads = 1
        // W_K and W_V become 4 × 2: 16 + 8 + 8 + 16 = 48, plus 192 = 240 per layer.
        #expect(try model.nonEmbeddingParameters == 2 * 240)
        #expect(try model.parameterBreakdown().entry(.keyWeight)?.symbols == "d_head × d_model × n_kv_heads × n_layers")
    }

    @Test("forward FLOPs per token: 2·N + 2·n_layers·n_ctx·d_attn (Kaplan et al. 2020)")
    func testForwardFLOPs() throws {
        // N = 2·(4·16 + 2·64) = 384; attention 2·2·8·4 = 128; 2·384 + 128 = 896.
        #expect(try Self.tiny.forwardFLOPsPerToken() == 896)
        // At a context of 1: 768 + 2·2·1·4 = 784.
        #expect(try Self.tiny.forwardFLOPsPerToken(contextLength: 1) == 784)
        #expect(throws: TransformerError.self) { try Self.tiny.forwardFLOPsPerToken(contextLength: -1) }
    }

    @Test("training compute 6·N·D: by hand, and GPT-3 175B's 3.14e23 FLOPs (3.64e3 PF-days, Table D.1)")
    func testTrainingFLOPs() throws {
        #expect(try Self.tiny.trainingFLOPs(tokens: 1000) == 6 * 568 * 1000)
        #expect(try Self.tiny.trainingFLOPs(tokens: 1000, parameters: 384) == 6 * 384 * 1000)
        let gpt3 = try ModelConfiguration.gpt3_175B.trainingFLOPs(tokens: 300_000_000_000)
        #expect(abs(gpt3 - 3.14e23) <= 0.005e23)
        #expect(abs(gpt3 / 8.64e19 - 3.64e3) <= 0.005e3)
        #expect(throws: TransformerError.self) { try Self.tiny.trainingFLOPs(tokens: -1) }
    }

    @Test("KV-cache bytes: 2·n_layers·n_ctx·n_kv_heads·d_head·batch·bytes")
    func testKeyValueCache() throws {
        // 2·2·8·(2·2)·3 = 384 elements: 768 bytes in fp16, 192 in int4, 1536 in fp32.
        #expect(try Self.tiny.keyValueCacheBytes(precision: .fp16, batch: 3) == 768)
        #expect(try Self.tiny.keyValueCacheBytes(precision: .int4, batch: 3) == 192)
        #expect(try Self.tiny.keyValueCacheBytes(precision: .fp32, batch: 3) == 1536)
        // Llama 2 7B in fp16 at 4096 tokens: 2·32·4096·4096·2 = 2³¹ bytes (0.5 MiB per token).
        #expect(try ModelConfiguration.llama2_7B.keyValueCacheBytes(precision: .bf16) == 1 << 31)
        #expect(try ModelConfiguration.llama2_7B.keyValueCacheBytes(precision: .fp16, contextLength: 1) == 524_288)
        #expect(throws: TransformerError.self) { try Self.tiny.keyValueCacheBytes(precision: .fp16, batch: -1) }
    }

    @Test("weight memory by precision: 4, 2, 2, 1 and ½ bytes per parameter, rounded up")
    func testWeightMemory() throws {
        let llama = ModelConfiguration.llama2_7B
        #expect(try llama.weightBytes(precision: .fp32) == 4 * 6_738_415_616)
        #expect(try llama.weightBytes(precision: .fp16) == 2 * 6_738_415_616)
        #expect(try llama.weightBytes(precision: .bf16) == 2 * 6_738_415_616)
        #expect(try llama.weightBytes(precision: .int8) == 6_738_415_616)
        #expect(try llama.weightBytes(precision: .int4) == 6_738_415_616 / 2)
        #expect(try Self.tiny.weightBytes(precision: .int4, parameters: 5) == 3)
        #expect(try Self.tiny.weightBytes(precision: .fp16, parameters: 0) == 0)
    }

    @Test("absurd configurations throw errors or give findings, never trap")
    func testOverflow() throws {
        var huge = Self.tiny
        huge.vocabularySize = Int.max
        #expect(throws: TransformerError.self) { try huge.parameters }
        #expect(throws: TransformerError.self) { try huge.weightParameters }

        var deep = Self.tiny
        deep.layers = Int.max
        #expect(throws: TransformerError.self) { try deep.parameterBreakdown() }
        #expect(throws: TransformerError.self) { try deep.forwardFLOPsPerToken() }
        #expect(throws: TransformerError.self) { try deep.keyValueCacheBytes(precision: .fp32) }

        var wide = Self.tiny
        wide.heads = Int.max
        wide.statedFeedForwardMultiple = Int.max
        let findings = wide.findings
        #expect(findings.first?.value("n_heads × d_head") == nil)
        #expect(findings.first?.description.contains("undefined") == true)
        #expect(findings.contains { $0.rule == .feedForwardIsStatedMultiple && $0.value("k × d_model") == nil })

        var negative = Self.tiny
        negative.modelDimension = -4
        do {
            _ = try negative.parameters
            Issue.record("expected an error for a negative d_model")
        } catch {
            #expect(error.description.contains("d_model"))
        }
        negative = Self.tiny
        negative.keyValueHeads = Int.min
        #expect(negative.findings.contains { $0.rule == .keyValueHeadsDivideHeads })

        // The byte count stays exact up to Int.max parameters where it fits: ⌈(2⁶³ − 1)/2⌉ = 2⁶².
        #expect(try Self.tiny.weightBytes(precision: .int4, parameters: Int.max) == 1 << 62)
        #expect(throws: TransformerError.self) { try Self.tiny.weightBytes(precision: .fp32, parameters: Int.max) }
        #expect(throws: TransformerError.self) { try Self.tiny.weightBytes(precision: .fp16, parameters: -1) }
    }

    @Test("an overflow error names the component and its dimensions")
    func testOverflowMessage() {
        var huge = Self.tiny
        huge.feedForwardDimension = Int.max / 2
        do {
            _ = try huge.parameterBreakdown()
            Issue.record("expected an overflow error")
        } catch {
            #expect(error.description.contains("MLP up weight"))
            #expect(error.description.contains("d_ff × d_model"))
        }
    }

    @Test("zero-sized configurations count 0 with shares of 0, not NaN")
    func testZero() throws {
        let empty = ModelConfiguration(
            name: "empty", vocabularySize: 0, contextLength: 0, modelDimension: 0, layers: 0,
            heads: 0, headDimension: 0, feedForwardDimension: 0
        )
        let breakdown = try empty.parameterBreakdown()
        #expect(breakdown.total == 0)
        #expect(breakdown.entries.allSatisfy { $0.share == 0 })
    }

    @Test("presets have distinct names and are found by name, ignoring case")
    func testPresets() {
        let names = ModelConfiguration.presets.map(\.name)
        #expect(names.count == 15)
        #expect(Set(names).count == names.count)
        #expect(ModelConfiguration.preset(named: "gpt-3 175b") == .gpt3_175B)
        #expect(ModelConfiguration.preset(named: "GPT-4") == nil)
    }
}
