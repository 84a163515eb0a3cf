extension Matrix {
    /// The affine map of every row, X W + 1bᵀ: X is n × d_in, W is d_in × d_out and b (if given) has d_out entries.
    public func projected(by weights: Matrix, bias: [Double]? = nil) throws(TransformerError) -> Matrix {
        let product = try self * weights
        guard let bias else { return product }
        return try product.addingRowVector(bias)
    }
}
