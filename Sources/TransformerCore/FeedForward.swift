/// A position-wise feed-forward layer, plain FFN(x) = f(x W₁ + b₁) W₂ + b₂ or gated (GLU family).
///
/// Gated (Shazeer 2020), as in SwiGLU with f = Swish: FFN(x) = (f(x W + b) ⊙ (x V + c)) W₂ + b₂,
/// where W (the gate) goes through f and V (the up projection) stays linear.
public struct FeedForward: Equatable, Sendable {
    /// The nonlinearity f.
    public let activation: Activation
    /// The first projection W₁ (d_model × d_ff); in a gated layer, the gate W that goes through f.
    public let inputWeights: Matrix
    /// The bias b₁ of the first projection (d_ff entries), if any.
    public let inputBias: [Double]?
    /// The linear up projection V (d_model × d_ff) of a gated layer, multiplied element-wise with f(x W + b); nil for a plain one.
    public let upWeights: Matrix?
    /// The bias c of the linear up projection (d_ff entries), if any.
    public let upBias: [Double]?
    /// The down projection W₂ (d_ff × d_model).
    public let outputWeights: Matrix
    /// The bias b₂ of the down projection (d_model entries), if any.
    public let outputBias: [Double]?

    /// A plain layer f(x W₁ + b₁) W₂ + b₂; W₁ is d_model × d_ff, W₂ is d_ff × d_model.
    public init(
        activation: Activation, inputWeights: Matrix, inputBias: [Double]? = nil,
        outputWeights: Matrix, outputBias: [Double]? = nil
    ) throws(TransformerError) {
        try self.init(
            activation: activation, inputWeights: inputWeights, inputBias: inputBias,
            upWeights: nil, upBias: nil, outputWeights: outputWeights, outputBias: outputBias
        )
    }

    /// A gated layer (f(x W + b) ⊙ (x V + c)) W₂ + b₂; with `.swish` this is SwiGLU.
    public init(
        gatedBy activation: Activation, gateWeights: Matrix, gateBias: [Double]? = nil,
        upWeights: Matrix, upBias: [Double]? = nil, outputWeights: Matrix, outputBias: [Double]? = nil
    ) throws(TransformerError) {
        try self.init(
            activation: activation, inputWeights: gateWeights, inputBias: gateBias,
            upWeights: upWeights, upBias: upBias, outputWeights: outputWeights, outputBias: outputBias
        )
    }

    /// Checks that W₁ (and V) are d_model × d_ff, W₂ is d_ff × d_model and each bias fits its projection.
    private init(
        activation: Activation, inputWeights: Matrix, inputBias: [Double]?, upWeights: Matrix?,
        upBias: [Double]?, outputWeights: Matrix, outputBias: [Double]?
    ) throws(TransformerError) {
        guard inputWeights.columns == outputWeights.rows, inputWeights.rows == outputWeights.columns else {
            throw .shapeMismatch(
                operation: "feed-forward W₁ (d_model × d_ff) and W₂ (d_ff × d_model)", lhs: inputWeights.shape, rhs: outputWeights.shape
            )
        }
        guard inputWeights.rows > 0, inputWeights.columns > 0 else { throw .empty(operation: "feed-forward layer") }
        if let upWeights, upWeights.rows != inputWeights.rows || upWeights.columns != inputWeights.columns {
            throw .shapeMismatch(operation: "feed-forward gate W and up projection V", lhs: inputWeights.shape, rhs: upWeights.shape)
        }
        let biases = [("b₁", inputBias, inputWeights.columns), ("c", upBias, inputWeights.columns), ("b₂", outputBias, outputWeights.columns)]
        for (name, bias, width) in biases {
            if let bias, bias.count != width {
                throw .shapeMismatch(operation: "feed-forward bias \(name)", lhs: (1, bias.count), rhs: (1, width))
            }
        }
        self.activation = activation
        self.inputWeights = inputWeights
        self.inputBias = inputBias
        self.upWeights = upWeights
        self.upBias = upBias
        self.outputWeights = outputWeights
        self.outputBias = outputBias
    }

    /// Whether the layer is gated (has a linear up projection V).
    public var isGated: Bool { upWeights != nil }

    /// The hidden activations (tokens × d_ff): f(x W₁ + b₁), or f(x W + b) ⊙ (x V + c) when gated.
    public func hidden(_ input: Matrix) throws(TransformerError) -> Matrix {
        let activated = activation(try input.projected(by: inputWeights, bias: inputBias))
        guard let upWeights else { return activated }
        return try activated.hadamard(try input.projected(by: upWeights, bias: upBias))
    }

    /// The layer's output (tokens × d_model): hidden(x) W₂ + b₂.
    public func apply(to input: Matrix) throws(TransformerError) -> Matrix {
        try hidden(input).projected(by: outputWeights, bias: outputBias)
    }
}
