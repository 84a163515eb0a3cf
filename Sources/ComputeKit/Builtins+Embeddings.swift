import TransformerCore

// Tokens in (embedding lookup, sinusoidal positions) and out (logits and next-token distributions).

/// PE(pos, 2i) = sin(pos / base^(2i/d)), PE(pos, 2i+1) = cos(pos / base^(2i/d)), positions 0 ..< length, d = dModel.
public func positionalEncoding(length: Int, dModel: Int, base: Double = 10_000) -> Matrix {
    Matrix(must { () throws(TransformerError) in try PositionalEncoding.sinusoidal(positions: length, dimension: dModel, base: base) })
}

/// X(i, ·) = E(tᵢ, ·); each token id a whole number, 0 ≤ tᵢ < vocabulary.
public func embed(_ table: Matrix, tokens: Vector) -> Matrix {
    let ids = tokens.elements.enumerated().map { position, value in
        requirement(value == value.rounded() && Int(exactly: value) != nil, "token id at position \(position) must be a whole number, got \(value)")
        return Int(exactly: value) ?? 0
    }
    return Matrix(must { () throws(TransformerError) in try TokenEmbedding(table: table.core).embed(ids) })
}

/// Z = H W_U: the logits of each position.
public func logits(_ hidden: Matrix, unembedding: Matrix) -> Matrix {
    Matrix(must { () throws(TransformerError) in try Unembedding.matrix(unembedding.core).logits(hidden.core) })
}

/// Z = H Eᵀ: the logits with the unembedding tied to the embedding table E.
public func logits(_ hidden: Matrix, tiedTo embedding: Matrix) -> Matrix {
    Matrix(must { () throws(TransformerError) in try Unembedding.tied(TokenEmbedding(table: embedding.core)).logits(hidden.core) })
}

/// P = softmax(H W_U / T) by rows; T > 0.
public func tokenDistribution(_ hidden: Matrix, unembedding: Matrix, temperature: Double = 1) -> Matrix {
    Matrix(must { () throws(TransformerError) in
        try Unembedding.matrix(unembedding.core).distribution(hidden.core, temperature: temperature)
    })
}

/// P = softmax(H Eᵀ / T) by rows, with the unembedding tied to E; T > 0.
public func tokenDistribution(_ hidden: Matrix, tiedTo embedding: Matrix, temperature: Double = 1) -> Matrix {
    Matrix(must { () throws(TransformerError) in
        try Unembedding.tied(TokenEmbedding(table: embedding.core)).distribution(hidden.core, temperature: temperature)
    })
}
