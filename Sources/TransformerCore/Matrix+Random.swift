extension Matrix {
    /// A rows × columns matrix of independent N(mean, σ²) numbers, filled row by row from `GaussianGenerator(seed:)`:
    /// A(i, j) = mean + σ · zₖ with k = i · columns + j.
    public static func gaussian(
        rows: Int, columns: Int, seed: UInt64, mean: Double = 0, standardDeviation: Double = 1
    ) throws(TransformerError) -> Matrix {
        guard standardDeviation >= 0, standardDeviation.isFinite else {
            throw .invalidArgument(name: "standard deviation", value: standardDeviation, requirement: "finite and at least 0")
        }
        guard mean.isFinite else { throw .invalidArgument(name: "mean", value: mean, requirement: "finite") }
        var result = try Matrix(rows: rows, columns: columns)
        var generator = GaussianGenerator(seed: seed)
        for i in 0..<rows {
            for j in 0..<columns { result[i, j] = mean + standardDeviation * generator.next() }
        }
        return result
    }

    /// A seeded rows × columns matrix with orthonormal columns (QᵀQ = I): the Q of the QR decomposition of
    /// `gaussian(rows:columns:seed:)`, signs fixed so that R has a positive diagonal; rows ≥ columns.
    ///
    /// For a square matrix this is a random orthogonal matrix (Haar-distributed, thanks to the sign fix).
    public static func randomOrthogonal(rows: Int, columns: Int, seed: UInt64) throws(TransformerError) -> Matrix {
        try QRDecomposition(gaussian(rows: rows, columns: columns, seed: seed)).q
    }
}
