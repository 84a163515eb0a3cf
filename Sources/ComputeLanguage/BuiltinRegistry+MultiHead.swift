import TransformerCore

extension BuiltinRegistry {
    /// `multiHeadAttention` for self- and cross-attention, each without and with biases.
    static let multiHeadOverloads: [Builtin] = [false, true].flatMap { cross in
        [false, true].map { biases in multiHead(cross: cross, biases: biases) }
    }

    /// One overload of `multiHeadAttention`: with `context:` (cross-attention) or not, with `bq:bk:bv:bo:` or not.
    private static func multiHead(cross: Bool, biases: Bool) -> Builtin {
        var parameters: [Builtin.Parameter] = [.init(nil, "x", .matrix)]
        if cross { parameters.append(.init("context", "context", .matrix)) }
        parameters.append(.init("heads", "heads", .int))
        parameters += ["wq", "wk", "wv", "wo"].map { Builtin.Parameter($0, $0, .matrix) }
        if biases { parameters += ["bq", "bk", "bv", "bo"].map { Builtin.Parameter($0, $0, .vector) } }
        parameters += [mask, .init("scaled", "scaled", .bool, default: .bool(true))]
        let first = cross ? 3 : 2
        let summary = switch (cross, biases) {
        case (false, false):
            "Concat(head₁, …, head_h) W_O, headₖ = attention of the k-th d_model / h columns of Q = X W_Q, K = X W_K, "
                + "V = X W_V (the projections are split, not X): `.queries`, `.keys`, `.values`, `.heads[k]`, "
                + "`.headWeights[k]`, `.concatenated`, `.output`"
        case (false, true): "the same with biases: Q = X W_Q + b_Q, K = X W_K + b_K, V = X W_V + b_V, output Concat(…) W_O + b_O"
        case (true, false): "cross-attention: queries from X, keys and values from the context C (K = C W_K, V = C W_V)"
        case (true, true): "cross-attention with biases"
        }
        let x = cross ? "identity(2), context: identity(2)" : "identity(4)"
        let weights = cross ? "identity(2)" : "identity(4)"
        let bias = cross ? "[0, 0]" : "[0, 0, 0, 0]"
        let example = "multiHeadAttention(\(x), heads: 2, wq: \(weights), wk: \(weights), wv: \(weights), wo: \(weights)"
            + (biases ? ", bq: \(bias), bk: \(bias), bv: \(bias), bo: \(bias)" : "") + (cross ? ")" : ", mask: .causal)")
        return Builtin(
            "multiHeadAttention", parameters, .multiHeadResult, summary: summary, example: example,
            bounds: { multiHeadCost(CallArguments($0), cross: cross) }
        ) { arguments throws(TransformerError) in
            let a = CallArguments(arguments)
            let layer = try MultiHeadAttention(
                headCount: try a.int(first - 1), queryWeights: try a.matrix(first), keyWeights: try a.matrix(first + 1),
                valueWeights: try a.matrix(first + 2), outputWeights: try a.matrix(first + 3),
                queryBias: biases ? try a.vector(first + 4) : nil, keyBias: biases ? try a.vector(first + 5) : nil,
                valueBias: biases ? try a.vector(first + 6) : nil, outputBias: biases ? try a.vector(first + 7) : nil)
            let rest = first + (biases ? 8 : 4)
            let mask = try a.mask(rest)
            return .record(try layer.apply(
                to: try a.matrix(0), context: cross ? try a.matrix(1) : nil, mask: mask, scaled: try a.bool(rest + 1)
            ).record)
        }
    }

    /// Projections (n and m rows of d_model), h heads of n × m scores, weights and scaled scores, the concatenation and output.
    private static func multiHeadCost(_ a: CallArguments, cross: Bool) -> Builtin.Cost {
        let (tokens, width) = (a.rows(0), a.columns(0))
        let keys = cross ? a.rows(1) : tokens
        let heads = max(a.size(cross ? 2 : 1), 1)
        let squares = Builtin.Cost.product(heads, tokens, keys)
        let elements = Builtin.Cost.sum(
            Builtin.Cost.product(4, squares), Builtin.Cost.product(4, tokens, width), Builtin.Cost.product(2, keys, width))
        let projections = Builtin.Cost.product(Builtin.Cost.sum(Builtin.Cost.product(2, tokens), Builtin.Cost.product(2, keys)), width, width)
        return Builtin.Cost(
            elements: elements, operations: Builtin.Cost.sum(projections, Builtin.Cost.product(squares, width, 2), heads), sides: [heads])
    }
}
