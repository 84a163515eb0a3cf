import Testing
@testable import TransformerCore

/// `Attention.scaledDotProduct` on inputs large enough for its block-by-block pass, against the
/// building blocks it replaces, step by step.
@Suite("Attention block by block")
struct AttentionBlockwiseTests {
    /// The four matrices from the building blocks: Q·Kᵀ, the division by √d_k, the mask, the row
    /// softmax and the product with V, one after the other.
    static func stepByStep(_ q: Matrix, _ k: Matrix, _ v: Matrix, mask: AttentionMask, scaled: Bool) throws -> [Matrix] {
        let scores = try q.multipliedByTransposeOf(k)
        let root = Double(k.columns).squareRoot()
        let scaledScores = scaled ? scores.map { $0 / root } : scores
        var weights = try mask.apply(to: scaledScores)
        try Softmax.applyRows(inPlace: &weights)
        return [scores, scaledScores, weights, try weights * v]
    }

    /// Expects the four matrices of `result` to equal `reference` bit for bit, naming the first that does not.
    static func expectSameBits(_ result: AttentionResult, _ reference: [Matrix], _ label: String, _ sourceLocation: SourceLocation = #_sourceLocation) {
        let names = ["scores", "scaled scores", "weights", "output"]
        for (index, matrix) in [result.scores, result.scaledScores, result.weights, result.output].enumerated() {
            let differing = zip(matrix.elements, reference[index].elements).filter { $0.0.bitPattern != $0.1.bitPattern }.count
            #expect(matrix.shape == reference[index].shape && differing == 0,
                    "\(label): \(names[index]) differ in \(differing) elements", sourceLocation: sourceLocation)
        }
    }

    /// Masks of every kind for `queries` × `keys` scores, each leaving every query some key.
    static func masks(queries: Int, keys: Int) -> [(name: String, mask: AttentionMask)] {
        let explicit = (0..<queries).map { i in (0..<keys).map { j in (i * 7 + j * 3) % 5 != 0 } }
        return [("none", .none), ("causal", .causal), ("padding", .padding(keys: (0..<keys).map { $0 % 3 != 1 })),
                ("valid length", .validLength(keys / 2 + 1)), ("explicit", .explicit(allowed: explicit))]
    }

    @Test("gives the same bits as the building blocks, for every mask, scaled or not")
    func testSameBits() throws {
        // 300 keys: two kc = 256 slices of W·V; partial tiles on every edge; two blocks of rows.
        let (queries, keys, depth, width) = (100, 300, 20, 9)
        #expect(Attention.blockwiseApplies(queries: queries, keys: keys, depth: depth, width: width))
        let q = try Matrix.gaussian(rows: queries, columns: depth, seed: 11)
        let k = try Matrix.gaussian(rows: keys, columns: depth, seed: 12)
        let v = try Matrix.gaussian(rows: keys, columns: width, seed: 13)
        for (name, mask) in Self.masks(queries: queries, keys: keys) {
            for scaled in [true, false] {
                let result = try Attention.scaledDotProduct(queries: q, keys: k, values: v, mask: mask, scaled: scaled)
                let reference = try Self.stepByStep(q, k, v, mask: mask, scaled: scaled)
                Self.expectSameBits(result, reference, "\(name) mask, scaled: \(scaled)")
            }
        }
    }

    @Test("gives the same bits on both cores, with the causal mask")
    func testBothCores() throws {
        let (queries, keys, depth, width) = (200, 1100, 20, 9)
        #expect(queries * keys * (depth + width) >= GEMM.parallelWorkThreshold)
        let q = try Matrix.gaussian(rows: queries, columns: depth, seed: 21)
        let k = try Matrix.gaussian(rows: keys, columns: depth, seed: 22)
        let v = try Matrix.gaussian(rows: keys, columns: width, seed: 23)
        let result = try Attention.scaledDotProduct(queries: q, keys: k, values: v, mask: .causal)
        let reference = try Self.stepByStep(q, k, v, mask: .causal, scaled: true)
        Self.expectSameBits(result, reference, "causal, 200 × 1100")
    }

    @Test("reports a +∞ score as the row softmax does")
    func testInfiniteScore() throws {
        var q = try Matrix.gaussian(rows: 60, columns: 20, seed: 31)
        let k = try Matrix.gaussian(rows: 80, columns: 20, seed: 32), v = try Matrix.gaussian(rows: 80, columns: 16, seed: 33)
        q[37, 4] = .infinity
        #expect(Attention.blockwiseApplies(queries: 60, keys: 80, depth: 20, width: 16))
        #expect(throws: TransformerError.invalidArgument(name: "logit", value: .infinity, requirement: "finite or −∞")) {
            try Attention.scaledDotProduct(queries: q, keys: k, values: v)
        }
        #expect(throws: TransformerError.invalidArgument(name: "logit", value: .infinity, requirement: "finite or −∞")) {
            try Self.stepByStep(q, k, v, mask: .none, scaled: true)
        }
    }
}
