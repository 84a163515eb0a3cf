extension Matrix {
    /// The Gram matrix G = WᵀW (columns × columns): G(i, j) = column i · column j.
    ///
    /// Computed as Aᵀ·B without materialising Wᵀ.
    public func gram() throws(TransformerError) -> Matrix {
        try transposeMultiplied(by: self)
    }

    /// The deviation of WᵀW from the identity: ‖WᵀW − I‖_F and the largest |off-diagonal| entry of WᵀW.
    public func orthogonalityDeviation() throws(TransformerError) -> OrthogonalityDeviation {
        guard columns > 0 else { throw .empty(operation: "orthogonality deviation") }
        let gram = try gram()
        let difference = try gram - Matrix.identity(columns)
        var largest = 0.0
        for i in 0..<columns {
            for j in 0..<columns where i != j { largest = Swift.max(largest, abs(gram[i, j])) }
        }
        return OrthogonalityDeviation(frobeniusNorm: difference.frobeniusNorm, largestOffDiagonal: largest)
    }
}
