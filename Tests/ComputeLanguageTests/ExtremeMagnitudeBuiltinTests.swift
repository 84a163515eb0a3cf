import Testing
@testable import ComputeLanguage

@Suite("Builtins at extreme magnitudes: finite true values are returned, not reported as not finite or lost to 0")
struct ExtremeMagnitudeBuiltinTests {
    @Test("norm, mean, sum, dot, cosine and orthogonality deviation where a plain loop overflows or underflows", arguments: [
        ("norm([1e200, 1e200])", 1.4142135623730951e200),
        ("norm([[1e200], [1e200]])", 1.4142135623730951e200),
        ("norm([1e-200, 1e-200])", 1.4142135623730951e-200),
        ("mean([1e308, 1e308])", 1e308),
        ("mean([[1e308, 1e308], [1e308, -1e308]])", 5e307),
        ("sum([1e308, 1e308, -1e308])", 1e308),
        ("dot([1e200, 1e200, 1e154], [1e200, -1e200, 1e154])", 1e308),
        ("cosine([1e200, 1e200], [1e200, 0])", 0.7071067811865476),
        ("cosine([1e-200, 1e-200], [3e-320, 0])", 0.7071067811865476),
        ("orthogonalityDeviation([[1e-200, 0], [0, 1e-200]]).frobeniusNorm", 1.4142135623730951),
    ])
    func testReductions(code: String, expected: Double) {
        #expect(isClose(Compute.real(code), expected, tolerance: 1e-15), "\(code)")
    }

    @Test("rowSums and columnSums whose plain sums overflow")
    func testRowAndColumnSums() {
        #expect(isClose(Compute.vector("rowSums([[1e308, 1e308, -1e308], [1, 2, 3]])"), [1e308, 6], tolerance: 1e-15))
        #expect(isClose(Compute.vector("columnSums([[1e308, 1], [1e308, 2], [-1e308, 3]])"), [1e308, 6], tolerance: 1e-15))
    }

    @Test("layerNorm([1e200, -1e200]) is [1, −1] and rmsNorm([1e200, 1e200]) is [1, 1], no longer 0s")
    func testNormalizations() {
        #expect(isClose(Compute.vector("layerNorm([1e200, -1e200])"), [1, -1]))
        #expect(isClose(Compute.vector("rmsNorm([1e200, 1e200])"), [1, 1]))
        #expect(isClose(Compute.vector("layerNorm([1e308, 1])"), [1, -1]))
        #expect(isClose(Compute.vector("rmsNorm([1e-160, 1e-160], epsilon: 5e-324)"), [0.999753058677231, 0.999753058677231]))
    }

    @Test("qr([[1e308, 1], [1, 1]]) has finite .q and .r: Q ≈ I, R ≈ [[1e308, 1], [0, 1]]")
    func testQR() {
        let q = Compute.matrix("qr([[1e308, 1], [1, 1]]).q")
        let r = Compute.matrix("qr([[1e308, 1], [1, 1]]).r")
        #expect(isClose(q?.flatMap { $0 }, [1, -1e-308, 1e-308, 1], tolerance: 1e-15))
        #expect(isClose(r?[0][0], 1e308, tolerance: 1e-15) && isClose(r?[0][1], 1) && isClose(r?[1][1], 1))
        #expect(r?[1][0] == 0)
    }

    @Test("softmax of logits 2e308 apart at T = 1e308 is softmax([1, −1]), not one-hot")
    func testSoftmax() {
        #expect(isClose(Compute.vector("softmax([1e308, -1e308], temperature: 1e308)"), [0.8807970779778824, 0.11920292202211756]))
        // H = ln(1 + e⁻²) + 2e⁻²/(1 + e⁻²), from mpmath.
        #expect(isClose(Compute.real("entropy(logits: [1e308, -1e308], temperature: 1e308)"), 0.3653338550872076, tolerance: 1e-14))
    }

    @Test("expectedAbsCosine at large d follows √(2/(πd)) instead of drifting (0.564 at d = 10¹⁶ before)")
    func testExpectedAbsCosine() {
        let value = Compute.real("expectedAbsCosine(dimension: 10_000_000_000_000_000)")
        #expect(isClose(value, 7.978845608028653e-09, tolerance: 1e-15))
        #expect(isClose(Compute.real("expectedAbsCosine(dimension: 2)"), 2 / Double.pi, tolerance: 1e-15))
    }
}
