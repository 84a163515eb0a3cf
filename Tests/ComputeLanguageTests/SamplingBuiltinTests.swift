import Foundation
import Testing
@testable import ComputeLanguage

@Suite("Builtins: sampling and the cross-entropy loss, against the NumPy fixtures")
struct SamplingBuiltinTests {
    private static let file = "sampling.json"

    @Test("argsort(_:descending:) and cumulativeSum(_:) give NumPy's indices and sums, as vectors")
    func testArgsortAndCumulativeSum() throws {
        for fixture in try ReferenceFixtures.cases(Self.file, "argsort") {
            let values = ReferenceFixtures.literal(try ReferenceFixtures.vector(fixture["values"]))
            let ascending = try #require(fixture["ascending"] as? [Int]).map(Double.init)
            let descending = try #require(fixture["descending"] as? [Int]).map(Double.init)
            #expect(Compute.vector("argsort(\(values))") == ascending, "\(values)")
            #expect(Compute.vector("argsort(\(values), descending: false)") == ascending, "\(values)")
            #expect(Compute.vector("argsort(\(values), descending: true)") == descending, "\(values)")
        }
        for fixture in try ReferenceFixtures.cases(Self.file, "cumulativeSum") {
            let values = ReferenceFixtures.literal(try ReferenceFixtures.vector(fixture["values"]))
            // JSONSerialization may read the last bit of a fixture's number differently; TransformerCoreTests compare exactly.
            let sums = Compute.vector("cumulativeSum(\(values))")
            #expect(isClose(sums, try ReferenceFixtures.vector(fixture["expected"]), tolerance: 1e-14), "\(values): \(sums ?? [])")
        }
    }

    @Test("topK(_:k:) and topP(_:p:) give NumPy's renormalised distributions")
    func testTruncations() throws {
        let topK = try ReferenceFixtures.cases(Self.file, "topK")
        for fixture in topK {
            let p = ReferenceFixtures.literal(try ReferenceFixtures.vector(fixture["probabilities"]))
            let call = "topK(\(p), k: \(try #require(fixture["k"] as? Int)))"
            #expect(isClose(Compute.vector(call), try ReferenceFixtures.vector(fixture["expected"]), tolerance: 1e-15), "\(call)")
        }
        let topP = try ReferenceFixtures.cases(Self.file, "topP")
        for fixture in topP {
            let p = ReferenceFixtures.literal(try ReferenceFixtures.vector(fixture["probabilities"]))
            let call = "topP(\(p), p: \(try #require(fixture["p"] as? Double)))"
            #expect(isClose(Compute.vector(call), try ReferenceFixtures.vector(fixture["expected"]), tolerance: 1e-15), "\(call)")
        }
        #expect(topK.count >= 20 && topP.count >= 30)
    }

    @Test("sample(_:seed:) is an Int and sample(_:count:seed:) a vector of the Python SplitMix64 draws")
    func testSample() throws {
        let cases = try ReferenceFixtures.cases(Self.file, "sample")
        #expect(cases.count >= 20)
        for fixture in cases {
            let p = ReferenceFixtures.literal(try ReferenceFixtures.vector(fixture["probabilities"]))
            let seed = try #require(fixture["seed"] as? Int)
            let expected = try #require(fixture["expected"] as? [Int])
            #expect(Compute.value("sample(\(p), seed: \(seed))") == .integer(expected[0]))
            #expect(Compute.vector("sample(\(p), count: \(expected.count), seed: \(seed))") == expected.map(Double.init))
        }
    }

    @Test("crossEntropy from probabilities and from logits, of a vector and the mean over rows; oneHot")
    func testCrossEntropy() throws {
        for fixture in try ReferenceFixtures.cases(Self.file, "crossEntropy") {
            let p = ReferenceFixtures.literal(try ReferenceFixtures.vector(fixture["probabilities"]))
            let call = "crossEntropy(\(p), target: \(try #require(fixture["target"] as? Int)))"
            #expect(isClose(Compute.real(call), try #require(fixture["expected"] as? Double)), "\(call)")
        }
        for fixture in try ReferenceFixtures.cases(Self.file, "crossEntropyFromLogits") {
            let z = ReferenceFixtures.literal(try ReferenceFixtures.vector(fixture["logits"]))
            let call = "crossEntropy(logits: \(z), target: \(try #require(fixture["target"] as? Int)))"
            #expect(isClose(Compute.real(call), try #require(fixture["expected"] as? Double)), "\(call)")
        }
        let rows = try #require(try ReferenceFixtures.load(Self.file)["crossEntropyRows"] as? [String: Any])
        let targets = ReferenceFixtures.literal(try #require(rows["targets"] as? [Int]).map(Double.init))
        let expected = try #require(rows["expected"] as? Double)
        let logits = ReferenceFixtures.literal(try ReferenceFixtures.matrix(rows["logits"]))
        let probabilities = ReferenceFixtures.literal(try ReferenceFixtures.matrix(rows["probabilities"]))
        #expect(isClose(Compute.real("crossEntropy(logits: \(logits), targets: \(targets))"), expected))
        #expect(isClose(Compute.real("crossEntropy(\(probabilities), targets: \(targets))"), expected))
        for fixture in try ReferenceFixtures.cases(Self.file, "oneHot") {
            let call = "oneHot(\(try #require(fixture["index"] as? Int)), count: \(try #require(fixture["count"] as? Int)))"
            #expect(Compute.vector(call) == (try ReferenceFixtures.vector(fixture["expected"])), "\(call)")
        }
    }

    @Test("bad arguments are errors under the argument they name", arguments: [
        ErrorCase("topK([0.2, 0.3, 0.5], k: 4)", "topK: k must be between 1 and 3 (the number of probabilities), got 4", 1, 26),
        ErrorCase("topP([0.2, 0.3, 0.5], p: 0)", "topP: p must be greater than 0 and at most 1, got 0", 1, 26),
        ErrorCase("topP([0.2, 0.3, 0.5], p: 1.5)", "topP: p must be greater than 0 and at most 1, got 1.5", 1, 26),
        ErrorCase("sample([0.5, 0.5], count: 0, seed: 1)", "sample: count must be at least 1, got 0", 1, 27),
        ErrorCase("sample([0.5, 0.5], seed: -1)", "sample: seed must be at least 0, got -1", 1, 26),
        ErrorCase("crossEntropy([0.5, 0.5], target: 2)", "crossEntropy: target must be between 0 and 1, got 2", 1, 34),
        ErrorCase("crossEntropy([1, 0], target: 1)", "crossEntropy: target must be an index of a probability above 0 (−ln 0 is infinite), got 1", 1, 30),
        ErrorCase("crossEntropy(logits: [[1, 2], [3, 4]], targets: [0, 0.5])", "crossEntropy: target must be a whole number (an index), got 0.5", 1, 49),
        ErrorCase("crossEntropy(logits: [[1, 2], [3, 4]], targets: [0])", "crossEntropy: number of targets must be 2 (one per row), got 1", 1, 49),
        ErrorCase("oneHot(0, count: 0)", "oneHot: count must be at least 1, got 0", 1, 18),
        ErrorCase("topK([0.5, 0.4], k: 1)", "topK: sum of the probabilities must be 1 (within 1e-9), got 0.9", 1, 1),
        ErrorCase("oneHot(5, count: 3)", "oneHot: index must be between 0 and 2, got 5", 1, 1),
        ErrorCase("argsort([true])", "cannot convert value of type '[Bool]' to expected argument type 'Vector'", 1, 9),
    ])
    func testErrors(_ errorCase: ErrorCase) {
        errorCase.check()
    }

    @Test("a call too big for the limits is refused before it allocates or sorts")
    func testBounds() {
        let huge = Compute.onlyError("oneHot(0, count: 1_000_000_000_000)")
        #expect(huge?.message.contains("exceeds the limit") == true, "\(huge?.message ?? "")")
        let draws = Compute.onlyError("sample([0.5, 0.5], count: 1_000_000_000_000, seed: 1)")
        #expect(draws?.message.contains("exceeds the limit") == true, "\(draws?.message ?? "")")
        // Sorting n values costs n · (⌈log₂ n⌉ + 2) work units, counted before the sort runs.
        var session = ComputeSession()
        _ = session.run("let x = gaussian(rows: 1024, columns: 1, seed: 1) * [1]")
        let before = session.work
        #expect(session.run("let order = argsort(x)").diagnostics.isEmpty)
        #expect(session.work - before >= 1024 * 12)
    }
}
