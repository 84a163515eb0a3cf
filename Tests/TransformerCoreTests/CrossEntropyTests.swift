import Testing
@testable import TransformerCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Cross-entropy and one-hot vectors")
struct CrossEntropyTests {
    @Test("−ln p_t agrees with NumPy, and with the entropy of the one-hot target dotted with −ln p")
    func testFromProbabilities() throws {
        let cases = try ReferenceFixture.sampling().crossEntropy
        #expect(cases.count >= 10)
        for reference in cases {
            let loss = try CrossEntropy.loss(reference.probabilities, target: reference.target)
            #expect(abs(loss - reference.expected) <= 1e-15 * max(1, reference.expected), "\(reference.probabilities), \(reference.target)")
            let y = try CrossEntropy.oneHot(reference.target, count: reference.probabilities.count)
            let dotted = -zip(y, reference.probabilities).reduce(0) { $1.0 > 0 ? $0 + $1.0 * log($1.1) : $0 }
            #expect(abs(loss - dotted) <= 1e-15 * max(1, loss))
        }
    }

    @Test("from logits it agrees with SciPy's log_softmax, also where p_t underflows")
    func testFromLogits() throws {
        let cases = try ReferenceFixture.sampling().crossEntropyFromLogits
        #expect(cases.count >= 15)
        for reference in cases {
            let loss = try CrossEntropy.loss(logits: reference.logits, target: reference.target)
            #expect(abs(loss - reference.expected) <= 1e-12 * max(1, reference.expected), "\(reference.logits), \(reference.target)")
        }
        // Logits [−800, 0]: p₀ = e⁻⁸⁰⁰ underflows to 0 in binary64, yet the loss from the logits is 800.
        #expect(abs(try CrossEntropy.loss(logits: [-800, 0], target: 0) - 800) <= 1e-12)
        #expect(throws: TransformerError.self) { try CrossEntropy.loss([1, 0], target: 1) }
        #expect(throws: TransformerError.self) { try CrossEntropy.loss(logits: [-.infinity, 0], target: 0) }
    }

    @Test("the mean over rows agrees with NumPy, from probabilities and from logits")
    func testRows() throws {
        let reference = try ReferenceFixture.sampling().crossEntropyRows
        let fromLogits = try CrossEntropy.meanLoss(logitsRowsOf: Matrix(reference.logits), targets: reference.targets)
        let fromProbabilities = try CrossEntropy.meanLoss(rowsOf: Matrix(reference.probabilities), targets: reference.targets)
        #expect(abs(fromLogits - reference.expected) <= 1e-12)
        #expect(abs(fromProbabilities - reference.expected) <= 1e-12)
        #expect(throws: TransformerError.invalidArgument(name: "number of targets", value: 1, requirement: "2 (one per row)")) {
            try CrossEntropy.meanLoss(rowsOf: Matrix([[0.5, 0.5], [1, 0]]), targets: [0])
        }
        #expect(throws: TransformerError.invalidArgument(name: "target", value: 2, requirement: "between 0 and 1")) {
            try CrossEntropy.meanLoss(logitsRowsOf: Matrix([[0.5, 0.5], [1, 0]]), targets: [0, 2])
        }
    }

    @Test("oneHot is a row of the identity, and rejects indices outside 0..<count")
    func testOneHot() throws {
        for reference in try ReferenceFixture.sampling().oneHot {
            #expect(try CrossEntropy.oneHot(reference.index, count: reference.count) == reference.expected)
        }
        #expect(throws: TransformerError.invalidArgument(name: "index", value: 4, requirement: "between 0 and 3")) {
            try CrossEntropy.oneHot(4, count: 4)
        }
        #expect(throws: TransformerError.self) { try CrossEntropy.oneHot(-1, count: 4) }
        #expect(throws: TransformerError.invalidArgument(name: "count", value: 0, requirement: "at least 1")) {
            try CrossEntropy.oneHot(0, count: 0)
        }
    }
}
