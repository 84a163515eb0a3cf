import Testing
@testable import TransformerCore

@Suite("Scaled dot-product attention")
struct AttentionTests {
    @Test("agrees with NumPy/SciPy to 1e-12 on every case, including “The car is red”")
    func testReferenceCases() throws {
        let cases = try ReferenceFixture.attentionCases()
        #expect(cases.count >= 13)
        #expect(cases.filter { $0.name.hasPrefix("the car is red") }.count == 4)
        #expect(Set(cases.map(\.mask.kind)) == ["none", "causal", "padding", "validLength", "explicit"])
        for reference in cases {
            let result = try Attention.scaledDotProduct(
                queries: Matrix(reference.queries), keys: Matrix(reference.keys), values: Matrix(reference.values),
                mask: reference.mask.attentionMask, scaled: reference.scaled
            )
            expectClose(result.scores, reference.scores, "\(reference.name): scores")
            expectClose(result.scaledScores, reference.scaledScores, "\(reference.name): scaled scores")
            expectClose(result.weights, reference.weights, "\(reference.name): weights")
            expectClose(result.output, reference.output, "\(reference.name): output")
            for sum in result.weights.rowSums { #expect(abs(sum - 1) <= 1e-12, "\(reference.name): row sum") }
        }
    }

    @Test("scales by 1/√d_k only when asked")
    func testScaling() throws {
        let q = try Matrix([[1, 2, 3, 4]]), k = try Matrix([[1, 0, 1, 0], [0, 1, 0, 1]]), v = try Matrix([[1], [2]])
        let scaled = try Attention.scaledDotProduct(queries: q, keys: k, values: v)
        let unscaled = try Attention.scaledDotProduct(queries: q, keys: k, values: v, scaled: false)
        #expect(scaled.scores == (try Matrix([[4, 6]])))
        #expect(scaled.scaledScores == (try Matrix([[2, 3]])))
        #expect(unscaled.scaledScores == unscaled.scores)
        #expect(unscaled.weights != scaled.weights)
    }

    @Test("causal weights are exactly 0 above the diagonal and the first token attends only to itself")
    func testCausal() throws {
        let q = try Matrix.gaussian(rows: 6, columns: 4, seed: 1)
        let k = try Matrix.gaussian(rows: 6, columns: 4, seed: 2)
        let v = try Matrix.gaussian(rows: 6, columns: 3, seed: 3)
        let result = try Attention.scaledDotProduct(queries: q, keys: k, values: v, mask: .causal)
        for i in 0..<6 {
            for j in 0..<6 {
                if j > i { #expect(result.weights[i, j] == 0) } else { #expect(result.weights[i, j] > 0) }
            }
        }
        #expect(result.weights[0, 0] == 1)
        #expect(result.output.row(0) == v.row(0))
        let masked = try result.maskedScores
        #expect(masked[0, 1] == -.infinity && masked[1, 0] == result.scaledScores[1, 0])
        let allowed = try AttentionMask.causal.allowed(queries: 3, keys: 3)
        #expect(allowed == (try Matrix([[1, 0, 0], [1, 1, 0], [1, 1, 1]])))
    }

    @Test("padding masks give masked keys zero weight, whether given as flags or as a valid length")
    func testPadding() throws {
        let q = try Matrix.gaussian(rows: 4, columns: 3, seed: 4)
        let k = try Matrix.gaussian(rows: 5, columns: 3, seed: 5)
        let v = try Matrix.gaussian(rows: 5, columns: 2, seed: 6)
        let flags = try Attention.scaledDotProduct(queries: q, keys: k, values: v, mask: .padding(keys: [true, true, true, false, false]))
        let length = try Attention.scaledDotProduct(queries: q, keys: k, values: v, mask: .validLength(3))
        #expect(flags.weights == length.weights)
        for i in 0..<4 {
            #expect(flags.weights[i, 3] == 0 && flags.weights[i, 4] == 0)
            #expect(abs(flags.weights.row(i).reduce(0, +) - 1) <= 1e-12)
        }
        let trimmed = try Attention.scaledDotProduct(queries: q, keys: k.rowSlice(0..<3), values: v.rowSlice(0..<3))
        for (a, b) in zip(flags.output.elements, trimmed.output.elements) { #expect(abs(a - b) <= 1e-15) }
    }

    @Test("a row with every key masked is an error, not NaN")
    func testAllMasked() throws {
        let x = try Matrix.gaussian(rows: 3, columns: 2, seed: 7)
        let noKey = TransformerError.fullyMaskedRow(row: 0)
        #expect(throws: noKey) { try Attention.scaledDotProduct(queries: x, keys: x, values: x, mask: .padding(keys: [false, false, false])) }
        #expect(throws: noKey) { try Attention.scaledDotProduct(queries: x, keys: x, values: x, mask: .validLength(0)) }
        let explicit = AttentionMask.explicit(allowed: [[true, false, false], [false, false, false], [true, true, true]])
        #expect(throws: TransformerError.fullyMaskedRow(row: 1)) {
            try Attention.scaledDotProduct(queries: x, keys: x, values: x, mask: explicit)
        }
    }

    @Test("masks that do not fit the scores, and Q, K, V of mismatched shapes, are errors naming both shapes")
    func testShapeErrors() throws {
        let q = try Matrix(rows: 3, columns: 4), k = try Matrix(rows: 5, columns: 4), v = try Matrix(rows: 5, columns: 2)
        #expect(throws: TransformerError.shapeMismatch(operation: "attention scores QKᵀ (Q and K need the same d_k)", lhs: (3, 4), rhs: (5, 2))) {
            try Attention.scaledDotProduct(queries: q, keys: v, values: v)
        }
        #expect(throws: TransformerError.shapeMismatch(operation: "attention values (K and V need one row per key)", lhs: (5, 4), rhs: (3, 4))) {
            try Attention.scaledDotProduct(queries: q, keys: k, values: q)
        }
        #expect(throws: TransformerError.shapeMismatch(operation: "padding mask over the keys", lhs: (1, 3), rhs: (3, 5))) {
            try Attention.scaledDotProduct(queries: q, keys: k, values: v, mask: .padding(keys: [true, true, true]))
        }
        #expect(throws: TransformerError.self) { try Attention.scaledDotProduct(queries: q, keys: k, values: v, mask: .validLength(6)) }
        #expect(throws: TransformerError.self) { try Attention.scaledDotProduct(queries: q, keys: k, values: v, mask: .validLength(-1)) }
        #expect(throws: TransformerError.self) {
            try Attention.scaledDotProduct(queries: q, keys: k, values: v, mask: .explicit(allowed: [[true, true, true, true, true]]))
        }
        #expect(throws: TransformerError.raggedRows(row: 1, expected: 5, actual: 2)) {
            try Attention.scaledDotProduct(queries: q, keys: k, values: v, mask: .explicit(allowed: [[true, true, true, true, true], [true, true]]))
        }
        #expect(throws: TransformerError.self) {
            try Attention.scaledDotProduct(queries: Matrix(rows: 0, columns: 4), keys: k, values: v)
        }
    }
}
