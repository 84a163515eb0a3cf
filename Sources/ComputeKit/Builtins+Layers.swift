import TransformerCore

// Per-token normalizations, activations, the residual connection and feed-forward layers.

/// y = (x − μ) / √(σ² + ε), μ = (1/d) Σⱼ xⱼ, σ² = (1/d) Σⱼ (xⱼ − μ)² (Ba et al. 2016).
public func layerNorm(_ x: Vector, epsilon: Double = 1e-5) -> Vector { Vector(layerNorm(rowMatrix(x), epsilon: epsilon).elements) }

/// y = (x − μ) / √(σ² + ε) for each row x.
public func layerNorm(_ x: Matrix, epsilon: Double = 1e-5) -> Matrix {
    Matrix(must { () throws(TransformerError) in try Normalization.layerNorm(x.core, gamma: nil, beta: nil, epsilon: epsilon) })
}

/// y = (x − μ) / √(σ² + ε) ⊙ γ + β; γ and β of d entries.
public func layerNorm(_ x: Vector, gamma: Vector, beta: Vector, epsilon: Double = 1e-5) -> Vector {
    Vector(layerNorm(rowMatrix(x), gamma: gamma, beta: beta, epsilon: epsilon).elements)
}

/// y = (x − μ) / √(σ² + ε) ⊙ γ + β for each row x.
public func layerNorm(_ x: Matrix, gamma: Vector, beta: Vector, epsilon: Double = 1e-5) -> Matrix {
    Matrix(must { () throws(TransformerError) in
        try Normalization.layerNorm(x.core, gamma: gamma.elements, beta: beta.elements, epsilon: epsilon)
    })
}

/// y = x / √((1/d) Σⱼ xⱼ² + ε) (Zhang & Sennrich 2019).
public func rmsNorm(_ x: Vector, epsilon: Double = 1e-5) -> Vector { Vector(rmsNorm(rowMatrix(x), epsilon: epsilon).elements) }

/// y = x / √((1/d) Σⱼ xⱼ² + ε) for each row x.
public func rmsNorm(_ x: Matrix, epsilon: Double = 1e-5) -> Matrix {
    Matrix(must { () throws(TransformerError) in try Normalization.rmsNorm(x.core, gamma: nil, epsilon: epsilon) })
}

/// y = x / √((1/d) Σⱼ xⱼ² + ε) ⊙ γ.
public func rmsNorm(_ x: Vector, gamma: Vector, epsilon: Double = 1e-5) -> Vector {
    Vector(rmsNorm(rowMatrix(x), gamma: gamma, epsilon: epsilon).elements)
}

/// y = x / √((1/d) Σⱼ xⱼ² + ε) ⊙ γ for each row x.
public func rmsNorm(_ x: Matrix, gamma: Vector, epsilon: Double = 1e-5) -> Matrix {
    Matrix(must { () throws(TransformerError) in try Normalization.rmsNorm(x.core, gamma: gamma.elements, epsilon: epsilon) })
}

/// ReLU(x) = max(0, x).
public func relu(_ x: Double) -> Double { Activation.relu(x) }
/// ReLU, element by element.
public func relu(_ x: Vector) -> Vector { x.mapElements { Activation.relu($0) } }
/// ReLU, element by element.
public func relu(_ x: Matrix) -> Matrix { x.mapElements { Activation.relu($0) } }
/// GELU(x) = x·Φ(x) = 0.5·x·(1 + erf(x/√2)).
public func gelu(_ x: Double) -> Double { Activation.gelu(x) }
/// GELU, element by element.
public func gelu(_ x: Vector) -> Vector { x.mapElements { Activation.gelu($0) } }
/// GELU, element by element.
public func gelu(_ x: Matrix) -> Matrix { x.mapElements { Activation.gelu($0) } }
/// 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))).
public func geluTanh(_ x: Double) -> Double { Activation.geluTanh(x) }
/// GELU's tanh approximation, element by element.
public func geluTanh(_ x: Vector) -> Vector { x.mapElements { Activation.geluTanh($0) } }
/// GELU's tanh approximation, element by element.
public func geluTanh(_ x: Matrix) -> Matrix { x.mapElements { Activation.geluTanh($0) } }
/// Swish(x) = x·σ(x) = x / (1 + e^(−x)).
public func swish(_ x: Double) -> Double { Activation.swish(x) }
/// Swish, element by element.
public func swish(_ x: Vector) -> Vector { x.mapElements { Activation.swish($0) } }
/// Swish, element by element.
public func swish(_ x: Matrix) -> Matrix { x.mapElements { Activation.swish($0) } }

/// x + Sublayer(x); both of one shape.
public func residual(_ x: Matrix, _ sublayer: Matrix) -> Matrix {
    Matrix(must { () throws(TransformerError) in try x.core.addingResidual(sublayer.core) })
}
