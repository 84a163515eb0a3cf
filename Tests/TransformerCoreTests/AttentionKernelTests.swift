import Testing
@testable import TransformerCore

/// The fused attention fast path against attention written out step by step.
@Suite("Fused attention kernel")
struct AttentionKernelTests {
    /// softmax(mask(QKᵀ/√d))·V with the textbook loops and `Softmax.apply` on each row.
    static func reference(_ q: Matrix, _ k: Matrix, _ v: Matrix, scaled: Bool, causal: Bool) throws -> Matrix {
        let root = scaled ? Double(k.columns).squareRoot() : 1
        var output = try Matrix(rows: q.rows, columns: v.columns)
        for i in 0..<q.rows {
            var logits = [Double](repeating: -.infinity, count: k.rows)
            for j in 0..<k.rows where !causal || j <= i {
                var score = 0.0
                for p in 0..<q.columns { score += q[i, p] * k[j, p] }
                logits[j] = score / root
            }
            let weights = try Softmax.apply(logits)
            for c in 0..<v.columns {
                var sum = 0.0
                for j in 0..<k.rows { sum += weights[j] * v[j, c] }
                output[i, c] = sum
            }
        }
        return output
    }

    @Test("agrees with the step-by-step computation to 1e-12, scaled or not, causal or not")
    func testAgainstReference() throws {
        // (queries, keys, d_k, d_v): one token, odd sizes, more queries than keys, several kc slices.
        // The last shape is large enough for both cores; it runs one combination only, to stay fast.
        let shapes = [(1, 1, 1, 1), (4, 4, 4, 4), (7, 5, 3, 9), (33, 31, 16, 8), (97, 70, 64, 13), (20, 300, 5, 3), (130, 129, 17, 33), (150, 150, 64, 32)]
        for (index, (queries, keys, depth, width)) in shapes.enumerated() {
            let q = MatrixProductTests.random(queries, depth, seed: UInt64(600 + index))
            let k = MatrixProductTests.random(keys, depth, seed: UInt64(700 + index))
            let v = MatrixProductTests.random(keys, width, seed: UInt64(800 + index))
            let large = index == shapes.count - 1
            for scaled in large ? [true] : [true, false] {
                for causal in large ? [true] : [false, true] {
                    let fused = try AttentionKernel.output(queries: q, keys: k, values: v, scaled: scaled, causal: causal)
                    let expected = try Self.reference(q, k, v, scaled: scaled, causal: causal)
                    #expect(fused.shape == expected.shape)
                    let worst = zip(fused.elements, expected.elements).map { abs($0 - $1) }.max() ?? 0
                    #expect(worst <= 1e-12, "\(queries)×\(keys), d \(depth)/\(width), scaled \(scaled), causal \(causal): \(worst)")
                    let again = try AttentionKernel.output(queries: q, keys: k, values: v, scaled: scaled, causal: causal)
                    #expect(again.elements == fused.elements)
                }
            }
        }
    }

    @Test("reports shape errors, empty attention and non-finite scores as errors")
    func testErrors() throws {
        let q = MatrixProductTests.random(3, 4, seed: 1), k = MatrixProductTests.random(5, 4, seed: 2)
        let v = MatrixProductTests.random(5, 2, seed: 3)
        #expect(throws: TransformerError.self) { try AttentionKernel.output(queries: q, keys: q.transposed, values: v) }
        #expect(throws: TransformerError.self) { try AttentionKernel.output(queries: q, keys: k, values: q) }
        #expect(throws: TransformerError.empty(operation: "attention")) {
            try AttentionKernel.output(queries: Matrix(rows: 0, columns: 4), keys: k, values: v)
        }
        var bad = k
        bad[2, 1] = .nan
        #expect(throws: TransformerError.self) { try AttentionKernel.output(queries: q, keys: bad, values: v) }
        let noWidth = try AttentionKernel.output(queries: q, keys: k, values: Matrix(rows: 5, columns: 0))
        #expect(noWidth.shape == (3, 0))
    }
}
