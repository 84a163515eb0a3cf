@testable import TransformerCore

extension ReferenceFixture {
    /// An attention mask as the fixtures write it: a kind and its data.
    struct Mask: Decodable {
        let kind: String
        let keys: [Bool]?
        let length: Int?
        let allowed: [[Bool]]?

        /// The mask as TransformerCore spells it.
        var attentionMask: AttentionMask {
            switch kind {
            case "causal": .causal
            case "padding": .padding(keys: keys ?? [])
            case "validLength": .validLength(length ?? -1)
            case "explicit": .explicit(allowed: allowed ?? [])
            default: .none
            }
        }
    }

    /// One scaled dot-product attention case: Q, K, V, the mask, and NumPy's intermediate matrices.
    struct AttentionCase: Decodable {
        let name: String
        let queries: [[Double]]
        let keys: [[Double]]
        let values: [[Double]]
        let mask: Mask
        let scaled: Bool
        let scores: [[Double]]
        let scaledScores: [[Double]]
        let weights: [[Double]]
        let output: [[Double]]
    }

    /// The four projection matrices (or biases) of a multi-head case, keyed q, k, v, o.
    struct Projections<Value: Decodable>: Decodable {
        let q: Value
        let k: Value
        let v: Value
        let o: Value
    }

    /// One multi-head attention case: input, weights, mask, and NumPy's projections, heads and output.
    struct MultiHeadCase: Decodable {
        let name: String
        let input: [[Double]]
        let context: [[Double]]?
        let heads: Int
        let mask: Mask
        let scaled: Bool
        let weights: Projections<[[Double]]>
        let biases: Projections<[Double]?>
        let queries: [[Double]]
        let keys: [[Double]]
        let values: [[Double]]
        let headScores: [[[Double]]]
        let headWeights: [[[Double]]]
        let headOutputs: [[[Double]]]
        let concatenated: [[Double]]
        let output: [[Double]]
    }

    private struct Cases<Case: Decodable>: Decodable {
        let cases: [Case]
    }

    /// The cases of `Fixtures/attention.json`.
    static func attentionCases() throws -> [AttentionCase] {
        try decode(Cases<AttentionCase>.self, from: "attention").cases
    }

    /// The cases of `Fixtures/multihead.json`.
    static func multiHeadCases() throws -> [MultiHeadCase] {
        try decode(Cases<MultiHeadCase>.self, from: "multihead").cases
    }
}
