import Foundation
import Testing
@testable import ComputeLanguage

@Suite("Builtins: seeded matrices, orthogonality and cosine similarity, against the NumPy fixtures")
struct GeometryBuiltinTests {
    @Test("gaussian(rows:columns:seed:) reproduces the reference generator's stream, row by row")
    func testGaussian() throws {
        var checked = 0
        for stream in try ReferenceFixtures.cases("gaussian.json", "gaussian") {
            guard let seed = UInt64(try #require(stream["seed"] as? String), radix: 16), let small = Int(exactly: seed) else { continue }
            let outputs = try ReferenceFixtures.vector(stream["outputs"])
            let rows = outputs.count / 4
            let expected = (0..<rows).map { Array(outputs[($0 * 4)..<($0 * 4 + 4)]) }
            #expect(isClose(Compute.matrix("gaussian(rows: \(rows), columns: 4, seed: \(small))"), expected), "seed \(small)")
            let shifted = expected.map { $0.map { 1 + 2 * $0 } }
            #expect(isClose(Compute.matrix("gaussian(rows: \(rows), columns: 4, seed: \(small), mean: 1, standardDeviation: 2)"), shifted))
            checked += 1
        }
        #expect(checked >= 4)
    }

    @Test("cosine(_:_:), cosineMatrix(_:) and meanAbsCosine(_:)")
    func testCosines() throws {
        let fixture = try ReferenceFixtures.load("similarity.json")
        for pair in try #require(fixture["cosinePairs"] as? [[String: Any]]) {
            let a = ReferenceFixtures.literal(try ReferenceFixtures.vector(pair["a"]))
            let b = ReferenceFixtures.literal(try ReferenceFixtures.vector(pair["b"]))
            #expect(isClose(Compute.real("cosine(\(a), \(b))"), try #require(pair["expected"] as? Double)), "\(a) \(b)")
        }
        for matrix in try #require(fixture["cosineMatrices"] as? [[String: Any]]) {
            let input = ReferenceFixtures.literal(try ReferenceFixtures.matrix(matrix["input"]))
            #expect(isClose(Compute.matrix("cosineMatrix(\(input))"), try ReferenceFixtures.matrix(matrix["expected"])))
            #expect(isClose(Compute.real("meanAbsCosine(\(input))"), try #require(matrix["meanAbsolute"] as? Double)))
        }
    }

    @Test("gram(_:) and orthogonalityDeviation(_:)")
    func testGram() throws {
        for gram in try ReferenceFixtures.cases("similarity.json", "grams") {
            let input = ReferenceFixtures.literal(try ReferenceFixtures.matrix(gram["input"]))
            #expect(isClose(Compute.matrix("gram(\(input))"), try ReferenceFixtures.matrix(gram["gram"])))
            let deviation = "let d = orthogonalityDeviation(\(input))\n"
            #expect(isClose(Compute.real(deviation + "d.frobeniusNorm"), try #require(gram["frobeniusDeviation"] as? Double)))
            #expect(isClose(Compute.real(deviation + "d.largestOffDiagonal"), try #require(gram["largestOffDiagonal"] as? Double)))
        }
    }

    @Test("qr(_:) gives NumPy's Q and R with R's diagonal positive")
    func testQR() throws {
        for qr in try ReferenceFixtures.cases("similarity.json", "qr") {
            let input = ReferenceFixtures.literal(try ReferenceFixtures.matrix(qr["input"]))
            #expect(isClose(Compute.matrix("qr(\(input)).q"), try ReferenceFixtures.matrix(qr["q"]), tolerance: 1e-10))
            #expect(isClose(Compute.matrix("qr(\(input)).r"), try ReferenceFixtures.matrix(qr["r"]), tolerance: 1e-10))
        }
    }

    @Test("randomOrthogonal has QᵀQ = I within 1e-12; expectedAbsCosine matches Γ(d/2) / (√π Γ((d+1)/2))")
    func testOrthogonalAndExpectedCosine() throws {
        let run = Compute.run("""
            let q = randomOrthogonal(size: 16, seed: 3)
            #expect(orthogonalityDeviation(q).frobeniusNorm < 1e-12)
            #expect(gram(q) ≈ identity(16))
            let tall = randomOrthogonal(rows: 8, columns: 3, seed: 3)
            #expect(tall.T * tall ≈ identity(3))
            """)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        #expect(run.expectations.map(\.passed) == [true, true, true])
        for fixture in try ReferenceFixtures.cases("similarity.json", "expectedAbsoluteCosine") {
            let d = try #require(fixture["dimension"] as? Int)
            #expect(isClose(Compute.real("expectedAbsCosine(dimension: \(d))"), try #require(fixture["expected"] as? Double), tolerance: 1e-9))
        }
    }
}
