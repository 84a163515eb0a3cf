import TransformerCore

extension BuiltinRegistry {
    /// Model configurations, their parameter tables and counts, compute and memory.
    static let modelsFamily = BuiltinFamily(
        "Models",
        summary: "parameter tables and counts of `Model` presets or of your own configuration, compute and memory",
        builtins: modelConstructors + [
            Builtin(
                "parameterTable", [.init(nil, "model", .model), accounting], .table,
                summary: "the parameters by component: dimensions, count and share of the total, then the total; "
                    + "`accounting: .weightsOnly` counts the weight matrices only, untied (as GPT-3's Table 2.1 is usually read)",
                example: "parameterTable(Model.gpt3, accounting: .weightsOnly)"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .table(try ModelConfiguration(record: try a.record(0)).parameterBreakdown(try a.option(1, ParameterBreakdown.Accounting.self)).table)
            },
            Builtin(
                "parameterCount", [.init(nil, "model", .model), .init("of", "component", .component), accounting], .int,
                summary: "the parameters of one component over all layers (0 if the model has none, or ties it)",
                example: "parameterCount(Model.gpt3, of: .mlpUpWeight, accounting: .weightsOnly)"
            ) { arguments throws(TransformerError) in
                let (breakdown, component) = try componentOf(CallArguments(arguments))
                return .integer(breakdown.count(component))
            },
            Builtin(
                "parameterShare", [.init(nil, "model", .model), .init("of", "component", .component), accounting], .double,
                summary: "count / total of one component, a fraction (written `33.098%` in a claim)",
                example: "parameterShare(Model.gpt3, of: .mlpUpWeight, accounting: .weightsOnly)"
            ) { arguments throws(TransformerError) in
                let (breakdown, component) = try componentOf(CallArguments(arguments))
                return .real(breakdown.share(component))
            },
            Builtin(
                "forwardFLOPs", [.init(nil, "model", .model)], .int,
                summary: "C_forward = 2·N + 2·n_layers·n_ctx·d_attn per token (Kaplan et al. 2020), N the layers' weight "
                    + "matrices, d_attn = n_heads·d_head, n_ctx the model's context",
                example: "forwardFLOPs(Model.gpt2Small)"
            ) { arguments throws(TransformerError) in
                .integer(try ModelConfiguration(record: try CallArguments(arguments).record(0)).forwardFLOPsPerToken())
            },
            Builtin(
                "forwardFLOPs", [.init(nil, "model", .model), .init("context", "context", .int)], .int,
                summary: "the same with the attention over `context` earlier tokens",
                example: "forwardFLOPs(Model.gpt2Small, context: 512)"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .integer(try ModelConfiguration(record: try a.record(0)).forwardFLOPsPerToken(contextLength: try a.int(1)))
            },
            Builtin(
                "trainingFLOPs", [.init(nil, "model", .model), .init("tokens", "tokens", .int)], .double,
                summary: "C ≈ 6·N·D FLOPs to train on D tokens, N = `.parameters` (2 forward + 4 backward per parameter and token)",
                example: "trainingFLOPs(Model.gpt3, tokens: 300_000_000_000)"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .real(try ModelConfiguration(record: try a.record(0)).trainingFLOPs(tokens: try a.int(1)))
            },
            kvCache(context: false),
            kvCache(context: true),
            Builtin(
                "weightBytes", [.init(nil, "model", .model), .init("precision", "precision", .precision)], .int,
                summary: "⌈parameters · bits / 8⌉ bytes to store the weights (fp32 4, fp16 and bf16 2, int8 1, int4 ½ byte each)",
                example: "weightBytes(Model.llama2_7B, precision: .fp16)"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .integer(try ModelConfiguration(record: try a.record(0)).weightBytes(precision: try a.option(1, ModelConfiguration.Precision.self)))
            },
        ]
    )

    /// `accounting: Accounting = .architecture`.
    private static let accounting = Builtin.Parameter(
        "accounting", "accounting", .accounting,
        default: .record(.enumCase(ValueType.accounting.rawValue, ParameterBreakdown.Accounting.architecture.rawValue)))

    /// The breakdown of the model at 0 under the accounting at 2, and the component at 1.
    private static func componentOf(_ a: CallArguments) throws(TransformerError) -> (ParameterBreakdown, ParameterComponent) {
        let breakdown = try ModelConfiguration(record: try a.record(0)).parameterBreakdown(try a.option(2, ParameterBreakdown.Accounting.self))
        return (breakdown, try a.option(1, ParameterComponent.self))
    }

    /// `kvCacheBytes(_:precision:batch:)`, or with `context:` before the batch.
    private static func kvCache(context: Bool) -> Builtin {
        var parameters: [Builtin.Parameter] = [.init(nil, "model", .model), .init("precision", "precision", .precision)]
        if context { parameters.append(.init("context", "context", .int)) }
        parameters.append(.init("batch", "batch", .int, default: .integer(1)))
        return Builtin(
            "kvCacheBytes", parameters, .int,
            summary: context
                ? "the same for `context` tokens"
                : "2 · n_layers · n_ctx · n_kv_heads · d_head · batch · bits / 8 bytes: K and V of every layer and position",
            example: context ? "kvCacheBytes(Model.llama2_7B, precision: .fp16, context: 2048)" : "kvCacheBytes(Model.llama2_7B, precision: .fp16)"
        ) { arguments throws(TransformerError) in
            let a = CallArguments(arguments)
            let model = try ModelConfiguration(record: try a.record(0))
            let precision = try a.option(1, ModelConfiguration.Precision.self)
            let bytes = context
                ? try model.keyValueCacheBytes(precision: precision, batch: try a.int(3), contextLength: try a.int(2))
                : try model.keyValueCacheBytes(precision: precision, batch: try a.int(2))
            return .integer(bytes)
        }
    }
}
