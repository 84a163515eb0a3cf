import TransformerCore

/// The matrices of one attention, as `attention(q:k:v:mask:scaled:)` returns them.
public struct AttentionResult: Equatable, Sendable {
    /// S = QKᵀ (queries × keys).
    public let scores: Matrix
    /// S / √d_k (S itself with `scaled: false`).
    public let scaledScores: Matrix
    /// The scaled scores with −∞ where the mask hides a key, as softmax sees them.
    public let maskedScores: Matrix
    /// A = softmax(mask(scaled scores)) by rows; masked entries are 0.
    public let weights: Matrix
    /// A V (queries × d_v).
    public let output: Matrix

    /// The record of TransformerCore's result.
    init(_ core: TransformerCore.AttentionResult) {
        scores = Matrix(core.scores)
        scaledScores = Matrix(core.scaledScores)
        maskedScores = Matrix((try? core.maskedScores) ?? core.scaledScores)
        weights = Matrix(core.weights)
        output = Matrix(core.output)
    }
}

/// The matrices of one multi-head attention, as `multiHeadAttention(…)` returns them.
public struct MultiHeadAttentionResult: Equatable, Sendable {
    /// Q = X W_Q + b_Q, before the split into heads.
    public let queries: Matrix
    /// K = C W_K + b_K (C = X in self-attention).
    public let keys: Matrix
    /// V = C W_V + b_V.
    public let values: Matrix
    /// Each head's attention.
    public let heads: [AttentionResult]
    /// Each head's attention weights.
    public let headWeights: [Matrix]
    /// Concat(head₁, …, head_h) (tokens × d_model).
    public let concatenated: Matrix
    /// Concat(…) W_O + b_O (tokens × d_model).
    public let output: Matrix

    /// The record of TransformerCore's result.
    init(_ core: TransformerCore.MultiHeadAttentionResult) {
        queries = Matrix(core.queries)
        keys = Matrix(core.keys)
        values = Matrix(core.values)
        heads = core.heads.map(AttentionResult.init)
        headWeights = core.headWeights.map(Matrix.init)
        concatenated = Matrix(core.concatenated)
        output = Matrix(core.output)
    }
}

/// The factors of A = QR, as `qr(_:)` returns them.
public struct QRDecomposition: Equatable, Sendable {
    /// Q, with orthonormal columns.
    public let q: Matrix
    /// R, upper triangular with a non-negative diagonal.
    public let r: Matrix
}

/// How far a matrix's columns are from orthonormal, as `orthogonalityDeviation(_:)` returns it.
public struct OrthogonalityDeviation: Equatable, Sendable {
    /// ‖WᵀW − I‖_F.
    public let frobeniusNorm: Double
    /// maxᵢ≠ⱼ |(WᵀW)(i, j)|.
    public let largestOffDiagonal: Double
}
