import Testing
@testable import TransformerCore

@Suite("Multi-head attention")
struct MultiHeadAttentionTests {
    /// The layer of a fixture case.
    private func layer(_ reference: ReferenceFixture.MultiHeadCase) throws -> MultiHeadAttention {
        try MultiHeadAttention(
            headCount: reference.heads,
            queryWeights: Matrix(reference.weights.q), keyWeights: Matrix(reference.weights.k),
            valueWeights: Matrix(reference.weights.v), outputWeights: Matrix(reference.weights.o),
            queryBias: reference.biases.q, keyBias: reference.biases.k,
            valueBias: reference.biases.v, outputBias: reference.biases.o
        )
    }

    @Test("agrees with NumPy to 1e-12: projections, per-head scores and weights, concatenation, output")
    func testReferenceCases() throws {
        let cases = try ReferenceFixture.multiHeadCases()
        #expect(cases.count >= 6)
        #expect(Set(cases.map(\.mask.kind)) == ["none", "causal", "padding", "validLength", "explicit"])
        for reference in cases {
            let result = try layer(reference).apply(
                to: Matrix(reference.input), context: reference.context.map { rows throws(TransformerError) in try Matrix(rows) },
                mask: reference.mask.attentionMask, scaled: reference.scaled
            )
            expectClose(result.queries, reference.queries, "\(reference.name): Q")
            expectClose(result.keys, reference.keys, "\(reference.name): K")
            expectClose(result.values, reference.values, "\(reference.name): V")
            #expect(result.heads.count == reference.heads)
            for (h, head) in result.heads.enumerated() {
                expectClose(head.scores, reference.headScores[h], "\(reference.name): head \(h) scores")
                expectClose(head.weights, reference.headWeights[h], "\(reference.name): head \(h) weights")
                expectClose(head.output, reference.headOutputs[h], "\(reference.name): head \(h) output")
            }
            #expect(result.headWeights == result.heads.map(\.weights))
            expectClose(result.concatenated, reference.concatenated, "\(reference.name): concatenation")
            expectClose(result.output, reference.output, "\(reference.name): output")
        }
    }

    @Test("splits the projected Q, K and V into heads, not X")
    func testSplitsProjections() throws {
        let x = try Matrix.gaussian(rows: 4, columns: 6, seed: 21)
        let w = try (1...4).map { seed throws(TransformerError) in try Matrix.gaussian(rows: 6, columns: 6, seed: UInt64(seed)) }
        let layer = try MultiHeadAttention(headCount: 3, queryWeights: w[0], keyWeights: w[1], valueWeights: w[2], outputWeights: w[3])
        #expect(layer.modelDimension == 6 && layer.headDimension == 2)
        let result = try layer.apply(to: x, mask: .causal)
        let q = try x * w[0], k = try x * w[1], v = try x * w[2]
        for (h, head) in result.heads.enumerated() {
            let columns = (2 * h)..<(2 * h + 2)
            let expected = try Attention.scaledDotProduct(
                queries: q.columnSlice(columns), keys: k.columnSlice(columns), values: v.columnSlice(columns), mask: .causal
            )
            #expect(head == expected)
            for i in 0..<4 { for j in (i + 1)..<4 { #expect(head.weights[i, j] == 0) } }
        }
        #expect(result.output == (try result.concatenated * w[3]))
    }

    @Test("rejects bad head counts, non-square or mismatched weights, wrong bias lengths and inputs")
    func testErrors() throws {
        let w = try Matrix.identity(8)
        for heads in [0, 3, 5, 16] {
            #expect(throws: TransformerError.invalidArgument(name: "head count", value: Double(heads), requirement: "a positive divisor of d_model = 8")) {
                try MultiHeadAttention(headCount: heads, queryWeights: w, keyWeights: w, valueWeights: w, outputWeights: w)
            }
        }
        let wide = try Matrix(rows: 8, columns: 4)
        #expect(throws: TransformerError.shapeMismatch(operation: "multi-head attention W_K (must be d_model × d_model)", lhs: (8, 4), rhs: (8, 8))) {
            try MultiHeadAttention(headCount: 2, queryWeights: w, keyWeights: wide, valueWeights: w, outputWeights: w)
        }
        #expect(throws: TransformerError.shapeMismatch(operation: "multi-head attention bias b_V", lhs: (1, 7), rhs: (1, 8))) {
            try MultiHeadAttention(headCount: 2, queryWeights: w, keyWeights: w, valueWeights: w, outputWeights: w, valueBias: Array(repeating: 0, count: 7))
        }
        let layer = try MultiHeadAttention(headCount: 2, queryWeights: w, keyWeights: w, valueWeights: w, outputWeights: w)
        #expect(throws: TransformerError.self) { try layer.apply(to: Matrix(rows: 3, columns: 6)) }
        #expect(throws: TransformerError.self) { try layer.apply(to: Matrix(rows: 3, columns: 8), context: Matrix(rows: 3, columns: 4)) }
        #expect(throws: TransformerError.self) { try layer.apply(to: Matrix(rows: 3, columns: 8), mask: .validLength(0)) }
    }
}
