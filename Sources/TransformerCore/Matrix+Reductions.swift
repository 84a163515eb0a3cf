extension Matrix {
    /// The sum of each row: rᵢ = Σⱼ A(i, j), one entry per row; a row whose plain sum overflows is summed
    /// scaled (`ScaledReduction.sum`), so that a sum within range is returned.
    public var rowSums: [Double] {
        (0..<rows).map { i in
            let plain = (0..<columns).reduce(0) { $0 + self[i, $1] }
            return plain.isFinite ? plain : ScaledReduction.sum(row(i))
        }
    }

    /// The sum of each column: cⱼ = Σᵢ A(i, j), one entry per column; a column whose plain sum overflows is
    /// summed scaled (`ScaledReduction.sum`).
    public var columnSums: [Double] {
        var sums = Array(repeating: 0.0, count: columns)
        for i in 0..<rows {
            for j in 0..<columns { sums[j] += self[i, j] }
        }
        for j in 0..<columns where !sums[j].isFinite {
            sums[j] = ScaledReduction.sum((0..<rows).map { self[$0, j] })
        }
        return sums
    }

    /// The Frobenius norm: ‖A‖_F = √(Σᵢⱼ A(i, j)²), scaled where the plain sum of squares overflows or
    /// underflows (`ScaledReduction.euclideanNorm`), so ‖[1e200, 1e200]‖ is 1.414e200.
    public var frobeniusNorm: Double {
        ScaledReduction.euclideanNorm(elements)
    }
}
