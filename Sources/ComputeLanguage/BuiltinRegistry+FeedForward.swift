import TransformerCore

extension BuiltinRegistry {
    /// `feedForward` and `gatedFeedForward`, each without and with biases.
    static let feedForwardOverloads: [Builtin] = [
        feedForward(gated: false, biases: false), feedForward(gated: false, biases: true),
        feedForward(gated: true, biases: false), feedForward(gated: true, biases: true),
    ]

    /// `feedForward(_:w1:w2:activation:)` (plain, Vaswani et al. 2017) or `gatedFeedForward(_:w:v:w2:activation:)`
    /// (Shazeer 2020), with the biases `b1:b2:` or `b:c:b2:` when `biases`.
    private static func feedForward(gated: Bool, biases: Bool) -> Builtin {
        let names = switch (gated, biases) {
        case (false, false): ["w1", "w2"]
        case (false, true): ["w1", "b1", "w2", "b2"]
        case (true, false): ["w", "v", "w2"]
        case (true, true): ["w", "b", "v", "c", "w2", "b2"]
        }
        let defaultActivation: Activation = gated ? .swish : .gelu
        let parameters: [Builtin.Parameter] = [.init(nil, "x", .matrix)]
            + names.map { .init($0, $0, $0.hasPrefix("w") || $0 == "v" ? .matrix : .vector) }
            + [.init("activation", "activation", .activation, default: .record(.enumCase(ValueType.activation.rawValue, defaultActivation.rawValue)))]
        let summary = switch (gated, biases) {
        case (false, false): "FFN(x) = f(x W₁) W₂ for each row of x; W₁ is d_model × d_ff, W₂ is d_ff × d_model"
        case (false, true): "FFN(x) = f(x W₁ + b₁) W₂ + b₂"
        case (true, false): "FFN(x) = (f(x W) ⊙ x V) W₂, a gated layer; with f = Swish (the default) this is SwiGLU"
        case (true, true): "FFN(x) = (f(x W + b) ⊙ (x V + c)) W₂ + b₂"
        }
        let example = switch (gated, biases) {
        case (false, false): "feedForward([[1, -1]], w1: identity(2), w2: identity(2), activation: .relu)"
        case (false, true): "feedForward([[1, -1]], w1: identity(2), b1: [0, 1], w2: identity(2), b2: [1, 0])"
        case (true, false): "gatedFeedForward([[1, -1]], w: identity(2), v: identity(2), w2: identity(2))"
        case (true, true): "gatedFeedForward([[1, -1]], w: identity(2), b: [0, 1], v: identity(2), c: [1, 0], w2: identity(2), b2: [0, 0])"
        }
        return Builtin(
            gated ? "gatedFeedForward" : "feedForward", parameters, .matrix, summary: summary, example: example,
            bounds: { values in
                let a = CallArguments(values)
                let (tokens, width, hidden) = (a.rows(0), a.columns(0), a.columns(1))
                let products = Builtin.Cost.product(gated ? 3 : 2, tokens, width, hidden)
                return Builtin.Cost(elements: Builtin.Cost.product(gated ? 2 : 1, tokens, hidden), operations: products)
            }
        ) { arguments throws(TransformerError) in
            let a = CallArguments(arguments)
            let f = try a.option(names.count + 1, Activation.self)
            let layer = switch (gated, biases) {
            case (false, false): try FeedForward(activation: f, inputWeights: try a.matrix(1), outputWeights: try a.matrix(2))
            case (false, true):
                try FeedForward(
                    activation: f, inputWeights: try a.matrix(1), inputBias: try a.vector(2), outputWeights: try a.matrix(3),
                    outputBias: try a.vector(4))
            case (true, false):
                try FeedForward(gatedBy: f, gateWeights: try a.matrix(1), upWeights: try a.matrix(2), outputWeights: try a.matrix(3))
            case (true, true):
                try FeedForward(
                    gatedBy: f, gateWeights: try a.matrix(1), gateBias: try a.vector(2), upWeights: try a.matrix(3),
                    upBias: try a.vector(4), outputWeights: try a.matrix(5), outputBias: try a.vector(6))
            }
            return .matrix(try layer.apply(to: try a.matrix(0)))
        }
    }
}
