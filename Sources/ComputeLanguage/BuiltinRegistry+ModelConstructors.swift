import TransformerCore

extension BuiltinRegistry {
    /// `Model(name:vocabulary:context:dModel:layers:heads:dHead:dFF:…)`, and with `kvHeads:` for grouped-query attention;
    /// sizes below 1, a `kvHeads` that does not divide `heads` and counts beyond `Int` are errors at the argument.
    static let modelConstructors: [Builtin] = [false, true].map { groupedQuery in
        var parameters: [Builtin.Parameter] = [
            .init("name", "name", .string), .init("vocabulary", "vocabulary", .int), .init("context", "context", .int),
            .init("dModel", "dModel", .int), .init("layers", "layers", .int), .init("heads", "heads", .int),
        ]
        if groupedQuery { parameters.append(.init("kvHeads", "kvHeads", .int)) }
        parameters += [
            .init("dHead", "dHead", .int), .init("dFF", "dFF", .int),
            .init("biases", "biases", .bool, default: .bool(true)), .init("tiedEmbeddings", "tiedEmbeddings", .bool, default: .bool(true)),
            .init("norm", "norm", .norm, default: .record(.enumCase(ValueType.norm.rawValue, "layerNorm"))),
            .init("position", "position", .position, default: .record(.enumCase(ValueType.position.rawValue, "learned"))),
            .init("mlp", "mlp", .mlp, default: .record(.enumCase(ValueType.mlp.rawValue, "gelu"))),
        ]
        let summary = groupedQuery
            ? "the same with n_kv_heads key and value heads (grouped-query attention; W_K and W_V are d_model × n_kv_heads·d_head)"
            : "a model of your own, GPT-2-like unless told: biases everywhere, tied embeddings, LayerNorm, learned positions, "
                + "GELU MLP, a final norm; its record has the members of the presets"
        let example = groupedQuery
            ? "Model(name: \"gqa\", vocabulary: 32000, context: 4096, dModel: 4096, layers: 32, heads: 32, kvHeads: 8, dHead: 128, "
                + "dFF: 11008, biases: false, tiedEmbeddings: false, norm: .rmsNorm, position: .rotary, mlp: .swiGLU)"
            : "Model(name: \"tiny\", vocabulary: 1000, context: 128, dModel: 64, layers: 2, heads: 4, dHead: 16, dFF: 256)"
        return Builtin("Model", parameters, .model, summary: summary, example: example) { arguments throws(TransformerError) in
            let model = try ModelArguments(CallArguments(arguments), groupedQuery: groupedQuery)
            try model.validate()
            return .record(try model.record())
        }
    }
}
