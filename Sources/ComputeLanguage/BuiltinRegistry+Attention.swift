import TransformerCore

extension BuiltinRegistry {
    /// Scaled dot-product attention with masks, its fused output, and multi-head attention.
    static let attentionFamily = BuiltinFamily(
        "Attention",
        summary: "scaled dot-product attention (Vaswani et al. 2017) with masks, and multi-head attention with explicit weights",
        builtins: [
            Builtin(
                "attention",
                [
                    .init("q", "q", .matrix), .init("k", "k", .matrix), .init("v", "v", .matrix), mask,
                    .init("scaled", "scaled", .bool, default: .bool(true)),
                ],
                .attentionResult,
                summary: "softmax(mask(QKᵀ / √d_k)) V by rows, with `.scores` QKᵀ, `.scaledScores` QKᵀ / √d_k, `.weights` "
                    + "and `.output`; masked scores become −∞ (weight 0); `scaled: false` leaves out 1/√d_k",
                example: "attention(q: identity(2), k: identity(2), v: [[1, 2], [3, 4]], mask: .causal)",
                bounds: { attentionCost(CallArguments($0), matrices: 3) }
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                let mask = try a.mask(3)
                return .record(try Attention.scaledDotProduct(
                    queries: try a.matrix(0), keys: try a.matrix(1), values: try a.matrix(2), mask: mask, scaled: try a.bool(4)
                ).record)
            },
            Builtin(
                "attentionOutput",
                [
                    .init("q", "q", .matrix), .init("k", "k", .matrix), .init("v", "v", .matrix),
                    .init("causal", "causal", .bool, default: .bool(false)), .init("scaled", "scaled", .bool, default: .bool(true)),
                ],
                .matrix,
                summary: "the output softmax(mask(QKᵀ / √d_k)) V alone, computed block by block without the queries × keys "
                    + "matrices, for long sequences; `causal: true` masks the keys after each query",
                example: "attentionOutput(q: identity(2), k: identity(2), v: [[1, 2], [3, 4]], causal: true)",
                bounds: { attentionCost(CallArguments($0), matrices: 0) }
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .matrix(try AttentionKernel.output(
                    queries: try a.matrix(0), keys: try a.matrix(1), values: try a.matrix(2), scaled: try a.bool(4),
                    causal: try a.bool(3)))
            },
            Builtin(
                "maskMatrix", [.init(nil, "mask", .mask), .init("queries", "queries", .int), .init("keys", "keys", .int)], .matrix,
                summary: "M(i, j) = 1 where query i may attend to key j, else 0 (`.causal`: 1 on and below the diagonal)",
                example: "maskMatrix(.causal, queries: 3, keys: 3)",
                bounds: { Builtin.Cost.matrix(rows: CallArguments($0).size(1), columns: CallArguments($0).size(2)) }
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                let mask = try a.mask(0)
                return .matrix(try mask.allowed(queries: try a.int(1), keys: try a.int(2)))
            },
        ] + multiHeadOverloads
    )

    /// `mask: AttentionMask = .none`.
    static let mask = Builtin.Parameter("mask", "mask", .mask, default: .record(.enumCase(ValueType.mask.rawValue, "none")))

    /// Attention of the queries, keys and values at 0, 1, 2: `matrices` queries × keys matrices (scores, scaled
    /// scores, weights; 0 for the fused kernel) and the output, and queries · keys · (d_k + d_v) operations.
    static func attentionCost(_ a: CallArguments, matrices: Int) -> Builtin.Cost {
        let (queries, keys, depth, width) = (a.rows(0), a.rows(1), a.columns(0), a.columns(2))
        let square = Builtin.Cost.product(queries, keys)
        return Builtin.Cost(
            elements: Builtin.Cost.sum(Builtin.Cost.product(square, matrices), Builtin.Cost.product(queries, width)),
            operations: Builtin.Cost.sum(Builtin.Cost.product(square, depth), Builtin.Cost.product(square, width), square))
    }
}
