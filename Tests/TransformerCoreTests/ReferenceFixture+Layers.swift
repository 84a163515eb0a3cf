extension ReferenceFixture {
    /// One sinusoidal positional encoding: its size and NumPy's matrix.
    struct PositionalCase: Decodable {
        let positions: Int
        let dimension: Int
        let expected: [[Double]]
    }

    /// `Fixtures/embedding.json`: a table, a lookup, and unembedding cases.
    struct EmbeddingFile: Decodable {
        let table: [[Double]]
        let tokenIds: [Int]
        let embedded: [[Double]]
        let unembeddingCases: [UnembeddingCase]
    }

    /// One unembedding: hidden states, W_U (nil when tied to the table), and NumPy's logits and distribution.
    struct UnembeddingCase: Decodable {
        let name: String
        let tied: Bool
        let unembedding: [[Double]]?
        let temperature: Double
        let hidden: [[Double]]
        let logits: [[Double]]
        let distribution: [[Double]]
    }

    /// `Fixtures/normalization.json`: layer-norm and RMSNorm cases.
    struct NormalizationFile: Decodable {
        let layerNorm: [NormalizationCase]
        let rmsNorm: [NormalizationCase]
    }

    /// One normalization: input, optional γ and β, ε, and NumPy's result.
    struct NormalizationCase: Decodable {
        let input: [[Double]]
        let gamma: [Double]?
        let beta: [Double]?
        let epsilon: Double
        let expected: [[Double]]
    }

    /// `Fixtures/feedforward.json`: activations at sample points, and whole layers.
    struct FeedForwardFile: Decodable {
        let points: [Double]
        let activations: [String: [Double]]
        let layers: [FeedForwardCase]
    }

    /// One feed-forward layer: weights (V and c only when gated), input, and NumPy's hidden and output.
    struct FeedForwardCase: Decodable {
        let name: String
        let activation: String
        let gated: Bool
        let input: [[Double]]
        let w1: [[Double]]
        let b1: [Double]?
        let v: [[Double]]?
        let c: [Double]?
        let w2: [[Double]]
        let b2: [Double]?
        let hidden: [[Double]]
        let output: [[Double]]
    }

    private struct PositionalFile: Decodable {
        let cases: [PositionalCase]
    }

    /// The cases of `Fixtures/positional.json`.
    static func positionalCases() throws -> [PositionalCase] {
        try decode(PositionalFile.self, from: "positional").cases
    }

    /// The contents of `Fixtures/embedding.json`.
    static func embedding() throws -> EmbeddingFile {
        try decode(EmbeddingFile.self, from: "embedding")
    }

    /// The contents of `Fixtures/normalization.json`.
    static func normalization() throws -> NormalizationFile {
        try decode(NormalizationFile.self, from: "normalization")
    }

    /// The contents of `Fixtures/feedforward.json`.
    static func feedForward() throws -> FeedForwardFile {
        try decode(FeedForwardFile.self, from: "feedforward")
    }
}
