/// The thin QR decomposition A = QR of an m × n matrix with m ≥ n, by Householder reflections.
///
/// Q (m × n) has orthonormal columns and R (n × n) is upper triangular with a non-negative diagonal:
/// where a Householder step leaves R(j, j) < 0, row j of R and column j of Q are negated (the sign fix),
/// which makes the decomposition unique for a matrix of full column rank.
public struct QRDecomposition: Equatable, Sendable {
    /// Q, m × n with orthonormal columns.
    public let q: Matrix
    /// R, n × n, upper triangular with R(j, j) ≥ 0.
    public let r: Matrix

    /// Decomposes `matrix`: for k = 0, 1, …, n − 1 the reflection Hₖ = I − 2vvᵀ/(vᵀv), v = x − αe₁ with
    /// α = −sign(x₀)‖x‖, zeroes column k below the diagonal; then Q = H₀H₁⋯Hₙ₋₁ applied to Iₘₓₙ.
    public init(_ matrix: Matrix) throws(TransformerError) {
        let (m, n) = matrix.shape
        guard m > 0, n > 0 else { throw .empty(operation: "QR decomposition") }
        guard m >= n else {
            throw .invalidArgument(name: "columns of the QR input", value: Double(n), requirement: "at most its \(m) rows (thin QR)")
        }
        var a = matrix
        var reflectors: [[Double]] = []
        for k in 0..<n {
            var v = (k..<m).map { a[$0, k] }
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let alpha = v[0] >= 0 ? -norm : norm
            v[0] -= alpha
            let squaredLength = v.reduce(0) { $0 + $1 * $1 }
            guard squaredLength > 0 else {
                reflectors.append([])
                continue
            }
            Self.reflect(&a, rowsFrom: k, columns: k..<n, by: v, squaredLength: squaredLength)
            a[k, k] = alpha
            for i in (k + 1)..<m { a[i, k] = 0 }
            reflectors.append(v)
        }
        var q = try Matrix(rows: m, columns: n)
        for j in 0..<n { q[j, j] = 1 }
        for k in stride(from: n - 1, through: 0, by: -1) where !reflectors[k].isEmpty {
            let v = reflectors[k]
            Self.reflect(&q, rowsFrom: k, columns: 0..<n, by: v, squaredLength: v.reduce(0) { $0 + $1 * $1 })
        }
        var r = try a.rowSlice(0..<n)
        for j in 0..<n where r[j, j] < 0 {
            for c in 0..<n { r[j, c] = -r[j, c] }
            for i in 0..<m { q[i, j] = -q[i, j] }
        }
        self.q = q
        self.r = r
    }

    /// Applies I − 2vvᵀ/(vᵀv) to rows `start`… of the given columns: M ← M − v (2 vᵀM / vᵀv).
    private static func reflect(_ matrix: inout Matrix, rowsFrom start: Int, columns: Range<Int>, by v: [Double], squaredLength: Double) {
        for j in columns {
            var dot = 0.0
            for (offset, component) in v.enumerated() { dot += component * matrix[start + offset, j] }
            let factor = 2 * dot / squaredLength
            for (offset, component) in v.enumerated() { matrix[start + offset, j] -= factor * component }
        }
    }
}
