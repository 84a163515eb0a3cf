import Testing
@testable import TransformerCore

@Suite("Softmax")
struct SoftmaxTests {
    @Test("agrees with NumPy to 1e-12 on every reference case")
    func testReferenceCases() throws {
        let cases = try ReferenceFixture.softmaxCases()
        #expect(cases.count >= 8)
        for reference in cases {
            let result = try Softmax.apply(reference.logits, temperature: reference.temperature)
            #expect(result.count == reference.expected.count)
            for (computed, expected) in zip(result, reference.expected) {
                #expect(abs(computed - expected) <= 1e-12, "\(reference.logits) at T = \(reference.temperature)")
            }
        }
    }

    @Test("is finite for large logits and exactly zero for −∞")
    func testStability() throws {
        let large = try Softmax.apply([1000, 999, 998])
        #expect(large.allSatisfy { $0.isFinite })
        let masked = try Softmax.apply([-.infinity, 0, 1])
        #expect(masked[0] == 0)
        #expect(abs(masked[1] + masked[2] - 1) <= 1e-15)
    }

    @Test("sums to 1 and is invariant under adding a constant", arguments: [
        ([2.0, 1, 0], 1.0), ([0.3, -4, 2.5, 2.5], 0.25), ([-30.0, 12, 7], 3.0), ([5.0], 1.0),
    ])
    func testProperties(logits: [Double], temperature: Double) throws {
        let p = try Softmax.apply(logits, temperature: temperature)
        #expect(abs(p.reduce(0, +) - 1) <= 1e-12)
        #expect(p.allSatisfy { $0 >= 0 && $0 <= 1 })
        for shift in [-100.0, 0.5, 700] {
            let shifted = try Softmax.apply(logits.map { $0 + shift }, temperature: temperature)
            for (a, b) in zip(p, shifted) { #expect(abs(a - b) <= 1e-12) }
        }
    }

    @Test("tends to one-hot at the argmax as T → 0 and to uniform as T → ∞")
    func testTemperatureLimits() throws {
        let z = [0.2, 1.7, -0.4, 1.1]
        let cold = try Softmax.apply(z, temperature: 1e-3)
        #expect(abs(cold[1] - 1) <= 1e-12)
        let hot = try Softmax.apply(z, temperature: 1e6)
        for p in hot { #expect(abs(p - 0.25) <= 1e-6) }
    }

    @Test("keeps the ranking of the logits at every temperature")
    func testOrderPreserved() throws {
        let z = [2.0, 1, 0]
        for temperature in [0.1, 0.5, 1, 2, 10] {
            let p = try Softmax.apply(z, temperature: temperature)
            #expect(p[0] > p[1] && p[1] > p[2])
        }
    }

    @Test("applies to each row of a matrix independently")
    func testRows() throws {
        let m = try Matrix([[2, 1, 0], [1000, 999, 998], [0, 0, 0]])
        let rows = try Softmax.apply(rowsOf: m, temperature: 1)
        for i in 0..<m.rows {
            let single = try Softmax.apply(m.row(i))
            for (a, b) in zip(rows.row(i), single) { #expect(a == b) }
        }
    }

    @Test("rejects a temperature ≤ 0, empty input and NaN with an error, not a trap")
    func testErrors() {
        #expect(throws: TransformerError.self) { try Softmax.apply([1, 2], temperature: 0) }
        #expect(throws: TransformerError.self) { try Softmax.apply([1, 2], temperature: -1) }
        #expect(throws: TransformerError.self) { try Softmax.apply([1, 2], temperature: .nan) }
        #expect(throws: TransformerError.self) { try Softmax.apply([]) }
        #expect(throws: TransformerError.self) { try Softmax.apply([.nan, 1]) }
        #expect(throws: TransformerError.self) { try Softmax.apply([-.infinity, -.infinity]) }
    }
}
