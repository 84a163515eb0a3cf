/// The final projection from hidden states to vocabulary logits: a matrix W_U, or the embedding table tied (Eᵀ).
public enum Unembedding: Equatable, Sendable {
    /// An unembedding matrix W_U (d_model × vocabulary): logits = H W_U.
    case matrix(Matrix)
    /// Weights tied to the token embedding E (vocabulary × d_model): logits = H Eᵀ.
    case tied(TokenEmbedding)

    /// The logits of each position: Z = H W_U (or H Eᵀ when tied), tokens × vocabulary; H is tokens × d_model.
    public func logits(_ hidden: Matrix) throws(TransformerError) -> Matrix {
        switch self {
        case let .matrix(weights): try hidden * weights
        case let .tied(embedding): try hidden.multipliedByTransposeOf(embedding.table)
        }
    }

    /// The next-token distribution of each position: P = softmax(Z / T) by rows, with Z = `logits(hidden)`.
    public func distribution(_ hidden: Matrix, temperature: Double = 1) throws(TransformerError) -> Matrix {
        try Softmax.apply(rowsOf: logits(hidden), temperature: temperature)
    }
}
