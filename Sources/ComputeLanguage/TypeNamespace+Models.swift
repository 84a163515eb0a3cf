import TransformerCore

extension TypeNamespace {
    /// The model presets by their Swift names (TransformerCore's), with `gpt3` for GPT-3 175B.
    static let modelPresets: [(name: String, configuration: ModelConfiguration)] = [
        ("gpt2Small", .gpt2Small), ("gpt2Medium", .gpt2Medium), ("gpt2Large", .gpt2Large), ("gpt2XL", .gpt2XL),
        ("bertBase", .bertBase), ("bertLarge", .bertLarge), ("llama2_7B", .llama2_7B),
        ("gpt3Small", .gpt3Small), ("gpt3Medium", .gpt3Medium), ("gpt3Large", .gpt3Large), ("gpt3XL", .gpt3XL),
        ("gpt3_2_7B", .gpt3_2_7B), ("gpt3_6_7B", .gpt3_6_7B), ("gpt3_13B", .gpt3_13B), ("gpt3_175B", .gpt3_175B),
        ("gpt3", .gpt3_175B),
    ]

    /// `Model.gpt2Small`, `Model.gpt3`, …: every preset of TransformerCore as a `Model` record.
    static let model = TypeNamespace(
        .model,
        summary: "a model's configuration, with its dimensions, parameter counts (`.parameters` counts the whole "
            + "architecture, `.weightParameters` the weight matrices only) and findings as members",
        constants: modelPresets.compactMap { preset in
            // Presets are counted without overflow (the tests check every one is here).
            guard let record = try? preset.configuration.record() else { return nil }
            return Constant(name: preset.name, summary: presetSummary(preset.name, preset.configuration), value: .record(record))
        }
    )

    /// "GPT-2 small: 12 layers, d_model 768, 12 heads × 64, d_ff 3072 (Radford et al. 2019 (released checkpoints))".
    private static func presetSummary(_ member: String, _ c: ModelConfiguration) -> String {
        let alias = member == "gpt3" ? ", the same as `gpt3_175B`" : ""
        return "\(c.name)\(alias): \(c.layers) layers, d_model \(c.modelDimension), \(c.heads) heads × \(c.headDimension), "
            + "d_ff \(c.feedForwardDimension) (\(c.source))"
    }
}
