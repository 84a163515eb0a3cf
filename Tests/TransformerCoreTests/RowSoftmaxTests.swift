import Testing
@testable import TransformerCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The in-place row softmax and its vectorised exponential.
@Suite("Row softmax")
struct RowSoftmaxTests {
    /// Every row of `result` against `Softmax.apply` on the same row: within 1e-14 relative
    /// (1e-300 absolute for vanishing weights), and exactly 0 where `apply` gives 0.
    static func expectRowsMatch(_ result: Matrix, _ input: Matrix, temperature: Double,
                                _ sourceLocation: SourceLocation = #_sourceLocation) throws {
        for i in 0..<input.rows {
            let expected = try Softmax.apply(input.row(i), temperature: temperature)
            for (computed, reference) in zip(result.row(i), expected) {
                if reference == 0 {
                    #expect(computed == 0, sourceLocation: sourceLocation)
                } else {
                    #expect(abs(computed - reference) <= max(1e-14 * reference, 1e-300),
                            "row \(i): \(computed) vs \(reference)", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test("agrees with Softmax.apply on every row, for odd widths, temperatures and masks")
    func testAgainstApply() throws {
        for (index, (rows, columns)) in [(1, 1), (3, 7), (5, 8), (4, 9), (7, 33), (2, 1000), (200, 200)].enumerated() {
            var input = MatrixProductTests.random(rows, columns, seed: UInt64(500 + index))
            // Spread the logits over [−40, 40] and mask every fifth entry except each row's first.
            input = try Matrix(rows: rows, columns: columns, elements: input.elements.enumerated().map { position, value in
                position % 5 == 3 && position % columns != 0 ? -.infinity : 40 * value
            })
            for temperature in rows * columns > 10_000 ? [1, 8] : [0.1, 0.5, 1, 2, 8, 100] {
                var result = input
                try Softmax.applyRows(inPlace: &result, temperature: temperature)
                try Self.expectRowsMatch(result, input, temperature: temperature)
                // Determinism: a second run gives the same bits.
                var again = input
                try Softmax.applyRows(inPlace: &again, temperature: temperature)
                #expect(again.elements == result.elements)
            }
        }
    }

    @Test("is finite for huge logits, exactly 0 for −∞, and sums to 1")
    func testStability() throws {
        var m = try Matrix([[1000, 999, 998], [-.infinity, 0, 1], [-1e300, 0, 1e300], [-.infinity, -.infinity, 5]])
        try Softmax.applyRows(inPlace: &m)
        #expect(m.elements.allSatisfy { $0.isFinite })
        #expect(m[1, 0] == 0 && m[3, 0] == 0 && m[3, 1] == 0 && m[3, 2] == 1)
        #expect(m[2, 0] == 0 && m[2, 1] == 0 && m[2, 2] == 1)
        for i in 0..<m.rows { #expect(abs(m.row(i).reduce(0, +) - 1) <= 1e-15) }
    }

    @Test("rejects bad input with the errors of Softmax.apply and leaves the matrix unchanged")
    func testErrors() throws {
        let good = try Matrix([[1, 2, 3], [4, 5, 6]])
        let cases: [(Matrix, Double)] = [
            (good, 0), (good, -1), (good, .nan), (good, .infinity),
            (try Matrix([[1, 2, 3], [4, .nan, 6]]), 1),
            (try Matrix([[1, 2, 3], [.infinity, 5, 6]]), 1),
            (try Matrix([[1, 2, 3], [-.infinity, -.infinity, -.infinity]]), 1),
            (try Matrix(rows: 2, columns: 0), 1),
        ]
        for (input, temperature) in cases {
            var matrix = input
            var expected: TransformerError?
            do {
                _ = try Softmax.apply(rowsOf: input, temperature: temperature)
            } catch {
                expected = error
            }
            #expect(throws: expected!) { try Softmax.applyRows(inPlace: &matrix, temperature: temperature) }
            #expect(matrix.elements.count == input.elements.count)
            #expect(zip(matrix.elements, input.elements).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) })
        }
        // A large matrix (split over the processors) reports the first bad row, as `apply` does.
        var large = MatrixProductTests.random(300, 200, seed: 9)
        let copy = large
        large[250, 3] = .nan
        large[120, 7] = .infinity
        #expect(throws: TransformerError.invalidArgument(name: "logit", value: .infinity, requirement: "finite or −∞")) {
            try Softmax.applyRows(inPlace: &large)
        }
        #expect(large[0, 0] == copy[0, 0] && large[299, 199] == copy[299, 199])
        var empty = try Matrix(rows: 0, columns: 5)
        try Softmax.applyRows(inPlace: &empty)
        #expect(empty.shape == (0, 5))
    }

    @Test("vectorised exp is within 1e-15 relative of the C library's exp")
    func testVectorExp() {
        var worst = 0.0
        var x = -708.0
        while x < 709.7 {
            let lanes = SIMD4<Double>(x, x + 0.011, -x * 0.001, x * 1e-9)
            let computed = VectorExp.exp(lanes)
            for lane in 0..<4 {
                let reference = exp(lanes[lane])
                worst = max(worst, abs(computed[lane] - reference) / reference)
            }
            x += 0.0731
        }
        #expect(worst <= 1e-15, "worst relative error \(worst)")
        // Subnormal results within one subnormal step; the ends of the range are exact.
        for value in stride(from: -745.2, through: -708.0, by: 0.37) {
            #expect(abs(VectorExp.exp(SIMD4(repeating: value))[0] - exp(value)) <= 0x1p-1074)
        }
        let ends = VectorExp.exp(SIMD4(-.infinity, -746, .infinity, 0))
        #expect(ends[0] == 0 && ends[1] == 0 && ends[2] == .infinity && ends[3] == 1)
        #expect(VectorExp.exp(SIMD4(repeating: .nan))[0].isNaN)
    }
}
