#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Softmax {
    /// The Shannon entropy of a distribution: H(p) = −Σᵢ pᵢ ln pᵢ nats (÷ ln 2 for bits), with 0 · ln 0 = 0.
    ///
    /// The probabilities must be finite, ≥ 0 and sum to 1 within 1e-9. Ranges from 0 (one-hot) to
    /// ln n (uniform over n outcomes).
    public static func entropy(_ probabilities: [Double], unit: InformationUnit = .nats) throws(TransformerError) -> Double {
        guard !probabilities.isEmpty else { throw .empty(operation: "entropy") }
        if let bad = probabilities.first(where: { !($0 >= 0 && $0.isFinite) }) {
            throw .invalidArgument(name: "probability", value: bad, requirement: "finite and at least 0")
        }
        let total = probabilities.reduce(0, +)
        guard abs(total - 1) <= 1e-9 else {
            throw .invalidArgument(name: "sum of the probabilities", value: total, requirement: "1 (within 1e-9)")
        }
        let nats = -probabilities.reduce(0) { $1 > 0 ? $0 + $1 * log($1) : $0 }
        return nats / unit.natsPerUnit
    }

    /// The entropy of softmax(z / T) from its logits: H = −Σᵢ pᵢ · log pᵢ with log p from `logSoftmax`.
    public static func entropy(
        logits: [Double], temperature: Double = 1, unit: InformationUnit = .nats
    ) throws(TransformerError) -> Double {
        let logProbabilities = try logSoftmax(logits, temperature: temperature)
        let nats = -logProbabilities.reduce(0) { $1 == -.infinity ? $0 : $0 + exp($1) * $1 }
        return nats / unit.natsPerUnit
    }
}
