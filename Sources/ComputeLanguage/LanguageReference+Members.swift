extension LanguageReference {
    /// One documented member: the type it is read on, its name, its meaning and an example.
    struct Member {
        /// The type of the value the member is read on.
        let type: String
        /// The member's name.
        let name: String
        /// What it is.
        let meaning: String
        /// An expression reading it, which runs as written.
        let example: String
    }

    /// The members of values, in reference order; a test checks that every member of every record type is here.
    static let memberEntries: [Member] = [
        Member(type: "Matrix", name: "T", meaning: "the transpose Mᵀ", example: "[[1, 2, 3]].T"),
        Member(type: "Matrix", name: "rows", meaning: "the number of rows", example: "identity(3).rows"),
        Member(type: "Matrix", name: "columns", meaning: "the number of columns", example: "identity(3).columns"),
        Member(type: "Matrix", name: "shape", meaning: "rows × columns, a `Shape` shown as `4×4`", example: "identity(4).shape"),
        Member(type: "Vector", name: "count", meaning: "the number of elements", example: "[2, 1, 0].count"),
        Member(type: "Vector", name: "shape", meaning: "the number of elements, a `Shape` shown as `3`", example: "[2, 1, 0].shape"),
        Member(type: "String", name: "count", meaning: "the number of characters", example: "\"red\".count"),
        Member(type: "[String]", name: "count", meaning: "the number of strings; `list[i]` is the i-th", example: "[\"The\", \"car\"].count"),
        Member(type: "[Matrix]", name: "count", meaning: "the number of matrices; `heads[i]` is the i-th", example: "splitHeads(identity(4), count: 2).count"),
        Member(type: "Shape", name: "rows", meaning: "the rows of a matrix's shape", example: "identity(4).shape.rows"),
        Member(type: "Shape", name: "columns", meaning: "the columns of a matrix's shape", example: "identity(4).shape.columns"),
        Member(type: "Shape", name: "count", meaning: "the length of a vector's shape", example: "[2, 1, 0].shape.count"),
        Member(type: "Double", name: "squareRoot", meaning: "`x.squareRoot()` = √x, as in Swift; x ≥ 0", example: "2.0.squareRoot()"),
        Member(
            type: "Double", name: "rounded",
            meaning: "`x.rounded()`, to the nearest integer, halves away from zero; `x.rounded(.down)` with a rule: "
                + "`.up`, `.down`, `.towardZero`, `.awayFromZero`, `.toNearestOrEven`, `.toNearestOrAwayFromZero`",
            example: "2.5.rounded()"),
        Member(
            type: "Double", name: "truncatingRemainder",
            meaning: "`x.truncatingRemainder(dividingBy: y)` = x − y·trunc(x / y), the sign of x (`%` is for Ints); y = 0 gives NaN, an error",
            example: "7.5.truncatingRemainder(dividingBy: 2)"),
    ] + attentionMembers + modelMembers

    /// The members of attention results and of the geometry records.
    private static let attentionMembers: [Member] = {
        let r = "attention(q: identity(2), k: identity(2), v: identity(2))"
        let m = "multiHeadAttention(identity(2), heads: 2, wq: identity(2), wk: identity(2), wv: identity(2), wo: identity(2))"
        return [
            Member(type: "AttentionResult", name: "scores", meaning: "S = QKᵀ (queries × keys)", example: "\(r).scores"),
            Member(type: "AttentionResult", name: "scaledScores", meaning: "S / √d_k (S itself with `scaled: false`)", example: "\(r).scaledScores"),
            Member(type: "AttentionResult", name: "maskedScores", meaning: "the scaled scores with −∞ where the mask hides a key, as softmax sees them", example: "attention(q: identity(2), k: identity(2), v: identity(2), mask: .causal).maskedScores"),
            Member(type: "AttentionResult", name: "weights", meaning: "A = softmax(mask(scaled scores)) by rows; masked entries are 0", example: "\(r).weights"),
            Member(type: "AttentionResult", name: "output", meaning: "A V (queries × d_v)", example: "\(r).output"),
            Member(type: "MultiHeadAttentionResult", name: "queries", meaning: "Q = X W_Q + b_Q, before the split into heads", example: "\(m).queries"),
            Member(type: "MultiHeadAttentionResult", name: "keys", meaning: "K = C W_K + b_K (C = X in self-attention)", example: "\(m).keys"),
            Member(type: "MultiHeadAttentionResult", name: "values", meaning: "V = C W_V + b_V", example: "\(m).values"),
            Member(type: "MultiHeadAttentionResult", name: "heads", meaning: "each head's `AttentionResult`, a list: `r.heads[k].weights`", example: "\(m).heads[1].scores"),
            Member(type: "MultiHeadAttentionResult", name: "headWeights", meaning: "each head's attention weights, a `[Matrix]`", example: "\(m).headWeights[0]"),
            Member(type: "MultiHeadAttentionResult", name: "concatenated", meaning: "Concat(head₁, …, head_h) (tokens × d_model)", example: "\(m).concatenated"),
            Member(type: "MultiHeadAttentionResult", name: "output", meaning: "Concat(…) W_O + b_O (tokens × d_model)", example: "\(m).output"),
            Member(type: "QRDecomposition", name: "q", meaning: "Q, with orthonormal columns", example: "qr([[1, 2], [3, 4]]).q"),
            Member(type: "QRDecomposition", name: "r", meaning: "R, upper triangular with a non-negative diagonal", example: "qr([[1, 2], [3, 4]]).r"),
            Member(type: "OrthogonalityDeviation", name: "frobeniusNorm", meaning: "‖WᵀW − I‖_F", example: "orthogonalityDeviation(identity(2)).frobeniusNorm"),
            Member(type: "OrthogonalityDeviation", name: "largestOffDiagonal", meaning: "maxᵢ≠ⱼ |(WᵀW)(i, j)|", example: "orthogonalityDeviation(identity(2)).largestOffDiagonal"),
        ]
    }()

    /// The members of a `Model`.
    private static let modelMembers: [Member] = [
        ("name", "the model's name", "name"), ("source", "where its dimensions were published", "source"),
        ("parameters", "every trainable parameter of the architecture (biases, norms, learned positions; tied matrices once)", "parameters"),
        ("weightParameters", "the weight matrices only, untied: embedding, W_Q, W_K, W_V, W_O, MLP, unembedding", "weightParameters"),
        ("nonEmbeddingParameters", "N of Kaplan et al. (2020): the layers' weight matrices only", "nonEmbeddingParameters"),
        ("parametersPerLayer", "the parameters of one block (architecture accounting)", "parametersPerLayer"),
        ("vocabulary", "n_vocab", "vocabulary"), ("context", "n_ctx", "context"), ("dModel", "d_model", "dModel"),
        ("layers", "n_layers", "layers"), ("heads", "n_heads", "heads"), ("kvHeads", "n_kv_heads (= n_heads without grouped-query attention)", "kvHeads"),
        ("dHead", "d_head", "dHead"), ("dFF", "d_ff", "dFF"), ("attentionBiases", "whether Q, K, V and O have biases", "attentionBiases"),
        ("mlpBiases", "whether the MLP has biases", "mlpBiases"), ("tiedEmbeddings", "whether the unembedding reuses the embedding", "tiedEmbeddings"),
        ("norm", "`.layerNorm` or `.rmsNorm`", "norm"), ("position", "`.learned`, `.sinusoidal`, `.rotary` or `.none`", "position"),
        ("mlp", "`.gelu`, `.relu` or `.swiGLU`", "mlp"), ("tokenTypes", "token-type (segment) embeddings, 2 for BERT", "tokenTypes"),
        ("embeddingNorm", "whether the embeddings are normalized (BERT)", "embeddingNorm"), ("finalNorm", "whether a norm follows the last block", "finalNorm"),
        ("pooler", "whether a pooler reads the first token (BERT)", "pooler"),
        ("findings", "the invariants the printed dimensions break (d_model = n_heads × d_head, …), as `[String]`", "findings"),
    ].map { Member(type: "Model", name: $0.0, meaning: $0.1, example: "Model.gpt3XL.\($0.2)") }

    /// The members table.
    static var members: String {
        table(
            heading: "## Members", introduction: "Read with a dot: `value.member`. Records (attention results, models, …) are shown with their members' names.",
            columns: ["type", "member", "meaning", "example"],
            rows: memberEntries.map { [code($0.type), code("." + $0.name), $0.meaning, code($0.example)] })
    }
}
