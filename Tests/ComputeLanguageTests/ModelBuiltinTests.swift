import Testing
@testable import ComputeLanguage

@Suite("Builtins: model presets, parameter tables and counts, against published numbers")
struct ModelBuiltinTests {
    @Test("every preset's .parameters is its published count", arguments: [
        ("gpt2Small", 124_439_808), ("gpt2Medium", 354_823_168), ("gpt2Large", 774_030_080), ("gpt2XL", 1_557_611_200),
        ("bertBase", 109_482_240), ("bertLarge", 335_141_888), ("llama2_7B", 6_738_415_616),
    ])
    func testPublishedCounts(preset: String, count: Int) {
        #expect(Compute.value("Model.\(preset).parameters") == .integer(count))
    }

    @Test("GPT-3 175B weights only: 175,181,291,520 in total, each MLP matrix 33.098%")
    func testGPT3() throws {
        #expect(Compute.value("Model.gpt3.weightParameters") == .integer(175_181_291_520))
        #expect(Compute.value("Model.gpt3_175B.weightParameters") == .integer(175_181_291_520))
        #expect(Compute.value("parameterShare(Model.gpt3, of: .mlpUpWeight, accounting: .weightsOnly) ≈ 0.33098") == .bool(true))
        #expect(Compute.value("parameterShare(Model.gpt3, of: .mlpDownWeight, accounting: .weightsOnly) ≈ 0.33096") == .bool(false))
        #expect(Compute.value("parameterCount(Model.gpt3, of: .queryWeight, accounting: .weightsOnly)") == .integer(128 * 12288 * 96 * 96))
        #expect(Compute.value("parameterCount(Model.gpt3, of: .tokenEmbedding)") == .integer(12288 * 50257))
        let table = try #require(Compute.value("parameterTable(Model.gpt3, accounting: .weightsOnly)"))
        guard case let .table(t) = table else { Issue.record("not a table: \(table)"); return }
        #expect(t.columns == ["component", "dimensions", "count", "share"])
        let mlp = try #require(t.rows.first { $0.first == .text("MLP up weight") })
        #expect(mlp[1] == .text("49152 × 12288 × 96"))
        #expect(mlp[2] == .integer(49152 * 12288 * 96))
        guard case let .percent(share) = mlp[3] else { Issue.record("share is not a percentage"); return }
        #expect(abs(share * 100 - 33.098) <= 0.0005)
        #expect(t.rows.last == [.text("Total"), .text(""), .integer(175_181_291_520), .percent(1)])
        #expect(t.rows.map { $0[0] } == [
            "Token embedding", "Q weight", "K weight", "V weight", "O weight", "MLP up weight", "MLP down weight", "Unembedding", "Total",
        ].map(Table.Cell.text))
    }

    @Test("a model's members: dimensions, choices and findings")
    func testMembers() {
        let members = ["layers": 12, "dModel": 768, "heads": 12, "dHead": 64, "dFF": 3072, "vocabulary": 50257, "context": 1024]
        for (member, value) in members {
            #expect(Compute.value("Model.gpt2Small.\(member)") == .integer(value), "\(member)")
        }
        #expect(Compute.value("Model.gpt2Small.name") == .string("GPT-2 small"))
        #expect(Compute.value("Model.gpt2Small")?.shortDescription == "Model(name: \"GPT-2 small\")")
        #expect(Compute.value("Model.gpt2Small.findings") == .strings([]))
        #expect(Compute.value("Model.gpt3XL.findings.count") == .integer(1))
        #expect(Compute.value("Model.gpt3XL.findings[0]")?.shortDescription.contains("d_model = n_heads × d_head fails") == true)
        #expect(Compute.value("Model.gpt3_13B.findings.count") == .integer(1))
        #expect(Compute.value("Model.llama2_7B.norm")?.shortDescription == ".rmsNorm")
        // A model argument reads implicit members too.
        guard case let .table(bert)? = Compute.value("parameterTable(.bertBase)") else { Issue.record("no table"); return }
        #expect(bert.rows.last?[2] == .integer(109_482_240))
    }

    @Test("every TransformerCore preset is a member of Model, and gpt3 is GPT-3 175B")
    func testPresets() {
        #expect(TypeNamespace.model.constants.count == 16)
        #expect(Compute.value("Model.gpt3 == Model.gpt3_175B") == .bool(true))
        #expect(Compute.value("Model.gpt3.layers") == .integer(96))
    }

    @Test("Model(…) counts a configuration of your own like the presets")
    func testCustomModel() {
        let gpt2 = "Model(name: \"mine\", vocabulary: 50257, context: 1024, dModel: 768, layers: 12, heads: 12, dHead: 64, dFF: 3072)"
        #expect(Compute.value(gpt2 + ".parameters") == .integer(124_439_808))
        let llama = """
            Model(name: "llama", vocabulary: 32000, context: 4096, dModel: 4096, layers: 32, heads: 32, dHead: 128, dFF: 11008, \
            biases: false, tiedEmbeddings: false, norm: .rmsNorm, position: .rotary, mlp: .swiGLU).parameters
            """
        #expect(Compute.value(llama) == .integer(6_738_415_616))
        let gqa = "Model(name: \"g\", vocabulary: 10, context: 8, dModel: 8, layers: 1, heads: 4, kvHeads: 2, dHead: 2, dFF: 16).kvHeads"
        #expect(Compute.value(gqa) == .integer(2))
    }

    @Test("compute and memory: forward FLOPs, training FLOPs, key-value cache and weight bytes")
    func testComputeAndMemory() throws {
        // 2·N + 2·n_layers·n_ctx·d_attn with N = 12 · (4·768² + 2·768·3072) = 84,934,656.
        #expect(Compute.value("forwardFLOPs(Model.gpt2Small)") == .integer(2 * 84_934_656 + 2 * 12 * 1024 * 768))
        #expect(Compute.value("forwardFLOPs(Model.gpt2Small, context: 512)") == .integer(2 * 84_934_656 + 2 * 12 * 512 * 768))
        // Brown et al. 2020, Table D.1: GPT-3 175B trained on 300B tokens, 3.14e23 FLOPs.
        let flops = try #require(Compute.real("trainingFLOPs(Model.gpt3, tokens: 300_000_000_000)"))
        #expect(abs(flops - 3.14e23) <= 0.005e23)
        // 2 (K and V) · 32 layers · 4096 positions · 4096 · 2 bytes = 2 GiB.
        #expect(Compute.value("kvCacheBytes(Model.llama2_7B, precision: .fp16)") == .integer(2 * 32 * 4096 * 4096 * 2))
        #expect(Compute.value("kvCacheBytes(Model.llama2_7B, precision: .fp16, context: 1024, batch: 2)") == .integer(2 * 32 * 1024 * 4096 * 2 * 2))
        #expect(Compute.value("weightBytes(Model.llama2_7B, precision: .int4)") == .integer(6_738_415_616 / 2))
    }
}
