import TransformerCore

extension BuiltinRegistry {
    /// Positional encodings, token embeddings and the unembedding to logits and next-token distributions.
    static let embeddingsFamily = BuiltinFamily(
        "Embeddings and positions",
        summary: "tokens in (embedding lookup, sinusoidal positions) and out (logits and next-token distributions)",
        builtins: [
            Builtin(
                "positionalEncoding",
                [.init("length", "length", .int), .init("dModel", "dModel", .int), .init("base", "base", .double, default: .integer(10_000))],
                .matrix,
                summary: "PE(pos, 2i) = sin(pos / base^(2i/d)), PE(pos, 2i+1) = cos(pos / base^(2i/d)) for positions 0 ..< length "
                    + "and d = dModel columns (Vaswani et al. 2017)",
                example: "positionalEncoding(length: 4, dModel: 8)",
                bounds: {
                    Builtin.Cost.matrix(rows: CallArguments($0).size(0), columns: CallArguments($0).size(1), perElement: WorkWeight.transcendental)
                }
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .matrix(try PositionalEncoding.sinusoidal(positions: try a.int(0), dimension: try a.int(1), base: try a.real(2)))
            },
            Builtin(
                "embed", [.init(nil, "table", .matrix), .init("tokens", "tokens", .vector)], .matrix,
                summary: "X(i, ·) = E(tᵢ, ·): for each token id tᵢ its row of the embedding table E (vocabulary × d_model); "
                    + "0 ≤ tᵢ < vocabulary",
                example: "embed(identity(4), tokens: [2, 0, 3])",
                bounds: { Builtin.Cost.matrix(rows: CallArguments($0).rows(1), columns: CallArguments($0).columns(0)) }
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .matrix(try TokenEmbedding(table: try a.matrix(0)).embed(try tokenIDs(try a.vector(1))))
            },
            unembedding("logits", tied: false, summary: "Z = H W_U: the logits of each position (tokens × vocabulary)"),
            unembedding("logits", tied: true, summary: "Z = H Eᵀ: the logits with the unembedding tied to the embedding table E"),
            unembedding(
                "tokenDistribution", tied: false,
                summary: "P = softmax(H W_U / T) by rows: each position's distribution over the next token; T > 0"),
            unembedding("tokenDistribution", tied: true, summary: "P = softmax(H Eᵀ / T) by rows, with the unembedding tied to E"),
        ]
    )

    /// `logits` or `tokenDistribution`, with `unembedding:` W_U (d_model × vocabulary) or `tiedTo:` E (vocabulary × d_model).
    private static func unembedding(_ name: String, tied: Bool, summary: String) -> Builtin {
        let distribution = name == "tokenDistribution"
        var parameters: [Builtin.Parameter] = [
            .init(nil, "hidden", .matrix), tied ? .init("tiedTo", "embedding", .matrix) : .init("unembedding", "unembedding", .matrix),
        ]
        if distribution { parameters.append(.init("temperature", "temperature", .double, default: .integer(1))) }
        let example = "\(name)([[1, 0]], \(tied ? "tiedTo" : "unembedding"): \(tied ? "[[1, 0], [0, 1], [1, 1]]" : "[[1, 0, 1], [0, 1, 1]]"))"
        return Builtin(
            name, parameters, .matrix, summary: summary, example: example,
            bounds: { values in
                let a = CallArguments(values)
                let vocabulary = tied ? a.rows(1) : a.columns(1)
                return Builtin.Cost(
                    elements: Builtin.Cost.product(a.rows(0), vocabulary),
                    operations: Builtin.Cost.product(a.rows(0), vocabulary, a.columns(0)))
            }
        ) { arguments throws(TransformerError) in
            let a = CallArguments(arguments)
            let output: Unembedding = tied ? .tied(try TokenEmbedding(table: try a.matrix(1))) : .matrix(try a.matrix(1))
            if distribution { return .matrix(try output.distribution(try a.matrix(0), temperature: try a.real(2))) }
            return .matrix(try output.logits(try a.matrix(0)))
        }
    }

    /// Token ids written as a vector: each must be a whole number.
    private static func tokenIDs(_ values: [Double]) throws(TransformerError) -> [Int] {
        var ids: [Int] = []
        for (position, value) in values.enumerated() {
            guard value == value.rounded(), let id = Int(exactly: value) else {
                throw .invalidArgument(name: "token id at position \(position)", value: value, requirement: "a whole number")
            }
            ids.append(id)
        }
        return ids
    }
}
