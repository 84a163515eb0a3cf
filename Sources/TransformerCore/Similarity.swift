/// Cosine similarity of vectors, and what it is expected to be for random ones.
public enum Similarity {
    /// cos θ = a·b / (‖a‖‖b‖), in [−1, 1]; the vectors must have the same non-zero length, be finite and non-zero.
    ///
    /// Each vector is first divided by its largest |component| (which leaves θ unchanged and keeps
    /// the sums from overflowing), then cos θ = a·b / √((a·a)(b·b)), so cos(v, v) is exactly 1.
    public static func cosine(_ a: [Double], _ b: [Double]) throws(TransformerError) -> Double {
        guard a.count == b.count else {
            throw .shapeMismatch(operation: "cosine similarity", lhs: (1, a.count), rhs: (1, b.count))
        }
        guard !a.isEmpty else { throw .empty(operation: "cosine similarity") }
        let x = try scaledToUnitMaximum(a, name: "first vector")
        let y = try scaledToUnitMaximum(b, name: "second vector")
        let dot = zip(x, y).reduce(0) { $0 + $1.0 * $1.1 }
        return cosine(dot: dot, squaredNorms: x.reduce(0) { $0 + $1 * $1 }, y.reduce(0) { $0 + $1 * $1 })
    }

    /// The cosines of every pair of rows: C(i, j) = cos(rowᵢ, rowⱼ), a symmetric matrix with ones on the diagonal.
    ///
    /// Each row is divided by its largest |component|, then C(i, j) = G(i, j) / √(G(i, i) G(j, j)) with
    /// G = XXᵀ; no row may be zero or non-finite.
    public static func cosineMatrix(rowsOf matrix: Matrix) throws(TransformerError) -> Matrix {
        guard matrix.rows > 0, matrix.columns > 0 else { throw .empty(operation: "cosine matrix") }
        var scaled = matrix
        for i in 0..<matrix.rows {
            for (j, value) in try scaledToUnitMaximum(matrix.row(i), name: "row \(i)").enumerated() { scaled[i, j] = value }
        }
        let gram = try scaled.multipliedByTransposeOf(scaled)
        var cosines = gram
        for i in 0..<matrix.rows {
            for j in 0..<matrix.rows { cosines[i, j] = cosine(dot: gram[i, j], squaredNorms: gram[i, i], gram[j, j]) }
        }
        return cosines
    }

    /// The sampled mean of |cos θ| over all pairs of distinct rows: (2 / (n(n−1))) Σ_{i<j} |C(i, j)|; needs n ≥ 2 rows.
    public static func meanAbsoluteCosine(rowsOf matrix: Matrix) throws(TransformerError) -> Double {
        guard matrix.rows >= 2 else {
            throw .invalidArgument(name: "number of rows", value: Double(matrix.rows), requirement: "at least 2 (one pair)")
        }
        let cosines = try cosineMatrix(rowsOf: matrix)
        var total = 0.0
        for i in 0..<matrix.rows {
            for j in (i + 1)..<matrix.rows { total += abs(cosines[i, j]) }
        }
        return total / Double(matrix.rows * (matrix.rows - 1) / 2)
    }

    /// dot / √(aa · bb), clamped to [−1, 1] (the operands come from vectors scaled to a largest |component| of 1).
    private static func cosine(dot: Double, squaredNorms squaredA: Double, _ squaredB: Double) -> Double {
        min(1, max(-1, dot / (squaredA * squaredB).squareRoot()))
    }

    /// The vector divided by its largest |component|; throws if it is zero or has a non-finite component.
    private static func scaledToUnitMaximum(_ vector: [Double], name: String) throws(TransformerError) -> [Double] {
        if let bad = vector.first(where: { !$0.isFinite }) {
            throw .invalidArgument(name: "component of the \(name)", value: bad, requirement: "finite")
        }
        let largest = vector.reduce(0) { max($0, abs($1)) }
        guard largest > 0 else {
            throw .invalidArgument(name: "norm of the \(name)", value: 0, requirement: "greater than 0 (the cosine of a zero vector is undefined)")
        }
        return vector.map { $0 / largest }
    }
}
