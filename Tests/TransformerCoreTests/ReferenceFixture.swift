import Foundation

/// Reads the NumPy reference fixtures written by `scripts/reference.py`.
enum ReferenceFixture {
    /// One softmax case: its inputs and NumPy's output.
    struct SoftmaxCase: Decodable {
        let logits: [Double]
        let temperature: Double
        let expected: [Double]
    }

    private struct SoftmaxFile: Decodable {
        let cases: [SoftmaxCase]
    }

    /// The softmax cases of `Fixtures/softmax.json`.
    static func softmaxCases() throws -> [SoftmaxCase] {
        try decode(SoftmaxFile.self, from: "softmax").cases
    }

    /// Decodes `Fixtures/<name>.json`, reading "inf", "-inf" and "nan" strings as non-finite numbers.
    static func decode<T: Decodable>(_ type: T.Type, from name: String) throws -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try decoder.decode(type, from: Data(contentsOf: url))
    }
}
