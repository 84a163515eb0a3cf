extension Matrix {
    /// The residual connection x + Sublayer(x): this matrix plus `sublayerOutput`, which must have its shape.
    public func addingResidual(_ sublayerOutput: Matrix) throws(TransformerError) -> Matrix {
        try combined(with: sublayerOutput, operation: "residual addition", +)
    }
}
