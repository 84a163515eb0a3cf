extension Matrix {
    /// The sum of each row: rᵢ = Σⱼ A(i, j), one entry per row.
    public var rowSums: [Double] {
        (0..<rows).map { i in (0..<columns).reduce(0) { $0 + self[i, $1] } }
    }

    /// The sum of each column: cⱼ = Σᵢ A(i, j), one entry per column.
    public var columnSums: [Double] {
        var sums = Array(repeating: 0.0, count: columns)
        for i in 0..<rows {
            for j in 0..<columns { sums[j] += self[i, j] }
        }
        return sums
    }

    /// The Frobenius norm: ‖A‖_F = √(Σᵢⱼ A(i, j)²).
    public var frobeniusNorm: Double {
        elements.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}
