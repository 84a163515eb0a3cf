/// Per-token normalizations of hidden states: each row of a tokens × d_model matrix is normalized on its own.
public enum Normalization {
    /// Layer normalization (Ba et al. 2016) of each row x: y = (x − μ) / √(σ² + ε) ⊙ γ + β.
    ///
    /// μ = (1/d) Σⱼ xⱼ and the biased variance σ² = (1/d) Σⱼ (xⱼ − μ)²; γ defaults to ones and β to
    /// zeros (d entries each); ε must be finite and > 0. A row whose μ or σ² overflows, or whose σ² underflows
    /// where it matters beside ε, is normalized scaled by a power of two (`standardized(_:epsilon:)`), so
    /// [1e200, −1e200] gives [1, −1] and [1e308, 1] gives [1, −1].
    public static func layerNorm(
        _ input: Matrix, gamma: [Double]? = nil, beta: [Double]? = nil, epsilon: Double = 1e-5
    ) throws(TransformerError) -> Matrix {
        try check(input, epsilon: epsilon, gamma: gamma, beta: beta)
        var result = input
        for i in 0..<input.rows {
            let normalized = standardized(input.row(i), epsilon: epsilon)
            for j in 0..<input.columns {
                result[i, j] = normalized[j] * (gamma?[j] ?? 1) + (beta?[j] ?? 0)
            }
        }
        return result
    }

    /// RMSNorm (Zhang & Sennrich 2019) of each row x: y = x / √((1/d) Σⱼ xⱼ² + ε) ⊙ γ; no mean subtraction, no β.
    ///
    /// γ defaults to ones (d entries); ε must be finite and > 0. A row whose mean square overflows or underflows
    /// is normalized scaled by a power of two (`rootMeanSquareNormalized(_:epsilon:)`): [1e200, 1e200] gives [1, 1].
    public static func rmsNorm(_ input: Matrix, gamma: [Double]? = nil, epsilon: Double = 1e-5) throws(TransformerError) -> Matrix {
        try check(input, epsilon: epsilon, gamma: gamma, beta: nil)
        var result = input
        for i in 0..<input.rows {
            let normalized = rootMeanSquareNormalized(input.row(i), epsilon: epsilon)
            for j in 0..<input.columns { result[i, j] = normalized[j] * (gamma?[j] ?? 1) }
        }
        return result
    }

    /// Throws unless ε is finite and > 0, the rows are non-empty, and γ and β have one entry per column.
    private static func check(_ input: Matrix, epsilon: Double, gamma: [Double]?, beta: [Double]?) throws(TransformerError) {
        guard epsilon > 0, epsilon.isFinite else {
            throw .invalidArgument(name: "epsilon", value: epsilon, requirement: "finite and greater than 0")
        }
        guard input.columns > 0 else { throw .empty(operation: "normalization of a row") }
        for (name, vector) in [("gamma", gamma), ("beta", beta)] {
            if let vector, vector.count != input.columns {
                throw .shapeMismatch(operation: "normalization \(name) (one entry per column)", lhs: input.shape, rhs: (1, vector.count))
            }
        }
    }
}
