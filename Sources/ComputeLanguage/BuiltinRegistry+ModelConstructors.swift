import TransformerCore

extension BuiltinRegistry {
    /// `Model(name:vocabulary:context:dModel:layers:heads:dHead:dFF:…)`, and with `kvHeads:` for grouped-query attention.
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
            let a = CallArguments(arguments)
            let shift = groupedQuery ? 1 : 0
            let configuration = ModelConfiguration(
                name: try a.string(0), vocabularySize: try a.int(1), contextLength: try a.int(2), modelDimension: try a.int(3),
                layers: try a.int(4), heads: try a.int(5), keyValueHeads: groupedQuery ? try a.int(6) : nil,
                headDimension: try a.int(6 + shift), feedForwardDimension: try a.int(7 + shift),
                attentionBiases: try a.bool(8 + shift), mlpBiases: try a.bool(8 + shift), tiedEmbeddings: try a.bool(9 + shift),
                norm: try a.option(10 + shift, ModelConfiguration.NormKind.self),
                position: try a.option(11 + shift, ModelConfiguration.PositionKind.self),
                mlp: try a.option(12 + shift, ModelConfiguration.MLPKind.self))
            return .record(try configuration.record())
        }
    }
}
