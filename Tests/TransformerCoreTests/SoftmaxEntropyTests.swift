import Testing
@testable import TransformerCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Log-softmax, entropy and argmax")
struct SoftmaxEntropyTests {
    @Test("log-softmax agrees with SciPy to 1e-12 and exponentiates to softmax")
    func testLogSoftmax() throws {
        let cases = try ReferenceFixture.softmaxExtras().logSoftmax
        #expect(cases.count >= 6)
        for reference in cases {
            let computed = try Softmax.logSoftmax(reference.logits, temperature: reference.temperature)
            expectClose(computed, reference.expected, "log-softmax of \(reference.logits) at T = \(reference.temperature)")
            let probabilities = try Softmax.apply(reference.logits, temperature: reference.temperature)
            expectClose(computed.map { exp($0) }, probabilities, tolerance: 1e-15, "exp(log-softmax)")
        }
        let rows = try Softmax.logSoftmax(rowsOf: Matrix([[2, 1, 0], [0, 0, 0]]))
        #expect(rows.row(0) == (try Softmax.logSoftmax([2, 1, 0])))
        #expect(abs(rows[1, 2] + log(3.0)) <= 1e-15)
    }

    @Test("entropy agrees with SciPy in nats and bits, from probabilities and from logits")
    func testEntropy() throws {
        let file = try ReferenceFixture.softmaxExtras()
        for reference in file.entropy {
            let nats = try Softmax.entropy(reference.probabilities)
            let bits = try Softmax.entropy(reference.probabilities, unit: .bits)
            #expect(abs(nats - reference.nats) <= 1e-12, "\(reference.probabilities)")
            #expect(abs(bits - reference.bits) <= 1e-12, "\(reference.probabilities)")
        }
        for reference in file.entropyFromLogits {
            let nats = try Softmax.entropy(logits: reference.logits, temperature: reference.temperature)
            let bits = try Softmax.entropy(logits: reference.logits, temperature: reference.temperature, unit: .bits)
            #expect(abs(nats - reference.nats) <= 1e-12, "\(reference.logits) at T = \(reference.temperature)")
            #expect(abs(bits - reference.bits) <= 1e-12, "\(reference.logits) at T = \(reference.temperature)")
        }
        #expect(abs(try Softmax.entropy([0.25, 0.25, 0.25, 0.25], unit: .bits) - 2) <= 1e-15)
        #expect(try Softmax.entropy([0, 1, 0]) == 0)
    }

    @Test("entropy rejects negative, non-finite and unnormalized probabilities")
    func testEntropyErrors() {
        #expect(throws: TransformerError.self) { try Softmax.entropy([]) }
        #expect(throws: TransformerError.self) { try Softmax.entropy([1.5, -0.5]) }
        #expect(throws: TransformerError.self) { try Softmax.entropy([.nan, 1]) }
        #expect(throws: TransformerError.invalidArgument(name: "sum of the probabilities", value: 0.9, requirement: "1 (within 1e-9)")) {
            try Softmax.entropy([0.5, 0.4])
        }
        #expect(throws: TransformerError.self) { try Softmax.entropy(logits: [1, 2], temperature: 0) }
        #expect(throws: TransformerError.self) { try Softmax.logSoftmax([1, 2], temperature: -1) }
        #expect(throws: TransformerError.self) { try Softmax.logSoftmax([-.infinity, -.infinity]) }
    }

    @Test("argmax is the first maximum, and softmax peaks there at every temperature")
    func testArgmax() throws {
        for reference in try ReferenceFixture.softmaxExtras().argmax {
            #expect(try Softmax.argmax(reference.values) == reference.expected, "\(reference.values)")
        }
        let z = [0.2, 1.7, -0.4, 1.1]
        for temperature in [0.01, 0.5, 1, 10] {
            #expect(try Softmax.argmax(Softmax.apply(z, temperature: temperature)) == 1)
        }
        #expect(try Softmax.argmax(rowsOf: Matrix([[1, 3, 2], [9, 0, 9]])) == [1, 0])
        #expect(throws: TransformerError.self) { try Softmax.argmax([]) }
        #expect(throws: TransformerError.self) { try Softmax.argmax([1, .nan]) }
    }
}
