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
    ///
    /// Scaled so that nothing overflows or underflows where Q and R are in range: each column j is first
    /// multiplied by 2⁻ᵉʲ, its largest |entry| then in [1, 2) (AD = Q(RD) for a positive diagonal D, so Q is the
    /// same and R's column j is multiplied back by 2ᵉʲ at the end); ‖x‖ is `ScaledReduction.euclideanNorm`;
    /// and each v is scaled by a power of two to a first component in [1, 2), so vᵀv ≥ 1. Powers of two
    /// scale exactly: where nothing was out of range the result has the bits the unscaled steps give.
    public init(_ matrix: Matrix) throws(TransformerError) {
        let (m, n) = matrix.shape
        guard m > 0, n > 0 else { throw .empty(operation: "QR decomposition") }
        guard m >= n else {
            throw .invalidArgument(name: "columns of the QR input", value: Double(n), requirement: "at most its \(m) rows (thin QR)")
        }
        var a = matrix
        let exponents = (0..<n).map { j in ScaledReduction.commonExponent((0..<m).map { matrix[$0, j] }) ?? 0 }
        for i in 0..<m {
            for j in 0..<n { a[i, j] = ScaledReduction.scaled(a[i, j], by: -exponents[j]) }
        }
        var reflectors: [[Double]] = []
        for k in 0..<n {
            var v = (k..<m).map { a[$0, k] }
            let norm = ScaledReduction.euclideanNorm(v)
            let alpha = v[0] >= 0 ? -norm : norm
            v[0] -= alpha
            // |v₀| = |x₀| + ‖x‖ is v's largest component; it is 0 only for a zero column, which needs no reflection.
            guard v[0] != 0 else {
                reflectors.append([])
                continue
            }
            let shift = -Int(v[0].exponent)
            v = v.map { ScaledReduction.scaled($0, by: shift) }
            Self.reflect(&a, rowsFrom: k, columns: k..<n, by: v, squaredLength: v.reduce(0) { $0 + $1 * $1 })
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
        for i in 0..<n {
            for j in i..<n { r[i, j] = ScaledReduction.scaled(r[i, j], by: exponents[j]) }
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
