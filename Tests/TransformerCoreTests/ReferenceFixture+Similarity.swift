extension ReferenceFixture {
    /// `Fixtures/similarity.json`: cosines, Gram matrices, QR decompositions and E|cos θ|.
    struct SimilarityFile: Decodable {
        let cosinePairs: [CosinePair]
        let cosineMatrices: [CosineMatrix]
        let grams: [GramCase]
        let qr: [QRCase]
        let expectedAbsoluteCosine: [ExpectedCosine]
    }

    /// Two vectors and NumPy's cosine.
    struct CosinePair: Decodable {
        let a: [Double]
        let b: [Double]
        let expected: Double
    }

    /// A matrix, the cosines of its rows, and their mean |cos| over distinct pairs.
    struct CosineMatrix: Decodable {
        let input: [[Double]]
        let expected: [[Double]]
        let meanAbsolute: Double
    }

    /// W, WᵀW, ‖WᵀW − I‖_F and the largest |off-diagonal| of WᵀW.
    struct GramCase: Decodable {
        let input: [[Double]]
        let gram: [[Double]]
        let frobeniusDeviation: Double
        let largestOffDiagonal: Double
    }

    /// A matrix and NumPy's sign-fixed thin QR factors.
    struct QRCase: Decodable {
        let input: [[Double]]
        let q: [[Double]]
        let r: [[Double]]
    }

    /// d and Γ(d/2) / (√π Γ((d+1)/2)) from SciPy's gammaln.
    struct ExpectedCosine: Decodable {
        let dimension: Int
        let expected: Double
    }

    /// `Fixtures/gaussian.json`: first outputs of the Python re-implementation of the documented generator.
    struct GaussianFile: Decodable {
        let splitmix64: [Stream<String>]
        let gaussian: [Stream<Double>]
    }

    /// The first outputs from one seed (seeds and 64-bit outputs as 16 hex digits).
    struct Stream<Output: Decodable>: Decodable {
        let seed: String
        let outputs: [Output]
    }

    /// `Fixtures/softmax-extras.json`: log-softmax, entropy and argmax cases.
    struct SoftmaxExtrasFile: Decodable {
        let logSoftmax: [SoftmaxCase]
        let entropy: [EntropyCase]
        let entropyFromLogits: [LogitEntropyCase]
        let argmax: [ArgmaxCase]
    }

    /// A distribution and its entropy in nats and bits (SciPy's entr).
    struct EntropyCase: Decodable {
        let probabilities: [Double]
        let nats: Double
        let bits: Double
    }

    /// Logits at a temperature and the entropy of their softmax.
    struct LogitEntropyCase: Decodable {
        let logits: [Double]
        let temperature: Double
        let nats: Double
        let bits: Double
    }

    /// Values and NumPy's argmax (the first maximum).
    struct ArgmaxCase: Decodable {
        let values: [Double]
        let expected: Int
    }

    /// The contents of `Fixtures/similarity.json`.
    static func similarity() throws -> SimilarityFile {
        try decode(SimilarityFile.self, from: "similarity")
    }

    /// The contents of `Fixtures/gaussian.json`.
    static func gaussian() throws -> GaussianFile {
        try decode(GaussianFile.self, from: "gaussian")
    }

    /// The contents of `Fixtures/softmax-extras.json`.
    static func softmaxExtras() throws -> SoftmaxExtrasFile {
        try decode(SoftmaxExtrasFile.self, from: "softmax-extras")
    }
}
