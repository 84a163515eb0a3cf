/// A token embedding table E (vocabulary × d_model): token t is represented by row t of E.
public struct TokenEmbedding: Equatable, Sendable {
    /// The table E, one row per token id.
    public let table: Matrix

    /// An embedding from its table (vocabulary size × d_model); it needs at least one row and one column.
    public init(table: Matrix) throws(TransformerError) {
        guard table.rows > 0, table.columns > 0 else { throw .empty(operation: "token embedding table") }
        self.table = table
    }

    /// The vocabulary size V (rows of E).
    public var vocabularySize: Int { table.rows }

    /// The model width d_model (columns of E).
    public var modelDimension: Int { table.columns }

    /// The embeddings of a token sequence: X(i, ·) = E(tᵢ, ·); every id must be in 0..<V.
    public func embed(_ tokenIDs: [Int]) throws(TransformerError) -> Matrix {
        var result = try Matrix(rows: tokenIDs.count, columns: modelDimension)
        for (position, id) in tokenIDs.enumerated() {
            guard (0..<vocabularySize).contains(id) else {
                throw .invalidArgument(
                    name: "token id at position \(position)", value: Double(id), requirement: "in 0..<\(vocabularySize) (the vocabulary size)"
                )
            }
            for j in 0..<modelDimension { result[position, j] = table[id, j] }
        }
        return result
    }
}
