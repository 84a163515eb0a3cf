import Testing
@testable import TransformerCore

@Suite("Normalization and residuals")
struct NormalizationTests {
    @Test("layer norm and RMSNorm agree with NumPy to 1e-12")
    func testReference() throws {
        let file = try ReferenceFixture.normalization()
        #expect(file.layerNorm.count >= 3 && file.rmsNorm.count >= 2)
        for (index, reference) in file.layerNorm.enumerated() {
            let computed = try Normalization.layerNorm(Matrix(reference.input), gamma: reference.gamma, beta: reference.beta, epsilon: reference.epsilon)
            expectClose(computed, reference.expected, "layer norm case \(index)")
        }
        for (index, reference) in file.rmsNorm.enumerated() {
            let computed = try Normalization.rmsNorm(Matrix(reference.input), gamma: reference.gamma, epsilon: reference.epsilon)
            expectClose(computed, reference.expected, "RMSNorm case \(index)")
        }
    }

    @Test("layer norm rows have mean 0 and (biased) variance 1 with γ = 1, β = 0")
    func testLayerNormMoments() throws {
        let x = try Matrix.gaussian(rows: 6, columns: 32, seed: 17, mean: 3, standardDeviation: 5)
        let y = try Normalization.layerNorm(x, epsilon: 1e-12)
        for i in 0..<y.rows {
            let row = y.row(i)
            let mean = row.reduce(0, +) / 32
            let variance = row.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 32
            #expect(abs(mean) <= 1e-14)
            #expect(abs(variance - 1) <= 1e-12)
        }
        let rms = try Normalization.rmsNorm(x, epsilon: 1e-12)
        for i in 0..<rms.rows { #expect(abs(rms.row(i).reduce(0) { $0 + $1 * $1 } / 32 - 1) <= 1e-12) }
    }

    @Test("ε ≤ 0, wrong γ or β lengths and empty rows are errors")
    func testErrors() throws {
        let x = try Matrix([[1, 2, 3]])
        for epsilon in [0, -1e-5, .nan, .infinity] {
            #expect(throws: TransformerError.invalidArgument(name: "epsilon", value: epsilon, requirement: "finite and greater than 0")) {
                try Normalization.layerNorm(x, epsilon: epsilon)
            }
            #expect(throws: TransformerError.self) { try Normalization.rmsNorm(x, epsilon: epsilon) }
        }
        #expect(throws: TransformerError.shapeMismatch(operation: "normalization gamma (one entry per column)", lhs: (1, 3), rhs: (1, 2))) {
            try Normalization.layerNorm(x, gamma: [1, 1])
        }
        #expect(throws: TransformerError.self) { try Normalization.layerNorm(x, beta: [0, 0, 0, 0]) }
        #expect(throws: TransformerError.self) { try Normalization.rmsNorm(Matrix(rows: 2, columns: 0)) }
    }

    @Test("a residual connection adds the sublayer's output: x + LayerNorm(x)")
    func testResidual() throws {
        let x = try Matrix([[1, 2, 3], [3, 2, 7]])
        let sublayer = try Normalization.layerNorm(x)
        #expect(try x.addingResidual(sublayer) == x + sublayer)
        #expect(throws: TransformerError.self) { try x.addingResidual(x.transposed) }
    }
}
