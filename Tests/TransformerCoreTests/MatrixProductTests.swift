import Testing
@testable import TransformerCore

/// The blocked, threaded matrix products against the textbook triple loop.
@Suite("Matrix products")
struct MatrixProductTests {
    /// A seeded matrix of uniforms in [−1, 1) (SplitMix64), so that every run sees the same numbers.
    static func random(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
        var generator = SplitMix64(seed: seed)
        let elements = (0..<(rows * columns)).map { _ in 2 * generator.nextUniform() - 1 }
        return try! Matrix(rows: rows, columns: columns, elements: elements)
    }

    /// (AB)(i, j) = Σₖ A(i, k)·B(k, j), summed in order, and Σₖ |A(i, k)·B(k, j)| for the tolerance.
    static func naiveProduct(_ a: Matrix, _ b: Matrix) -> (product: [Double], magnitude: [Double]) {
        var product = [Double](repeating: 0, count: a.rows * b.columns)
        var magnitude = product
        for i in 0..<a.rows {
            for j in 0..<b.columns {
                var sum = 0.0, absolute = 0.0
                for k in 0..<a.columns {
                    let term = a.elements[i * a.columns + k] * b.elements[k * b.columns + j]
                    sum += term
                    absolute += abs(term)
                }
                product[i * b.columns + j] = sum
                magnitude[i * b.columns + j] = absolute
            }
        }
        return (product, magnitude)
    }

    /// Every element within 1e-12·k relative to Σₖ |A(i, k)·B(k, j)| of the naive sum.
    static func expectClose(_ c: Matrix, _ a: Matrix, _ b: Matrix, _ sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(c.rows == a.rows && c.columns == b.columns, sourceLocation: sourceLocation)
        let (reference, magnitude) = naiveProduct(a, b)
        let k = Double(max(a.columns, 1))
        var worst = 0.0
        for index in reference.indices {
            let error = abs(c.elements[index] - reference[index])
            worst = max(worst, error / max(magnitude[index], .leastNormalMagnitude))
        }
        #expect(worst <= 1e-12 * k, "\(a.rows)×\(a.columns) · \(b.rows)×\(b.columns): relative error \(worst)",
                sourceLocation: sourceLocation)
    }

    /// Shapes (m, k, n) covering the plain loops, the packed kernel with partial tiles on every
    /// edge (mr = 6, nr = 8), several kc = 256 slices, B packed in several blocks of columns (more
    /// than 2²⁰ elements: 7 × 1100 × 1000), and both cores.
    static let shapes: [(Int, Int, Int)] = [
        (1, 1, 1), (1, 7, 1), (1, 33, 129), (129, 33, 1), (7, 1, 9), (3, 7, 31),
        (31, 33, 65), (33, 31, 7), (65, 127, 33), (127, 129, 65), (129, 65, 127),
        (6, 300, 8), (19, 257, 17), (257, 31, 33), (37, 513, 3), (7, 3, 4100), (130, 130, 130),
        (7, 1100, 1000),
    ]

    @Test("agrees with the naive triple loop to 1e-12·k relative on awkward shapes")
    func testAgainstNaive() throws {
        for (index, (m, k, n)) in Self.shapes.enumerated() {
            let a = Self.random(m, k, seed: UInt64(2 * index + 1))
            let b = Self.random(k, n, seed: UInt64(2 * index + 2))
            Self.expectClose(try a * b, a, b)
        }
    }

    @Test("gives the same bits on every run and for every thread count")
    func testDeterminism() throws {
        let a = Self.random(131, 259, seed: 41), b = Self.random(259, 75, seed: 42)
        let first = try a * b
        #expect((try a * b).elements == first.elements)
        // The packed kernel with 1 to 4 threads: the blocks differ, every sum's order does not.
        for threads in 1...4 {
            var elements = [Double](repeating: .nan, count: 131 * 75)
            a.elements.withUnsafeBufferPointer { pa in
                b.elements.withUnsafeBufferPointer { pb in
                    elements.withUnsafeMutableBufferPointer { pc in
                        GEMM.blocked(
                            m: 131, n: 75, k: 259,
                            a: StridedOperand(base: pa.baseAddress!, rowStride: 259, columnStride: 1),
                            b: StridedOperand(base: pb.baseAddress!, rowStride: 75, columnStride: 1),
                            c: pc.baseAddress!, ldc: 75, threads: threads
                        )
                    }
                }
            }
            #expect(elements == first.elements, "\(threads) threads")
        }
    }

    @Test("A·Bᵀ and Aᵀ·B agree with transposing first")
    func testTransposedProducts() throws {
        for (index, (m, k, n)) in [(1, 1, 1), (3, 7, 5), (33, 65, 31), (70, 129, 67), (8, 300, 13)].enumerated() {
            let a = Self.random(m, k, seed: UInt64(100 + index))
            let b = Self.random(n, k, seed: UInt64(200 + index))
            let abT = try a.multipliedByTransposeOf(b)
            #expect(abT.shape == (m, n))
            Self.expectClose(abT, a, b.transposed)

            let c = Self.random(k, m, seed: UInt64(300 + index))
            let d = Self.random(k, n, seed: UInt64(400 + index))
            let cTd = try c.transposeMultiplied(by: d)
            #expect(cTd.shape == (m, n))
            Self.expectClose(cTd, c.transposed, d)
        }
    }

    @Test("empty shapes give empty or zero products")
    func testEmpty() throws {
        let product = try Matrix(rows: 0, columns: 3) * Matrix(rows: 3, columns: 2)
        #expect(product.shape == (0, 2))
        let zeros = try Matrix(rows: 2, columns: 0) * Matrix(rows: 0, columns: 3)
        #expect(zeros == (try Matrix(rows: 2, columns: 3)))
        #expect((try Matrix(rows: 2, columns: 0).multipliedByTransposeOf(Matrix(rows: 4, columns: 0))).shape == (2, 4))
    }

    @Test("names both shapes when they do not fit")
    func testShapeErrors() throws {
        let a = Self.random(3, 2, seed: 7), b = Self.random(4, 5, seed: 8)
        #expect(throws: TransformerError.shapeMismatch(operation: "matrix product", lhs: (3, 2), rhs: (4, 5))) {
            try a * b
        }
        do {
            _ = try a.multipliedByTransposeOf(b)
            Issue.record("expected a shape error")
        } catch {
            #expect(error.description.contains("3×2") && error.description.contains("4×5") && error.description.contains("A·Bᵀ"))
        }
        do {
            _ = try a.transposeMultiplied(by: b)
            Issue.record("expected a shape error")
        } catch {
            #expect(error.description.contains("3×2") && error.description.contains("4×5") && error.description.contains("Aᵀ·B"))
        }
    }
}
