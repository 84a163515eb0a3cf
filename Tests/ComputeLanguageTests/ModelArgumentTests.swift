import Testing
@testable import ComputeLanguage

@Suite("Model(…) arguments: impossible sizes are errors at the argument that makes them impossible")
struct ModelArgumentTests {
    /// `Model(…)` with the given sizes after `name: "m", `.
    private static func model(_ sizes: String) -> String { #"Model(name: "m", "# + sizes + ")" }

    @Test("a size below 1, a kvHeads that does not divide heads, counts beyond Int", arguments: [
        ErrorCase(model("vocabulary: 0, context: 8, dModel: 8, layers: 1, heads: 2, dHead: 4, dFF: 16"),
                  "Model: vocabulary must be at least 1, got 0", 1, 30),
        ErrorCase(model("vocabulary: 10, context: 0, dModel: 8, layers: 1, heads: 2, dHead: 4, dFF: 16"),
                  "Model: context must be at least 1, got 0", 1, 43),
        ErrorCase(model("vocabulary: 10, context: 8, dModel: 8, layers: 1, heads: -2, dHead: 4, dFF: 16"),
                  "Model: heads must be at least 1, got -2", 1, 75),
        ErrorCase(model("vocabulary: 10, context: 8, dModel: 8, layers: 0, heads: 2, dHead: 4, dFF: 16"),
                  "Model: layers must be at least 1, got 0", 1, 65),
        ErrorCase(model("vocabulary: 10, context: 8, dModel: 8, layers: 1, heads: 2, dHead: 0, dFF: 16"),
                  "Model: dHead must be at least 1, got 0", 1, 85),
        ErrorCase(model("vocabulary: 10, context: 8, dModel: 0, layers: 1, heads: 2, dHead: 4, dFF: 16"),
                  "Model: dModel must be at least 1, got 0", 1, 54),
        ErrorCase(model("vocabulary: 10, context: 8, dModel: 8, layers: 1, heads: 2, dHead: 4, dFF: 0"),
                  "Model: dFF must be at least 1, got 0", 1, 93),
        ErrorCase(model("vocabulary: 10, context: 8, dModel: 8, layers: 1, heads: 4, kvHeads: 0, dHead: 2, dFF: 16"),
                  "Model: kvHeads must be at least 1, got 0", 1, 87),
        ErrorCase(model("vocabulary: 10, context: 8, dModel: 8, layers: 1, heads: 4, kvHeads: 3, dHead: 2, dFF: 16"),
                  "Model: kvHeads must be a divisor of heads (4), got 3", 1, 87),
        ErrorCase(model("vocabulary: 10, context: 8, dModel: 1_000_000_000, layers: 1, heads: 2, dHead: 4, dFF: 1_000_000_000_000"),
                  "Model: dFF must be small enough that the parameter counts fit in Int "
                      + "(m: MLP up weight per layer (d_ff × d_model) would be about 1e+21), got 1000000000000", 1, 105),
        ErrorCase(model("vocabulary: 10, context: 9_000_000_000_000_000_000, dModel: 8, layers: 1, heads: 2, dHead: 4, dFF: 16"),
                  "Model: context must be small enough that the parameter counts fit in Int "
                      + "(m: Position embedding (n_ctx × d_model) would be about 7.2e+19), got 9e+18", 1, 43),
    ])
    func testImpossibleModels(_ errorCase: ErrorCase) {
        let clock = ContinuousClock()
        let start = clock.now
        errorCase.check()
        #expect(clock.now - start < .seconds(2), "a runaway: \(clock.now - start)")
    }

    @Test("possible models stay accepted: kvHeads dividing heads, and d_model ≠ heads × dHead as a finding (GPT-3 XL's case)")
    func testPossibleModels() {
        #expect(Compute.value(Self.model("vocabulary: 10, context: 8, dModel: 8, layers: 1, heads: 4, kvHeads: 1, dHead: 2, dFF: 16") + ".kvHeads")
            == .integer(1))
        #expect(Compute.value(Self.model("vocabulary: 1, context: 1, dModel: 1, layers: 1, heads: 1, dHead: 1, dFF: 1") + ".layers") == .integer(1))
        let mismatched = Self.model("vocabulary: 10, context: 8, dModel: 10, layers: 1, heads: 3, dHead: 4, dFF: 16") + ".findings.count"
        #expect(Compute.value(mismatched) == .integer(1))
    }

    @Test("the largest sizes that still count: GPT-3 175B's own dimensions with 10⁶ layers fit, 10¹⁵ layers do not")
    func testLargeButCountable() {
        let gpt3 = "vocabulary: 50257, context: 2048, dModel: 12288, heads: 96, dHead: 128, dFF: 49152"
        let big = Compute.value(Self.model(gpt3.replacingOccurrences(of: "heads: 96", with: "layers: 1_000_000, heads: 96")) + ".parameters")
        guard case let .integer(count)? = big else { Issue.record("no count: \(String(describing: big))"); return }
        #expect(count > 1_000_000 * 1_800_000_000)
        let error = Compute.onlyError(Self.model(gpt3.replacingOccurrences(of: "heads: 96", with: "layers: 1_000_000_000_000_000, heads: 96")))
        #expect(error?.message.hasPrefix("Model: layers must be small enough that the parameter counts fit in Int") == true)
    }
}
