import Foundation
import Testing
@testable import ComputeLanguage

@Suite("Builtins: log-softmax, entropy and argmax, against the NumPy fixtures")
struct SoftmaxBuiltinTests {
    @Test("logSoftmax(_:temperature:) of vectors and of the rows of a matrix")
    func testLogSoftmax() throws {
        var rows: [[Double]] = []
        var expectedRows: [[Double]] = []
        for fixture in try ReferenceFixtures.cases("softmax-extras.json", "logSoftmax") {
            guard let logits = fixture["logits"] as? [Double], let temperature = fixture["temperature"] as? Double else { continue }
            let expected = try ReferenceFixtures.vector(fixture["expected"])
            let code = "logSoftmax(\(ReferenceFixtures.literal(logits)), temperature: \(temperature))"
            #expect(isClose(Compute.vector(code), expected), "\(code)")
            if temperature == 1, logits.count == 3 {
                rows.append(logits)
                expectedRows.append(expected)
            }
        }
        #expect(!rows.isEmpty)
        #expect(isClose(Compute.matrix("logSoftmax(\(ReferenceFixtures.literal(rows)))"), expectedRows))
    }

    @Test("entropy(_:unit:) of distributions in nats and bits")
    func testEntropy() throws {
        let cases = try ReferenceFixtures.cases("softmax-extras.json", "entropy")
        #expect(cases.count >= 4)
        for fixture in cases {
            let p = ReferenceFixtures.literal(try ReferenceFixtures.vector(fixture["probabilities"]))
            #expect(isClose(Compute.real("entropy(\(p))"), try #require(fixture["nats"] as? Double)), "\(p)")
            #expect(isClose(Compute.real("entropy(\(p), unit: .nats)"), try #require(fixture["nats"] as? Double)), "\(p)")
            #expect(isClose(Compute.real("entropy(\(p), unit: .bits)"), try #require(fixture["bits"] as? Double)), "\(p)")
        }
    }

    @Test("entropy(logits:temperature:unit:) from logits")
    func testEntropyFromLogits() throws {
        for fixture in try ReferenceFixtures.cases("softmax-extras.json", "entropyFromLogits") {
            guard let logits = fixture["logits"] as? [Double] else { continue }
            let call = "entropy(logits: \(ReferenceFixtures.literal(logits)), temperature: \(try #require(fixture["temperature"] as? Double))"
            #expect(isClose(Compute.real(call + ")"), try #require(fixture["nats"] as? Double)), "\(call)")
            #expect(isClose(Compute.real(call + ", unit: .bits)"), try #require(fixture["bits"] as? Double)), "\(call)")
        }
    }

    @Test("argmax(_:) of a vector is an Int; of a matrix, one index per row")
    func testArgmax() throws {
        var checked = 0
        for fixture in try ReferenceFixtures.cases("softmax-extras.json", "argmax") {
            guard let values = fixture["values"] as? [Double] else { continue }  // "-inf" has no literal
            #expect(Compute.value("argmax(\(ReferenceFixtures.literal(values)))") == .integer(try #require(fixture["expected"] as? Int)))
            checked += 1
        }
        #expect(checked >= 3)
        #expect(Compute.vector("argmax([[0.1, 0.9, 0.9], [3, 1, 2]])") == [1, 0])
    }

    @Test("the issue's temperature example: softmax at T = 0.5 and its entropy")
    func testTemperatureExample() {
        let run = Compute.run("""
            let z: Vector = [2, 1, 0]
            #expect(softmax(z, temperature: 0.5) ≈ [0.867, 0.117, 0.016])
            #expect(entropy(softmax(z)) ≈ entropy(logits: z))
            #expect(entropy([0.5, 0.5], unit: .bits) ≈ 1)
            """)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        #expect(run.expectations.map(\.passed) == [true, true, true])
    }
}
