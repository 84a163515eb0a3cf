import Testing
@testable import TransformerCore

@Suite("Feed-forward layers")
struct FeedForwardTests {
    @Test("ReLU, exact GELU, tanh GELU and Swish agree with NumPy/SciPy at sample points")
    func testActivations() throws {
        let file = try ReferenceFixture.feedForward()
        #expect(Set(file.activations.keys) == Set(Activation.allCases.map(\.rawValue)))
        for activation in Activation.allCases {
            let expected = try #require(file.activations[activation.rawValue])
            expectClose(file.points.map { activation($0) }, expected, "\(activation)")
            let matrix = activation(Matrix(rowVector: file.points))
            expectClose(matrix.row(0), expected, "\(activation) on a matrix")
        }
        #expect(Activation.relu(-2) == 0 && Activation.relu(2) == 2)
        #expect(Activation.gelu(0) == 0 && Activation.swish(0) == 0)
    }

    @Test("plain and SwiGLU layers agree with NumPy: hidden activations and output")
    func testLayers() throws {
        let layers = try ReferenceFixture.feedForward().layers
        #expect(layers.filter(\.gated).count == 2 && layers.count >= 6)
        for reference in layers {
            let activation = try #require(Activation(rawValue: reference.activation))
            let layer: FeedForward
            if let v = reference.v {
                layer = try FeedForward(
                    gatedBy: activation, gateWeights: Matrix(reference.w1), gateBias: reference.b1,
                    upWeights: Matrix(v), upBias: reference.c, outputWeights: Matrix(reference.w2), outputBias: reference.b2
                )
            } else {
                layer = try FeedForward(
                    activation: activation, inputWeights: Matrix(reference.w1), inputBias: reference.b1,
                    outputWeights: Matrix(reference.w2), outputBias: reference.b2
                )
            }
            #expect(layer.isGated == reference.gated)
            let input = try Matrix(reference.input)
            expectClose(try layer.hidden(input), reference.hidden, "\(reference.name): hidden")
            expectClose(try layer.apply(to: input), reference.output, "\(reference.name): output")
        }
    }

    @Test("mismatched weights, biases and inputs are errors naming both shapes")
    func testErrors() throws {
        let up = try Matrix(rows: 4, columns: 8), down = try Matrix(rows: 8, columns: 4)
        #expect(throws: TransformerError.shapeMismatch(operation: "feed-forward W₁ (d_model × d_ff) and W₂ (d_ff × d_model)", lhs: (4, 8), rhs: (4, 8))) {
            try FeedForward(activation: .relu, inputWeights: up, outputWeights: up)
        }
        #expect(throws: TransformerError.shapeMismatch(operation: "feed-forward bias b₁", lhs: (1, 4), rhs: (1, 8))) {
            try FeedForward(activation: .relu, inputWeights: up, inputBias: [0, 0, 0, 0], outputWeights: down)
        }
        #expect(throws: TransformerError.self) {
            try FeedForward(gatedBy: .swish, gateWeights: up, upWeights: Matrix(rows: 4, columns: 6), outputWeights: down)
        }
        let layer = try FeedForward(activation: .gelu, inputWeights: up, outputWeights: down)
        #expect(throws: TransformerError.self) { try layer.apply(to: Matrix(rows: 2, columns: 5)) }
    }
}
