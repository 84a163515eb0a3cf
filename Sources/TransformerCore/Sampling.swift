/// The orderings and partial sums that sampling from a distribution needs: argsort and the cumulative sum.
///
/// Truncations (`topK`, `topP`) are in `Sampling+Truncation.swift`, seeded draws in `Sampling+Draws.swift`.
public enum Sampling {
    /// argsort(x): the permutation π of 0..<n with x_π(0) ≤ x_π(1) ≤ … (≥ when `descending`), equal values in
    /// increasing index order (a stable sort); NaN is an error.
    public static func argsort(_ values: [Double], descending: Bool = false) throws(TransformerError) -> [Int] {
        if let bad = values.first(where: \.isNaN) {
            throw .invalidArgument(name: "value", value: bad, requirement: "not NaN")
        }
        return values.indices.sorted { i, j in
            let a = values[i], b = values[j]
            if a != b { return descending ? a > b : a < b }
            return i < j
        }
    }

    /// The cumulative sum Sᵢ = Σⱼ≤ᵢ xⱼ, added left to right (S₀ = x₀; an empty vector gives an empty vector).
    public static func cumulativeSum(_ values: [Double]) -> [Double] {
        var total = 0.0
        return values.map { value in
            total += value
            return total
        }
    }

    /// Checks a distribution: at least one probability, each finite and ≥ 0, their sum 1 within 1e-9; returns the sum.
    static func checkedTotal(_ probabilities: [Double], operation: String) throws(TransformerError) -> Double {
        guard !probabilities.isEmpty else { throw .empty(operation: operation) }
        if let bad = probabilities.first(where: { !($0 >= 0 && $0.isFinite) }) {
            throw .invalidArgument(name: "probability", value: bad, requirement: "finite and at least 0")
        }
        let total = probabilities.reduce(0, +)
        guard abs(total - 1) <= 1e-9 else {
            throw .invalidArgument(name: "sum of the probabilities", value: total, requirement: "1 (within 1e-9)")
        }
        return total
    }
}
