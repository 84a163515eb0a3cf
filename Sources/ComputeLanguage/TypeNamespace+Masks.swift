import TransformerCore

extension TypeNamespace {
    /// The masks of `attention`, `multiHeadAttention` and `maskMatrix`: `.none`, `.causal`, `.padding(_:)`,
    /// `.validLength(_:)` and `.explicit(_:)`.
    static let attentionMask = TypeNamespace(
        .mask,
        summary: "which keys each query may attend to (1 or true: it may); a masked score becomes −∞ before softmax, "
            + "so its weight is exactly 0; where a mask is expected, a 0/1 or true/false matrix is an explicit mask",
        constants: [
            Constant(name: "none", summary: "every query attends to every key", value: .record(maskCase("none"))),
            Constant(
                name: "causal", summary: "query i attends to keys j ≤ i only: the entries above the diagonal are masked",
                value: .record(maskCase("causal"))),
        ],
        constructors: [
            Builtin(
                "padding", [.init(nil, "keys", .vector)], .mask,
                summary: "key j may be attended when keys[j] is 1 (true) and is padding when 0 (false); one entry per key",
                example: "maskMatrix(.padding([true, true, false]), queries: 2, keys: 3)"
            ) { arguments throws(TransformerError) in
                let keys = try CallArguments(arguments).vector(0)
                _ = try AttentionMask.flags(keys)
                return .record(maskCase("padding", payload: [.init("keys", .vector(keys))]))
            },
            Builtin(
                "validLength", [.init(nil, "length", .int)], .mask,
                summary: "keys 0 ..< n are tokens and keys from n on are padding (0 ≤ n ≤ keys)",
                example: "maskMatrix(.validLength(2), queries: 3, keys: 3)"
            ) { arguments throws(TransformerError) in
                .record(maskCase("validLength", payload: [.init("length", .integer(try CallArguments(arguments).int(0)))]))
            },
            Builtin(
                "explicit", [.init(nil, "allowed", .matrix)], .mask,
                summary: "query i may attend to key j where allowed[i, j] is 1 (true); one row per query, one column per key",
                example: "maskMatrix(.explicit([[true, false], [true, true]]), queries: 2, keys: 2)"
            ) { arguments throws(TransformerError) in
                let allowed = try CallArguments(arguments).matrix(0)
                _ = try AttentionMask.flags(allowed.elements)
                return .record(maskCase("explicit", payload: [.init("allowed", .matrix(allowed))]))
            },
        ]
    )

    /// The record of the mask case `name`.
    private static func maskCase(_ name: String, payload: [Record.Member] = []) -> Record {
        .enumCase(ValueType.mask.rawValue, name, payload: payload)
    }
}
