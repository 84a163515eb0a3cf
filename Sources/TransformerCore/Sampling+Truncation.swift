extension Sampling {
    /// Top-k truncation: with S the k indices of the largest pᵢ (equal ones by increasing index),
    /// qᵢ = pᵢ / Σⱼ∈S pⱼ for i ∈ S and qᵢ = 0 elsewhere; 1 ≤ k ≤ n.
    public static func topK(_ probabilities: [Double], k: Int) throws(TransformerError) -> [Double] {
        _ = try checkedTotal(probabilities, operation: "topK")
        guard k >= 1, k <= probabilities.count else {
            throw .invalidArgument(name: "k", value: Double(k), requirement: "between 1 and \(probabilities.count) (the number of probabilities)")
        }
        let kept = try argsort(probabilities, descending: true).prefix(k)
        return renormalised(probabilities, keeping: Array(kept))
    }

    /// Top-p (nucleus) truncation: with π the descending order of p (equal ones by increasing index) and m the
    /// smallest count with Σᵢ<ₘ p_π(i) ≥ p (all n if rounding keeps the sum below p), S = {π(0), …, π(m − 1)} and
    /// qᵢ = pᵢ / Σⱼ∈S pⱼ for i ∈ S, qᵢ = 0 elsewhere; 0 < p ≤ 1.
    public static func topP(_ probabilities: [Double], p: Double) throws(TransformerError) -> [Double] {
        _ = try checkedTotal(probabilities, operation: "topP")
        guard p > 0, p <= 1 else {
            throw .invalidArgument(name: "p", value: p, requirement: "greater than 0 and at most 1")
        }
        let order = try argsort(probabilities, descending: true)
        var mass = 0.0
        var count = order.count
        for (position, index) in order.enumerated() {
            mass += probabilities[index]
            if mass >= p {
                count = position + 1
                break
            }
        }
        return renormalised(probabilities, keeping: Array(order.prefix(count)))
    }

    /// qᵢ = pᵢ / Σⱼ∈S pⱼ for the indices i ∈ S, 0 elsewhere; the kept mass is positive (it holds the largest pᵢ).
    private static func renormalised(_ probabilities: [Double], keeping kept: [Int]) -> [Double] {
        var result = [Double](repeating: 0, count: probabilities.count)
        let mass = kept.sorted().reduce(0) { $0 + probabilities[$1] }
        for index in kept { result[index] = probabilities[index] / mass }
        return result
    }
}
