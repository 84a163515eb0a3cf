import Testing
@testable import TransformerCore

@Suite("E|cos θ| for every dimension, against mpmath: exact forms for small d, Stirling's series for large d")
struct ExpectedAbsoluteCosineTests {
    @Test("agrees with mpmath at d = 1, 2, 3, 10, 19, 20, 21, 64, 100, 1e6, 1e14, 1e16, 1e18, 9.2e18 and 1e300")
    func testAgainstMpmath() throws {
        let references = try ReferenceFixture.extremes().expectedAbsoluteCosine
        #expect(references.contains { $0.dimension == 1e16 } && references.contains { $0.dimension == 1e300 })
        for reference in references {
            let value = Similarity.expectedAbsoluteCosine(realDimension: reference.dimension)
            #expect(abs(value - reference.expected) <= 2e-15 * reference.expected, "d = \(reference.dimension): \(value), mpmath \(reference.expected)")
            if reference.dimension <= 9.2e18 {
                #expect(try Similarity.expectedAbsoluteCosine(dimension: Int(reference.dimension)) == value)
            }
        }
    }

    @Test("tends to √(2/(πd)) · (1 + 1/(4d)): right at d = 10¹⁶, where the lgamma difference gave 0.564")
    func testAsymptote() throws {
        for d in [1e6, 1e10, 1e14, 1e16, 1e18] {
            let value = Similarity.expectedAbsoluteCosine(realDimension: d)
            let asymptote = (2 / (Double.pi * d)).squareRoot()
            // E|cos θ| = √(2/(πd)) · (1 + 1/(4d) + 1/(32d²) − …)
            #expect(abs(value / asymptote - 1 - 1 / (4 * d)) <= 1 / (16 * d * d) + 2e-15, "d = \(d)")
        }
        #expect(try Similarity.expectedAbsoluteCosine(dimension: Int.max) > 0)
    }

    @Test("between the two forms (d = 19, 20) and across small d it decreases, from 1 at d = 1")
    func testMonotone() throws {
        var previous = 1.0
        #expect(try Similarity.expectedAbsoluteCosine(dimension: 1) == 1)
        for d in 2...200 {
            let value = try Similarity.expectedAbsoluteCosine(dimension: d)
            #expect(value < previous, "d = \(d)")
            previous = value
        }
    }
}
