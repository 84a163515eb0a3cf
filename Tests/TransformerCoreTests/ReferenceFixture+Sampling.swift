extension ReferenceFixture {
    /// `Fixtures/sampling.json`: argsort, cumulative sums, top-k and top-p, seeded draws, cross-entropy and one-hot.
    struct SamplingFile: Decodable {
        let argsort: [ArgsortCase]
        let cumulativeSum: [VectorCase]
        let topK: [TopKCase]
        let topP: [TopPCase]
        let sample: [SampleCase]
        let crossEntropy: [LossCase]
        let crossEntropyFromLogits: [LogitLossCase]
        let crossEntropyRows: RowsCase
        let oneHot: [OneHotCase]
    }

    /// Values and NumPy's stable argsort of them, ascending and descending.
    struct ArgsortCase: Decodable {
        let values: [Double]
        let ascending: [Int]
        let descending: [Int]
    }

    /// Values and NumPy's result for them.
    struct VectorCase: Decodable {
        let values: [Double]
        let expected: [Double]
    }

    /// A distribution, k and the renormalised top-k distribution.
    struct TopKCase: Decodable {
        let probabilities: [Double]
        let k: Int
        let expected: [Double]
    }

    /// A distribution, p and the renormalised nucleus.
    struct TopPCase: Decodable {
        let probabilities: [Double]
        let p: Double
        let expected: [Double]
    }

    /// A distribution, a seed and the first 20 inverse-CDF draws on the Python SplitMix64's uniforms.
    struct SampleCase: Decodable {
        let probabilities: [Double]
        let seed: UInt64
        let expected: [Int]
    }

    /// Probabilities, a target and −ln p_t.
    struct LossCase: Decodable {
        let probabilities: [Double]
        let target: Int
        let expected: Double
    }

    /// Logits, a target and −log_softmax(z)_t from SciPy.
    struct LogitLossCase: Decodable {
        let logits: [Double]
        let target: Int
        let expected: Double
    }

    /// Rows of logits, their softmax, one target per row and the mean loss.
    struct RowsCase: Decodable {
        let logits: [[Double]]
        let probabilities: [[Double]]
        let targets: [Int]
        let expected: Double
    }

    /// An index, a length and NumPy's row of the identity.
    struct OneHotCase: Decodable {
        let index: Int
        let count: Int
        let expected: [Double]
    }

    /// The cases of `Fixtures/sampling.json`.
    static func sampling() throws -> SamplingFile {
        try decode(SamplingFile.self, from: "sampling")
    }
}
