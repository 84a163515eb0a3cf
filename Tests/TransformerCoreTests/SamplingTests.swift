import Testing
@testable import TransformerCore

@Suite("Sampling: argsort, cumulative sums, top-k, top-p and seeded draws")
struct SamplingTests {
    @Test("argsort is NumPy's stable argsort, ascending and descending, and sorts the values")
    func testArgsort() throws {
        let cases = try ReferenceFixture.sampling().argsort
        #expect(cases.count >= 6)
        for reference in cases {
            let ascending = try Sampling.argsort(reference.values)
            #expect(ascending == reference.ascending, "\(reference.values)")
            #expect(try Sampling.argsort(reference.values, descending: true) == reference.descending, "\(reference.values)")
            let sorted = ascending.map { reference.values[$0] }
            #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0 <= $1 })
            #expect(Set(ascending) == Set(reference.values.indices))
        }
        #expect(try Sampling.argsort([]) == [])
        #expect(throws: TransformerError.self) { try Sampling.argsort([1, .nan]) }
    }

    @Test("cumulativeSum is NumPy's cumsum, bit for bit (both add left to right)")
    func testCumulativeSum() throws {
        for reference in try ReferenceFixture.sampling().cumulativeSum {
            #expect(Sampling.cumulativeSum(reference.values) == reference.expected, "\(reference.values)")
        }
        #expect(Sampling.cumulativeSum([]) == [])
    }

    @Test("topK keeps the k largest, renormalised, as NumPy does, for every k")
    func testTopK() throws {
        let cases = try ReferenceFixture.sampling().topK
        #expect(cases.count >= 20)
        for reference in cases {
            let q = try Sampling.topK(reference.probabilities, k: reference.k)
            expectClose(q, reference.expected, tolerance: 1e-15, "topK(\(reference.probabilities), k: \(reference.k))")
            #expect(abs(q.reduce(0, +) - 1) <= 1e-12)
        }
        // k = n leaves the distribution as it is; k = 1 is one-hot at the argmax (the first of equal maxima).
        #expect(try Sampling.topK([0.25, 0.5, 0.25], k: 3) == [0.25, 0.5, 0.25])
        #expect(try Sampling.topK([0.4, 0.2, 0.4], k: 1) == [1, 0, 0])
        #expect(try Sampling.topK([0.2, 0.4, 0.4], k: 2) == [0, 0.5, 0.5])
    }

    @Test("topP keeps the smallest descending prefix reaching p, renormalised, as NumPy does")
    func testTopP() throws {
        let cases = try ReferenceFixture.sampling().topP
        #expect(cases.count >= 30)
        for reference in cases {
            let q = try Sampling.topP(reference.probabilities, p: reference.p)
            expectClose(q, reference.expected, tolerance: 1e-15, "topP(\(reference.probabilities), p: \(reference.p))")
        }
        // Exactly reaching p stops there; p = 1 keeps every nonzero probability.
        #expect(try Sampling.topP([0.25, 0.25, 0.25, 0.25], p: 0.5) == [0.5, 0.5, 0, 0])
        #expect(try Sampling.topP([0.5, 0, 0.5], p: 1) == [0.5, 0, 0.5])
        #expect(try Sampling.topP([0.1, 0.6, 0.3], p: 0.01) == [0, 1, 0])
    }

    @Test("top-k and top-p reject a bad k or p, and what is not a distribution, naming the parameter")
    func testTruncationErrors() {
        #expect(throws: TransformerError.invalidArgument(name: "k", value: 0, requirement: "between 1 and 3 (the number of probabilities)")) {
            try Sampling.topK([0.2, 0.3, 0.5], k: 0)
        }
        #expect(throws: TransformerError.self) { try Sampling.topK([0.2, 0.3, 0.5], k: 4) }
        #expect(throws: TransformerError.invalidArgument(name: "p", value: 0, requirement: "greater than 0 and at most 1")) {
            try Sampling.topP([0.2, 0.3, 0.5], p: 0)
        }
        #expect(throws: TransformerError.self) { try Sampling.topP([0.2, 0.3, 0.5], p: 1.5) }
        #expect(throws: TransformerError.self) { try Sampling.topP([0.2, 0.3, 0.5], p: .nan) }
        #expect(throws: TransformerError.self) { try Sampling.topK([0.5, 0.4], k: 1) }
        #expect(throws: TransformerError.self) { try Sampling.topK([1.5, -0.5], k: 1) }
        #expect(throws: TransformerError.self) { try Sampling.topP([], p: 0.5) }
    }

    @Test("seeded draws are the Python SplitMix64 draws, never an index of probability 0")
    func testSample() throws {
        let cases = try ReferenceFixture.sampling().sample
        #expect(cases.count >= 20)
        for reference in cases {
            let draws = try Sampling.sample(reference.probabilities, count: reference.expected.count, seed: reference.seed)
            #expect(draws == reference.expected, "\(reference.probabilities), seed \(reference.seed)")
            #expect(try Sampling.sample(reference.probabilities, seed: reference.seed) == reference.expected[0])
            #expect(draws.allSatisfy { reference.probabilities[$0] > 0 })
        }
        #expect(try Sampling.sample([0, 1, 0], count: 50, seed: 9) == Array(repeating: 1, count: 50))
        #expect(throws: TransformerError.invalidArgument(name: "count", value: 0, requirement: "at least 1")) {
            try Sampling.sample([0.5, 0.5], count: 0, seed: 1)
        }
        #expect(throws: TransformerError.self) { try Sampling.sample([0.5, 0.6], seed: 1) }
    }

    @Test("the frequencies of 100,000 draws are the probabilities within 0.01, and the uniform u decides the index")
    func testSampleFrequencies() throws {
        let p = [0.1, 0.4, 0.2, 0.3]
        let draws = try Sampling.sample(p, count: 100_000, seed: 3)
        for (index, probability) in p.enumerated() {
            let frequency = Double(draws.filter { $0 == index }.count) / 100_000
            #expect(abs(frequency - probability) < 0.01, "index \(index): \(frequency)")
        }
        // The inverse CDF by hand: u from the documented generator, then the first cumulative sum above it.
        var generator = SplitMix64(seed: 5)
        let u = generator.nextUniform()
        let expected = u < 0.1 ? 0 : u < 0.5 ? 1 : u < 0.7 ? 2 : 3
        #expect(try Sampling.sample(p, seed: 5) == expected)
    }

    /// Distributions of 1 to 12 outcomes with some zeros and some ties, from a seeded generator.
    private static func distributions() -> [[Double]] {
        var generator = SplitMix64(seed: 12)
        return (0..<200).map { index in
            let n = index % 12 + 1
            var weights = (0..<n).map { _ in (generator.nextUniform() * 4).rounded() }
            if weights.allSatisfy({ $0 == 0 }) { weights[0] = 1 }
            let total = weights.reduce(0, +)
            return weights.map { $0 / total }
        }
    }

    @Test("properties: argsort is a stable sorting permutation; top-k keeps the k largest; top-p the shortest prefix reaching p")
    func testProperties() throws {
        for p in Self.distributions() {
            for descending in [false, true] {
                let order = try Sampling.argsort(p, descending: descending)
                #expect(order.sorted() == Array(p.indices))
                for (i, j) in zip(order, order.dropFirst()) {
                    let before = descending ? p[i] > p[j] : p[i] < p[j]
                    #expect(before || (p[i] == p[j] && i < j), "\(p): \(order)")
                }
            }
            for k in 1...p.count {
                let q = try Sampling.topK(p, k: k)
                let kept = Set(try Sampling.argsort(p, descending: true).prefix(k))
                #expect(abs(q.reduce(0, +) - 1) <= 1e-12)
                for i in p.indices where !kept.contains(i) { #expect(q[i] == 0) }
                let mass = kept.reduce(0) { $0 + p[$1] }
                for i in kept { #expect(abs(q[i] - p[i] / mass) <= 1e-15) }
            }
            for threshold in [0.1, 0.25, 0.5, 0.8, 0.99, 1] {
                let q = try Sampling.topP(p, p: threshold)
                let order = try Sampling.argsort(p, descending: true)
                let count = order.count - order.reversed().prefix { q[$0] == 0 }.count
                #expect(order.prefix(count).allSatisfy { q[$0] > 0 || p[$0] == 0 })
                let mass = order.prefix(count).reduce(0) { $0 + p[$1] }
                let shorter = order.prefix(count - 1).reduce(0) { $0 + p[$1] }
                // Every positive pᵢ kept and still short of p by rounding (p = 1) is the one other way to stop.
                #expect(mass >= threshold || count == p.filter { $0 > 0 }.count, "\(p) at \(threshold)")
                #expect(shorter < threshold, "\(p) at \(threshold): not the shortest prefix")
            }
            let draws = try Sampling.sample(p, count: 16, seed: UInt64(p.count))
            #expect(draws.allSatisfy { p[$0] > 0 })
            #expect(draws[0] == (try Sampling.sample(p, seed: UInt64(p.count))))
        }
    }
}
