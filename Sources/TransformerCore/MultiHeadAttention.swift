/// Multi-head attention with explicit projections W_Q, W_K, W_V, W_O (each d_model × d_model) and optional biases.
///
/// MultiHead(X) = Concat(head₁, …, head_h) W_O + b_O, where headₖ = Attention(Qₖ, Kₖ, Vₖ) and Qₖ, Kₖ, Vₖ
/// are the k-th blocks of d_head = d_model / h columns of the projections Q = X W_Q + b_Q,
/// K = X W_K + b_K, V = X W_V + b_V. The projected matrices are split into heads, not X.
public struct MultiHeadAttention: Equatable, Sendable {
    /// The number of heads h; d_model is divisible by it.
    public let headCount: Int
    /// The query projection W_Q (d_model × d_model).
    public let queryWeights: Matrix
    /// The key projection W_K (d_model × d_model).
    public let keyWeights: Matrix
    /// The value projection W_V (d_model × d_model).
    public let valueWeights: Matrix
    /// The output projection W_O (d_model × d_model).
    public let outputWeights: Matrix
    /// The query bias b_Q (d_model entries), if any.
    public let queryBias: [Double]?
    /// The key bias b_K (d_model entries), if any.
    public let keyBias: [Double]?
    /// The value bias b_V (d_model entries), if any.
    public let valueBias: [Double]?
    /// The output bias b_O (d_model entries), if any.
    public let outputBias: [Double]?

    /// A layer from its weights; every W must be d_model × d_model, every bias d_model long, and h must divide d_model.
    public init(
        headCount: Int,
        queryWeights: Matrix, keyWeights: Matrix, valueWeights: Matrix, outputWeights: Matrix,
        queryBias: [Double]? = nil, keyBias: [Double]? = nil, valueBias: [Double]? = nil, outputBias: [Double]? = nil
    ) throws(TransformerError) {
        let width = queryWeights.rows
        let square = (rows: width, columns: width)
        for (name, weights) in [("W_Q", queryWeights), ("W_K", keyWeights), ("W_V", valueWeights), ("W_O", outputWeights)]
        where weights.rows != width || weights.columns != width {
            throw .shapeMismatch(operation: "multi-head attention \(name) (must be d_model × d_model)", lhs: weights.shape, rhs: square)
        }
        guard width > 0 else { throw .empty(operation: "multi-head attention") }
        guard headCount >= 1, width % headCount == 0 else {
            throw .invalidArgument(name: "head count", value: Double(headCount), requirement: "a positive divisor of d_model = \(width)")
        }
        for (name, bias) in [("b_Q", queryBias), ("b_K", keyBias), ("b_V", valueBias), ("b_O", outputBias)] {
            if let bias, bias.count != width {
                throw .shapeMismatch(operation: "multi-head attention bias \(name)", lhs: (1, bias.count), rhs: (1, width))
            }
        }
        self.headCount = headCount
        self.queryWeights = queryWeights
        self.keyWeights = keyWeights
        self.valueWeights = valueWeights
        self.outputWeights = outputWeights
        self.queryBias = queryBias
        self.keyBias = keyBias
        self.valueBias = valueBias
        self.outputBias = outputBias
    }

    /// The model width d_model.
    public var modelDimension: Int { queryWeights.rows }

    /// The width of one head, d_head = d_model / h.
    public var headDimension: Int { modelDimension / headCount }

    /// Self-attention of X (tokens × d_model), or cross-attention when `context` gives the keys and values.
    ///
    /// Q = X W_Q + b_Q; K = C W_K + b_K and V = C W_V + b_V with C = context ?? X; each head attends
    /// with `mask` (scaled by 1/√d_head unless `scaled` is false); output = Concat(heads) W_O + b_O.
    public func apply(
        to input: Matrix, context: Matrix? = nil, mask: AttentionMask = .none, scaled: Bool = true
    ) throws(TransformerError) -> MultiHeadAttentionResult {
        let source = context ?? input
        for (name, matrix) in [("input", input), ("context", source)] where matrix.columns != modelDimension {
            throw .shapeMismatch(operation: "multi-head attention \(name) times W_Q/W_K/W_V", lhs: matrix.shape, rhs: queryWeights.shape)
        }
        let queries = try input.projected(by: queryWeights, bias: queryBias)
        let keys = try source.projected(by: keyWeights, bias: keyBias)
        let values = try source.projected(by: valueWeights, bias: valueBias)
        let queryHeads = try queries.splitHeads(headCount)
        let keyHeads = try keys.splitHeads(headCount)
        let valueHeads = try values.splitHeads(headCount)
        var heads: [AttentionResult] = []
        for k in 0..<headCount {
            heads.append(try Attention.scaledDotProduct(
                queries: queryHeads[k], keys: keyHeads[k], values: valueHeads[k], mask: mask, scaled: scaled
            ))
        }
        let concatenated = try Matrix(joiningHeads: heads.map(\.output))
        let output = try concatenated.projected(by: outputWeights, bias: outputBias)
        return MultiHeadAttentionResult(
            queries: queries, keys: keys, values: values, heads: heads, concatenated: concatenated, output: output
        )
    }
}
