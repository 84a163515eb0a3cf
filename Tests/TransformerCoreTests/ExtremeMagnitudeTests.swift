import Testing
@testable import TransformerCore

/// Whether `computed` is within `relative` of `expected` (and, for subnormal answers, within 2 units of the
/// least subnormal), both finite.
private func isClose(_ computed: Double, _ expected: Double, relative: Double = 1e-14) -> Bool {
    computed.isFinite && abs(computed - expected) <= relative * abs(expected) + 2 * Double.leastNonzeroMagnitude
}

@Suite("Extreme magnitudes: scaled norms, means, sums, layer and RMS norm, and QR against mpmath")
struct ExtremeMagnitudeTests {
    @Test("‖x‖, the mean, the sum and a · b are finite and right where only the plain loop overflows or underflows")
    func testReductions() throws {
        let file = try ReferenceFixture.extremes()
        #expect(file.norms.contains { $0.input == [1e200, 1e200] } && file.means.contains { $0.input == [1e308, 1e308] })
        for reference in file.norms {
            let norm = ScaledReduction.euclideanNorm(reference.input)
            #expect(isClose(norm, reference.expected), "‖\(reference.input)‖ = \(norm), mpmath \(reference.expected)")
            #expect(isClose(Matrix(rowVector: reference.input).frobeniusNorm, reference.expected))
        }
        for reference in file.means {
            let mean = ScaledReduction.mean(reference.input)
            #expect(isClose(mean, reference.expected), "mean \(reference.input) = \(mean), mpmath \(reference.expected)")
        }
        for reference in file.sums {
            let sum = ScaledReduction.sum(reference.input)
            #expect(isClose(sum, reference.expected), "sum \(reference.input) = \(sum), mpmath \(reference.expected)")
            #expect(isClose(Matrix(rowVector: reference.input).rowSums[0], reference.expected))
            #expect(isClose(Matrix(columnVector: reference.input).columnSums[0], reference.expected))
        }
        for reference in file.dots {
            let dot = ScaledReduction.dot(reference.a, reference.b)
            #expect(isClose(dot, reference.expected), "\(reference.a) · \(reference.b) = \(dot), mpmath \(reference.expected)")
        }
    }

    @Test("layer norm and RMSNorm at 1e±200, 1e308 mixed with 1, and tiny ε agree with mpmath to 1e-14")
    func testNormalizations() throws {
        let file = try ReferenceFixture.extremes()
        #expect(file.layerNorm.count >= 8 && file.rmsNorm.count >= 6)
        for (index, reference) in file.layerNorm.enumerated() {
            let computed = try Normalization.layerNorm(Matrix(reference.input), epsilon: reference.epsilon)
            for (value, expected) in zip(computed.elements, reference.expected.flatMap { $0 }) {
                #expect(isClose(value, expected), "layer norm case \(index): \(value), mpmath \(expected)")
            }
        }
        for (index, reference) in file.rmsNorm.enumerated() {
            let computed = try Normalization.rmsNorm(Matrix(reference.input), epsilon: reference.epsilon)
            for (value, expected) in zip(computed.elements, reference.expected.flatMap { $0 }) {
                #expect(isClose(value, expected), "RMSNorm case \(index): \(value), mpmath \(expected)")
            }
        }
        // A row with an infinity stays NaN (never a quiet 0); a row of zeros stays zeros.
        #expect(try Normalization.layerNorm(Matrix([[1, .infinity]])).elements.allSatisfy { $0.isNaN })
        #expect(try Normalization.rmsNorm(Matrix([[.nan, 1]])).elements.allSatisfy { $0.isNaN })
        #expect(try Normalization.layerNorm(Matrix([[0, 0]]), epsilon: 1e-300).elements == [0, 0])
        // The cases of the issue, by name: once 0s, now ±1.
        #expect(try Normalization.layerNorm(Matrix([[1e200, -1e200]])).elements == [1, -1])
        #expect(try Normalization.rmsNorm(Matrix([[1e200, 1e200]])).elements.allSatisfy { isClose($0, 1) })
    }

    @Test("QR at 1e308 mixed with 1, 1e±200, 1e±300 columns and a 1e-170 subcolumn: finite, and mpmath's Q and R")
    func testQR() throws {
        let file = try ReferenceFixture.extremes()
        #expect(file.qr.contains { $0.input == [[1e308, 1], [1, 1]] })
        for (index, reference) in file.qr.enumerated() {
            let qr = try QRDecomposition(Matrix(reference.input))
            #expect(qr.q.elements.allSatisfy { $0.isFinite } && qr.r.elements.allSatisfy { $0.isFinite }, "case \(index)")
            // Q has orthonormal columns: entries within an absolute 1e-14; R column j within 1e-14 ‖A(:, j)‖.
            expectClose(qr.q, reference.q, tolerance: 1e-14, "Q of case \(index)")
            let n = reference.r.count
            for j in 0..<n {
                let columnNorm = ScaledReduction.euclideanNorm(reference.r.map { $0[j] })
                for i in 0..<n {
                    let error = abs(qr.r[i, j] - reference.r[i][j])
                    #expect(error <= 1e-14 * columnNorm, "R(\(i), \(j)) of case \(index): \(qr.r[i, j]), mpmath \(reference.r[i][j])")
                }
            }
        }
    }

    @Test("softmax and log-softmax of logits 2e308 apart at T = 1e308 are those of [1, −1], not [1, 0]")
    func testSoftmaxOfDistantLogits() throws {
        // softmax([1, −1]) = [1, e⁻²] / (1 + e⁻²) and its logarithm, from mpmath.
        let expected = [0.8807970779778824, 0.11920292202211756]
        let p = try Softmax.apply([1e308, -1e308], temperature: 1e308)
        #expect(zip(p, expected).allSatisfy { isClose($0, $1) }, "\(p)")
        let logP = try Softmax.logSoftmax([1e308, -1e308], temperature: 1e308)
        #expect(zip(logP, [-0.1269280110429725, -2.1269280110429727]).allSatisfy { isClose($0, $1) }, "\(logP)")
        #expect(try Softmax.apply([1e308, -.infinity, -1e308], temperature: 1e308)[1] == 0)
    }

    @Test("scaling leaves ordinary inputs as they were: QR, layer norm and RMSNorm of moderate values unchanged to the bit")
    func testCommonPathUnchanged() throws {
        let x = try Matrix.gaussian(rows: 5, columns: 4, seed: 3, mean: 1, standardDeviation: 2)
        let row = x.row(0)
        let mean = row.reduce(0, +) / 4
        let variance = row.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 4
        let plain = row.map { ($0 - mean) * (1 / (variance + 1e-5).squareRoot()) }
        #expect(try Normalization.layerNorm(Matrix([row])).elements == plain)
        #expect(ScaledReduction.euclideanNorm(row) == row.reduce(0) { $0 + $1 * $1 }.squareRoot())
        #expect(ScaledReduction.mean(row) == mean)
        // Q and R scale exactly with a power of two: QR(2¹⁰⁰⁰·A) has the same Q and 2¹⁰⁰⁰·R.
        let qr = try QRDecomposition(x)
        let scaled = try QRDecomposition(x * 0x1p1000)
        #expect(scaled.q == qr.q)
        #expect(scaled.r == qr.r * 0x1p1000)
    }

    @Test("the scaled paths are no runaway: a 1000×1000 layer norm and RMSNorm at 1e200 and a 100×100 QR at 1e300 within 10 s (debug)")
    func testScaledPathsBounded() throws {
        let huge = try Matrix.gaussian(rows: 1000, columns: 1000, seed: 11) * 1e200
        let clock = ContinuousClock()
        let start = clock.now
        let layer = try Normalization.layerNorm(huge)
        let rms = try Normalization.rmsNorm(huge)
        let qr = try QRDecomposition(try Matrix.gaussian(rows: 100, columns: 100, seed: 12) * 1e300)
        #expect(clock.now - start < .seconds(10))
        #expect(layer.elements.allSatisfy { $0.isFinite } && rms.elements.allSatisfy { $0.isFinite })
        #expect(qr.q.elements.allSatisfy { $0.isFinite } && qr.r.elements.allSatisfy { $0.isFinite })
        // Each row of the layer norm has mean 0 and variance 1, as at ordinary magnitudes.
        let row = layer.row(0)
        #expect(abs(row.reduce(0, +) / 1000) <= 1e-12 && abs(row.reduce(0) { $0 + $1 * $1 } / 1000 - 1) <= 1e-9)
    }
}
