import TransformerCore

// Feed-forward layers: plain (Vaswani et al. 2017) and gated (Shazeer 2020), without and with biases.

/// FFN(x) = f(x W₁) W₂ for each row of x.
public func feedForward(_ x: Matrix, w1: Matrix, w2: Matrix, activation: Activation = .gelu) -> Matrix {
    applied(x) { () throws(TransformerError) in try FeedForward(activation: activation, inputWeights: w1.core, outputWeights: w2.core) }
}

/// FFN(x) = f(x W₁ + b₁) W₂ + b₂.
public func feedForward(_ x: Matrix, w1: Matrix, b1: Vector, w2: Matrix, b2: Vector, activation: Activation = .gelu) -> Matrix {
    applied(x) { () throws(TransformerError) in
        try FeedForward(
            activation: activation, inputWeights: w1.core, inputBias: b1.elements, outputWeights: w2.core, outputBias: b2.elements)
    }
}

/// FFN(x) = (f(x W) ⊙ x V) W₂; with f = Swish this is SwiGLU.
public func gatedFeedForward(_ x: Matrix, w: Matrix, v: Matrix, w2: Matrix, activation: Activation = .swish) -> Matrix {
    applied(x) { () throws(TransformerError) in
        try FeedForward(gatedBy: activation, gateWeights: w.core, upWeights: v.core, outputWeights: w2.core)
    }
}

/// FFN(x) = (f(x W + b) ⊙ (x V + c)) W₂ + b₂.
public func gatedFeedForward(
    _ x: Matrix, w: Matrix, b: Vector, v: Matrix, c: Vector, w2: Matrix, b2: Vector, activation: Activation = .swish
) -> Matrix {
    applied(x) { () throws(TransformerError) in
        try FeedForward(
            gatedBy: activation, gateWeights: w.core, gateBias: b.elements, upWeights: v.core, upBias: c.elements,
            outputWeights: w2.core, outputBias: b2.elements)
    }
}

/// The layer `make` builds, applied to each row of x.
private func applied(_ x: Matrix, _ make: () throws(TransformerError) -> FeedForward) -> Matrix {
    Matrix(must { () throws(TransformerError) in try make().apply(to: x.core) })
}
