import Testing
@testable import TransformerCore

@Suite("Cosine similarity, Gram matrices and orthogonality")
struct SimilarityTests {
    @Test("cosines of vector pairs and of all rows agree with NumPy to 1e-12")
    func testCosineReference() throws {
        let file = try ReferenceFixture.similarity()
        for pair in file.cosinePairs {
            #expect(abs(try Similarity.cosine(pair.a, pair.b) - pair.expected) <= 1e-12, "\(pair.a), \(pair.b)")
        }
        for reference in file.cosineMatrices {
            let input = try Matrix(reference.input)
            let cosines = try Similarity.cosineMatrix(rowsOf: input)
            expectClose(cosines, reference.expected, "cosine matrix")
            for i in 0..<input.rows { #expect(cosines[i, i] == 1) }
            #expect(cosines == cosines.transposed)
            #expect(abs(try Similarity.meanAbsoluteCosine(rowsOf: input) - reference.meanAbsolute) <= 1e-12)
        }
    }

    @Test("cos(v, v) = 1, cos(v, −v) = −1, orthogonal vectors give 0", arguments: [1, 2, 3, 7, 64, 1000])
    func testCosineProperties(dimension: Int) throws {
        let v = try Matrix.gaussian(rows: 1, columns: dimension, seed: UInt64(dimension)).row(0)
        #expect(try Similarity.cosine(v, v) == 1)
        #expect(try Similarity.cosine(v, v.map { -3 * $0 }) == -1)
        #expect(try Similarity.cosine([1e200, 1e200], [1e200, 1e200]) == 1)
        #expect(try Similarity.cosine([1, 0, 0], [0, 0, 2]) == 0)
    }

    @Test("zero vectors, different lengths and single rows are errors")
    func testCosineErrors() throws {
        #expect(throws: TransformerError.shapeMismatch(operation: "cosine similarity", lhs: (1, 2), rhs: (1, 3))) {
            try Similarity.cosine([1, 2], [1, 2, 3])
        }
        #expect(throws: TransformerError.self) { try Similarity.cosine([0, 0], [1, 2]) }
        #expect(throws: TransformerError.self) { try Similarity.cosine([], []) }
        #expect(throws: TransformerError.self) { try Similarity.cosineMatrix(rowsOf: Matrix([[1, 2], [0, 0]])) }
        #expect(throws: TransformerError.self) { try Similarity.meanAbsoluteCosine(rowsOf: Matrix([[1, 2]])) }
    }

    @Test("Gram matrices and deviations from orthogonality agree with NumPy")
    func testGramReference() throws {
        for reference in try ReferenceFixture.similarity().grams {
            let w = try Matrix(reference.input)
            expectClose(try w.gram(), reference.gram, "WᵀW")
            let deviation = try w.orthogonalityDeviation()
            #expect(abs(deviation.frobeniusNorm - reference.frobeniusDeviation) <= 1e-12)
            #expect(abs(deviation.largestOffDiagonal - reference.largestOffDiagonal) <= 1e-12)
        }
    }

    @Test("Householder QR agrees with LAPACK's after the sign fix, and reproduces A = QR")
    func testQRReference() throws {
        for reference in try ReferenceFixture.similarity().qr {
            let a = try Matrix(reference.input)
            let qr = try QRDecomposition(a)
            let scale = a.frobeniusNorm
            expectClose(qr.q, reference.q, "Q of \(a.rows)×\(a.columns)")
            expectClose(qr.r, reference.r, tolerance: 1e-12 * scale, "R of \(a.rows)×\(a.columns)")
            expectClose(try qr.q * qr.r, a.rowArrays, tolerance: 1e-13 * scale, "QR = A")
            for i in 0..<qr.r.rows {
                #expect(qr.r[i, i] > 0)
                for j in 0..<i { #expect(qr.r[i, j] == 0) }
            }
        }
        #expect(throws: TransformerError.self) { try QRDecomposition(Matrix(rows: 2, columns: 3)) }
        #expect(throws: TransformerError.self) { try QRDecomposition(Matrix(rows: 0, columns: 0)) }
        let singular = try QRDecomposition(Matrix([[1, 1], [1, 1], [0, 0]]))
        #expect(singular.r[1, 1] == 0)
    }

    @Test("seeded orthogonal matrices have WᵀW = I within 1e-12", arguments: [(1, 1), (8, 8), (64, 64), (50, 10)])
    func testOrthogonal(rows: Int, columns: Int) throws {
        let w = try Matrix.randomOrthogonal(rows: rows, columns: columns, seed: 2024)
        #expect(w.shape == (rows, columns))
        expectClose(try w.gram(), try Matrix.identity(columns).rowArrays, "WᵀW")
        let deviation = try w.orthogonalityDeviation()
        #expect(deviation.frobeniusNorm <= 1e-12 && deviation.largestOffDiagonal <= 1e-12)
        #expect(try Matrix.randomOrthogonal(rows: rows, columns: columns, seed: 2024) == w)
    }

    @Test("E|cos θ| = Γ(d/2) / (√π Γ((d+1)/2)) agrees with SciPy's gammaln and with sampled values")
    func testExpectedAbsoluteCosine() throws {
        let references = try ReferenceFixture.similarity().expectedAbsoluteCosine
        #expect(references.contains { $0.dimension >= 12288 })
        for reference in references {
            let value = try Similarity.expectedAbsoluteCosine(dimension: reference.dimension)
            #expect(abs(value - reference.expected) <= 1e-12, "d = \(reference.dimension)")
            #expect(value.isFinite && value > 0 && value <= 1)
        }
        #expect(try Similarity.expectedAbsoluteCosine(dimension: 1) == 1)
        #expect(abs(try Similarity.expectedAbsoluteCosine(dimension: 2) - 2 / Double.pi) <= 1e-15)
        let huge = try Similarity.expectedAbsoluteCosine(dimension: 100_000_000)
        #expect(abs(huge / (2 / (Double.pi * 1e8)).squareRoot() - 1) <= 1e-6)
        let sample = try Matrix.gaussian(rows: 200, columns: 16, seed: 5)
        #expect(abs(try Similarity.meanAbsoluteCosine(rowsOf: sample) - Similarity.expectedAbsoluteCosine(dimension: 16)) <= 0.01)
        #expect(throws: TransformerError.self) { try Similarity.expectedAbsoluteCosine(dimension: 0) }
    }
}
