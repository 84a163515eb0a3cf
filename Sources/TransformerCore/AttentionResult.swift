/// The intermediate and final matrices of one scaled dot-product attention.
public struct AttentionResult: Equatable, Sendable {
    /// The raw scores S = QKᵀ (queries × keys).
    public let scores: Matrix
    /// The scores divided by √d_k (S / √d_k), or equal to `scores` when scaling is off.
    public let scaledScores: Matrix
    /// The attention weights A = softmax(mask(scaledScores)) by rows; every row sums to 1, masked entries are 0.
    public let weights: Matrix
    /// The output A·V (queries × d_v).
    public let output: Matrix
    /// The mask that was applied.
    public let mask: AttentionMask

    /// The scaled scores with masked entries set to −∞, as softmax saw them.
    public var maskedScores: Matrix {
        get throws(TransformerError) { try mask.apply(to: scaledScores) }
    }
}
