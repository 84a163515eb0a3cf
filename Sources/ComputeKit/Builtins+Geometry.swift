import TransformerCore

// Seeded Gaussian and orthogonal matrices, QR, Gram matrices and cosines.

/// A(i, j) = μ + σ·zₖ, k = i·columns + j, z from the seeded generator (SplitMix64, Marsaglia's polar method); seed ≥ 0.
public func gaussian(rows: Int, columns: Int, seed: Int, mean: Double = 0, standardDeviation: Double = 1) -> Matrix {
    Matrix(must { () throws(TransformerError) in
        try CoreMatrix.gaussian(rows: rows, columns: columns, seed: seedValue(seed), mean: mean, standardDeviation: standardDeviation)
    })
}

/// A seeded n×n orthogonal matrix Q (QᵀQ = I), the Q of the QR decomposition of gaussian(rows: n, columns: n, seed:).
public func randomOrthogonal(size: Int, seed: Int) -> Matrix { randomOrthogonal(rows: size, columns: size, seed: seed) }

/// A seeded rows × columns matrix with orthonormal columns; rows ≥ columns.
public func randomOrthogonal(rows: Int, columns: Int, seed: Int) -> Matrix {
    Matrix(must { () throws(TransformerError) in try CoreMatrix.randomOrthogonal(rows: rows, columns: columns, seed: seedValue(seed)) })
}

/// A = QR by Householder reflections; m ≥ n.
public func qr(_ matrix: Matrix) -> QRDecomposition {
    let decomposition = must { () throws(TransformerError) in try TransformerCore.QRDecomposition(matrix.core) }
    return QRDecomposition(q: Matrix(decomposition.q), r: Matrix(decomposition.r))
}

/// G = WᵀW: G(i, j) = column i · column j.
public func gram(_ matrix: Matrix) -> Matrix { Matrix(must { () throws(TransformerError) in try matrix.core.gram() }) }

/// ‖WᵀW − I‖_F and maxᵢ≠ⱼ |(WᵀW)(i, j)|.
public func orthogonalityDeviation(_ matrix: Matrix) -> OrthogonalityDeviation {
    let deviation = must { () throws(TransformerError) in try matrix.core.orthogonalityDeviation() }
    return OrthogonalityDeviation(frobeniusNorm: deviation.frobeniusNorm, largestOffDiagonal: deviation.largestOffDiagonal)
}

/// cos θ = a·b / (‖a‖‖b‖); a and b of one length, finite and non-zero.
public func cosine(_ a: Vector, _ b: Vector) -> Double {
    must { () throws(TransformerError) in try Similarity.cosine(a.elements, b.elements) }
}

/// C(i, j) = cos(rowᵢ, rowⱼ) for every pair of rows.
public func cosineMatrix(_ rows: Matrix) -> Matrix {
    Matrix(must { () throws(TransformerError) in try Similarity.cosineMatrix(rowsOf: rows.core) })
}

/// (2 / (n(n−1))) Σ_{i<j} |cos(rowᵢ, rowⱼ)| over n ≥ 2 rows.
public func meanAbsCosine(_ rows: Matrix) -> Double {
    must { () throws(TransformerError) in try Similarity.meanAbsoluteCosine(rowsOf: rows.core) }
}

/// E|cos θ| = Γ(d/2) / (√π · Γ((d+1)/2)) for two independent Gaussian vectors in d ≥ 1 dimensions.
public func expectedAbsCosine(dimension d: Int) -> Double {
    must { () throws(TransformerError) in try Similarity.expectedAbsoluteCosine(dimension: d) }
}

/// A seed as the generator's; a negative seed breaks the requirement.
func seedValue(_ seed: Int) -> UInt64 {
    requirement(seed >= 0, "seed must be at least 0, got \(seed)")
    return UInt64(Swift.max(seed, 0))
}
