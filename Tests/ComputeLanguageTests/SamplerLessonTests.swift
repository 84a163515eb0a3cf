import Testing
@testable import ComputeLanguage

/// Issue 12's acceptance lesson, in the parts this helper's language work makes possible: top-k and top-p samplers
/// written as Swift functions, an entropy curve built with `stride(…).map { … }`, a `for` loop filling a matrix, a
/// recursive function and string interpolation. Expected values by NumPy 2.4 (float64):
///
///     logits = np.array([2.0, 1.0, 0.5, -1.0, 0.1]); p = np.exp(logits - logits.max()); p /= p.sum()
///     order = np.argsort(-p, kind="stable")              # [0, 1, 2, 4, 3]
///     p[order[:2]] / p[order[:2]].sum()                  # top-2 renormalized
///     c = np.cumsum(p[order]); order[:np.searchsorted(c, 0.9) + 1]   # nucleus of 0.9: [0, 1, 2, 4]
///     [H(softmax(logits / t)) for t in (0.5, 1.0, 1.5, 2.0)]        # H(q) = -Σ q ln q
@Suite("Acceptance: a sampling lesson written in Swift")
struct SamplerLessonTests {
    static let blocks = [
        """
        let logits: Vector = [2.0, 1.0, 0.5, -1.0, 0.1]
        let p = softmax(logits)
        func ranked(_ probs: Vector) -> [Int] {
            probs.indices.sorted { probs[$0] > probs[$1] }
        }
        func topK(_ probs: Vector, _ k: Int) -> [Int] {
            Array(ranked(probs).prefix(k))
        }
        func topP(_ probs: Vector, _ threshold: Double) -> [Int] {
            var kept = [Int]()
            var cumulative = 0.0
            for i in ranked(probs) {
                kept.append(i)
                cumulative += probs[i]
                if cumulative >= threshold { break }
            }
            return kept
        }
        func renormalized(_ probs: Vector, keeping kept: [Int]) -> [Double] {
            let total = kept.reduce(0.0) { $0 + probs[$1] }
            return kept.map { probs[$0] / total }
        }
        """,
        """
        let k2 = topK(p, 2)
        k2
        renormalized(p, keeping: k2)
        topP(p, 0.9)
        let temperatures = stride(from: 0.5, through: 2.0, by: 0.5).map { $0 }
        temperatures.map { entropy(softmax(logits, temperature: $0)) }
        var outer = zeros(rows: 5, columns: 5)
        for i in 0..<5 {
            for j in 0..<5 { outer[i, j] = p[i] * p[j] }
        }
        outer[1, 1]
        outer[0, 2]
        func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
        "top-2 keeps \\(k2.count) tokens; fib(10) = \\(fib(10))"
        """,
    ]

    @Test("the samplers, the entropy curve, the matrix loop, the recursion and the interpolation agree with NumPy")
    func testLesson() throws {
        var session = ComputeSession()
        let first = session.run(Self.blocks[0])
        #expect(first.diagnostics.isEmpty, "\(first.diagnostics.map(\.message))")
        let run = session.run(Self.blocks[1])
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        let values = run.outputs.map(\.value)
        try #require(values.count == 7)
        #expect(values[0] == .list(ValueList([.integer(0), .integer(1)], of: "Int")))
        guard case let .list(renormalized) = values[1], case let .list(curve) = values[3] else {
            Issue.record("expected lists, got \(values)")
            return
        }
        #expect(isClose(renormalized.numbers, [0.731058578630005, 0.2689414213699951]))
        #expect(values[2] == .list(ValueList([0, 1, 2, 4].map(Value.integer), of: "Int")))
        #expect(isClose(curve.numbers, [0.6202874486726633, 1.2169919955121888, 1.4142426084921857, 1.4947569410728643]))
        #expect(isClose(values[4].realValue, 0.04222092439432307))
        #expect(isClose(values[5].realValue, 0.06961053611754238))
        #expect(values[6] == .string("top-2 keeps 2 tokens; fib(10) = 55"))
    }
}
